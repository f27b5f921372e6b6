using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Visits;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Publicity.Officers;

public sealed record VisitRatingRow(
    Guid ConfirmationId, Guid OrganizationId, string OrganizationName, string InspectionNumber, DateOnly ConfirmedOn, IReadOnlyList<ShownOfficer> Officers,
    string? Satisfaction, bool? CredentialsShown, bool? AskedBeyondLaw, string? Comment, DateOnly? RatedOn,
    Guid? ComplaintId, string? ComplaintStatus, DateOnly? ComplaintDue, string? ComplaintHandler);

/// <summary>
/// 评价与投诉 (supervision read): individual confirmations, ratings and complaints of the actor's subtree — for the
/// bureau head (own bureau) and 上级监督 (through <see cref="OrganizationScope"/>, read-only). Officers are refused:
/// ratings are anonymous to the inspecting officers, who see only aggregates (<see cref="GetOfficerCodeStatistics"/>).
/// </summary>
public sealed record ListVisitRatings(
    Guid? OrganizationId, string? Satisfaction, bool? WithComplaint, string? ComplaintStatus, DateOnly? From, DateOnly? To, int? Page, int? PageSize);

public sealed class ListVisitRatingsHandler(WeijianDb db)
{
    public async Task<Paged<VisitRatingRow>> HandleAsync(ListVisitRatings query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(Roles.Supervisor, Roles.BureauHead);
        var orgs = await VisitSupervision.OrganizationsAsync(db, query.OrganizationId, ct);
        var ids = orgs.Keys.ToList();
        var q = from c in db.Set<VisitConfirmation>().IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.OrganizationId))
                join k in db.Set<VisitComplaint>().IgnoreQueryFilters().AsNoTracking() on c.Id equals k.ConfirmationId into ks
                from k in ks.DefaultIfEmpty()
                select new { c, k };
        if (!string.IsNullOrWhiteSpace(query.Satisfaction))
        {
            var s = VisitRatingNames.ParseSatisfaction(query.Satisfaction) ?? throw Input.Invalid("validation.satisfaction", "satisfaction", "评价应为满意、基本满意或不满意");
            q = q.Where(x => x.c.Satisfaction == s);
        }

        if (query.WithComplaint is { } withComplaint)
        {
            q = withComplaint ? q.Where(x => x.k != null) : q.Where(x => x.k == null);
        }

        if (!string.IsNullOrWhiteSpace(query.ComplaintStatus))
        {
            var st = Enum.GetValues<ComplaintStatus>().Cast<ComplaintStatus?>().FirstOrDefault(v => v.ToString() == query.ComplaintStatus || VisitRatingNames.Of(v!.Value) == query.ComplaintStatus)
                ?? throw Input.Invalid("validation.complaint-status", "complaintStatus", "投诉状态应为已受理、办理中或已答复");
            q = q.Where(x => x.k != null && x.k.Status == st);
        }

        if (query.From is { } from)
        {
            q = q.Where(x => x.c.ConfirmedOn >= from);
        }

        if (query.To is { } to)
        {
            q = q.Where(x => x.c.ConfirmedOn <= to);
        }

        var page = await Paged.FromQueryAsync(q.OrderByDescending(x => x.c.ConfirmedAt), query.Page, query.PageSize, ct);
        var rows = page.Items.Select(x => new VisitRatingRow(
            x.c.Id, x.c.OrganizationId, orgs[x.c.OrganizationId], x.c.InspectionNumber, x.c.ConfirmedOn, x.c.Officers,
            x.c.Satisfaction is { } s ? VisitRatingNames.Of(s) : null, x.c.CredentialsShown, x.c.AskedBeyondLaw, x.c.Comment, x.c.RatedOn,
            x.k?.Id, x.k is null ? null : VisitRatingNames.Of(x.k.Status), x.k?.DueOn, x.k?.HandlerName)).ToList();
        return new Paged<VisitRatingRow>(rows, page.Total, page.Page, page.PageSize);
    }
}

public sealed record BureauCodeFigures(
    Guid OrganizationId, string OrganizationName, int InspectionsConducted, int VisitsConfirmed, decimal? ConfirmationRate, int Ratings, bool FiguresShown,
    decimal? SatisfiedRate, decimal? BasicallySatisfiedRate, decimal? DissatisfiedRate, decimal? CredentialsShownRate, int? AskedBeyondLaw, int Complaints, int ComplaintsOpen);

public sealed record OfficerCodeStatistics(int Year, int MinimumRatings, int CodesIssued, int CredentialedOfficers, IReadOnlyList<BureauCodeFigures> Bureaus);

