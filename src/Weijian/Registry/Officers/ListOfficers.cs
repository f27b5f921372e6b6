using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Officers;

/// <summary>
/// The organisation's officers, by 姓名, filtered by name fragment, 执法证号, specialty, status, credentials expiring
/// within N days, and training hours of a year below the requirement in force (R-OFF-4); each row shows the
/// credential's validity and the hours of <see cref="Year"/> (default: this year) against the requirement.
/// <see cref="OrganizationId"/> is only for the system actor.
/// </summary>
public sealed record ListOfficers(
    string? Search = null,
    string? CredentialNumber = null,
    string? Specialty = null,
    string? Status = null,
    int? ExpiringWithinDays = null,
    int? TrainingBelowYear = null,
    int? Year = null,
    int? Page = 1,
    int? PageSize = 20,
    Guid? OrganizationId = null);

public sealed class ListOfficersHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<Paged<OfficerListItem>> HandleAsync(ListOfficers query, CancellationToken ct)
    {
        OfficerAccess.RequireReader(db);
        var orgId = db.Actor.IsSystem ? Input.Required(query.OrganizationId, "organizationId", "所属单位") : db.Actor.RequireOrganization();
        var today = ChinaClock.Today(clock);
        var year = query.TrainingBelowYear ?? query.Year ?? today.Year;
        if (year < 2000 || year > today.Year + 1)
        {
            throw Input.Invalid("validation.year", query.TrainingBelowYear is null ? "year" : "trainingBelowYear", $"年度应在2000至{today.Year + 1}之间");
        }

        var required = (await TrainingRequirement.ResolveAsync(db, orgId, year, ct)).Value;
        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);

        var officers = db.Set<Officer>().AsNoTracking().Where(o => o.OrganizationId == orgId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            officers = officers.Where(o => o.Name.Contains(s));
        }

        if (!string.IsNullOrWhiteSpace(query.CredentialNumber))
        {
            var n = query.CredentialNumber.Trim();
            officers = officers.Where(o => o.CredentialNumber != null && o.CredentialNumber.Contains(n));
        }

        if (!string.IsNullOrWhiteSpace(query.Specialty))
        {
            var specialty = Specialties.Parse(query.Specialty)
                ?? throw Input.Invalid("validation.specialty", "specialty", $"执法专业“{query.Specialty.Trim()}”不正确");
            var token = Officer.SpecialtyToken(specialty);
            officers = officers.Where(o => o.SpecialtyCodes.Contains(token));
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = OfficerNames.Parse<OfficerStatus>(query.Status, OfficerNames.Of)
                ?? throw Input.Invalid("validation.officer-status", "status", "人员状态不正确，应为在职有效、暂扣或注销");
            officers = officers.Where(o => o.Status == status);
        }

        if (query.ExpiringWithinDays is { } days)
        {
            if (days < 0 || days > 3650)
            {
                throw Input.Invalid("validation.days", "expiringWithinDays", "到期天数应在0至3650之间");
            }

            var until = today.AddDays(days);
            officers = officers.Where(o => o.ValidUntil != null && o.ValidUntil >= today && o.ValidUntil <= until);
        }

        if (query.TrainingBelowYear is not null)
        {
            officers = officers.Where(o => o.Trainings.Where(t => t.Date >= start && t.Date <= end).Sum(t => t.Hours) < required);
        }

        var rows = officers
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Select(o => new
            {
                o.Id,
                o.Name,
                o.UserId,
                UserName = db.Users.Where(u => u.Id == o.UserId).Select(u => u.UserName).FirstOrDefault(),
                o.CredentialNumber,
                o.ValidFrom,
                o.ValidUntil,
                o.Status,
                o.SpecialtyCodes,
                o.LegalQualificationNumber,
                Hours = o.Trainings.Where(t => t.Date >= start && t.Date <= end).Sum(t => t.Hours),
            });
        var page = await Paged.FromQueryAsync(rows, query.Page, query.PageSize, ct);
        var items = page.Items.Select(r =>
        {
            var validity = CredentialValidities.Of(r.CredentialNumber, r.ValidFrom, r.ValidUntil, today, OfficerNames.ExpiringWithinDaysDefault);
            var specialties = Officer.ParseSpecialtyCodes(r.SpecialtyCodes);
            return new OfficerListItem(
                r.Id,
                r.Name,
                r.UserId,
                r.UserName,
                r.CredentialNumber,
                r.ValidUntil,
                validity,
                OfficerNames.Of(validity),
                r.Status,
                OfficerNames.Of(r.Status),
                specialties,
                specialties.Select(Specialties.ChineseName).ToList(),
                r.LegalQualificationNumber is not null,
                year,
                r.Hours,
                required,
                r.Hours >= required);
        }).ToList();
        return new Paged<OfficerListItem>(items, page.Total, page.Page, page.PageSize);
    }
}