/// <summary>
/// 亮码统计 (the seeds: 执法亮码 is not used): per bureau of the actor's view, visits confirmed by the entity against
/// inspections conducted in the year, and rating figures — shown only over <see cref="OfficerCodeRules.AggregateMinimum"/>
/// ratings or more, so an officer can never single out one entity's rating.
/// </summary>
public sealed record GetOfficerCodeStatistics(int? Year);

public sealed class GetOfficerCodeStatisticsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerCodeStatistics> HandleAsync(GetOfficerCodeStatistics query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var year = query.Year ?? ChinaClock.Today(clock).Year;
        if (year is < 2000 or > 2100)
        {
            throw Input.Invalid("validation.year", "year", "年度不正确");
        }

        var orgs = await VisitSupervision.OrganizationsAsync(db, null, ct);
        var ids = orgs.Keys.ToList();
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var conducted = await db.Set<Inspection>().IgnoreQueryFilters().AsNoTracking()
            .Where(i => ids.Contains(i.OrganizationId) && i.Status != InspectionStatus.Planned && i.StartedOn >= first && i.StartedOn <= last)
            .GroupBy(i => i.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var confirmations = await db.Set<VisitConfirmation>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => ids.Contains(c.OrganizationId) && c.ConfirmedOn >= first && c.ConfirmedOn <= last)
            .Select(c => new { c.OrganizationId, c.Satisfaction, c.CredentialsShown, c.AskedBeyondLaw }).ToListAsync(ct);
        var complaints = await db.Set<VisitComplaint>().IgnoreQueryFilters().AsNoTracking()
            .Where(k => ids.Contains(k.OrganizationId) && k.ReceivedOn >= first && k.ReceivedOn <= last)
            .Select(k => new { k.OrganizationId, k.Status }).ToListAsync(ct);
        var codes = await db.Set<OfficerCode>().IgnoreQueryFilters().CountAsync(c => ids.Contains(c.OrganizationId) && c.RevokedAt == null, ct);
        var credentialed = await db.Set<Registry.Officers.Officer>().IgnoreQueryFilters().CountAsync(o => ids.Contains(o.OrganizationId) && o.CredentialNumber != null, ct);

        var bureaus = orgs.Select(o =>
        {
            var done = conducted.FirstOrDefault(x => x.Key == o.Key)?.Count ?? 0;
            var mine = confirmations.Where(c => c.OrganizationId == o.Key).ToList();
            var rated = mine.Where(c => c.Satisfaction is not null).ToList();
            var show = rated.Count >= OfficerCodeRules.AggregateMinimum;
            decimal? Rate(int n, int of) => of == 0 ? null : Math.Round(100m * n / of, 1);
            var k = complaints.Where(c => c.OrganizationId == o.Key).ToList();
            return new BureauCodeFigures(
                o.Key, o.Value, done, mine.Count, Rate(mine.Count, done), rated.Count, show,
                show ? Rate(rated.Count(r => r.Satisfaction == VisitSatisfaction.Satisfied), rated.Count) : null,
                show ? Rate(rated.Count(r => r.Satisfaction == VisitSatisfaction.BasicallySatisfied), rated.Count) : null,
                show ? Rate(rated.Count(r => r.Satisfaction == VisitSatisfaction.Dissatisfied), rated.Count) : null,
                show ? Rate(rated.Count(r => r.CredentialsShown == true), rated.Count) : null,
                show ? rated.Count(r => r.AskedBeyondLaw == true) : null,
                show ? k.Count : 0,
                show ? k.Count(c => c.Status != ComplaintStatus.Answered) : 0);
        }).Where(b => b.InspectionsConducted > 0 || b.VisitsConfirmed > 0).ToList();
        return new OfficerCodeStatistics(year, OfficerCodeRules.AggregateMinimum, codes, credentialed, bureaus);
    }
}

internal static class VisitSupervision
{
    /// <summary>The organisations (id → name) the actor sees: own, or the subtree for 上级监督 (OrganizationScope); one of them when asked.</summary>
    public static async Task<Dictionary<Guid, string>> OrganizationsAsync(WeijianDb db, Guid? organizationId, CancellationToken ct)
    {
        if (organizationId is { } id)
        {
            var one = await OrganizationScope.VisibleAsync(db, id, ct);
            return new Dictionary<Guid, string> { [one.Id] = one.Name };
        }

        var set = await OrganizationScope.VisibleSetAsync(db, ct);
        return await set.OrderBy(o => o.Path).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }
}
