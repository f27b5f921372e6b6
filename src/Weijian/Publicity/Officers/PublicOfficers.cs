using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Visits;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Publicity.Officers;

/// <summary>One officer as the public sees it (R-TRS-2): no ID number, phone, birth date, user account or notes.</summary>
public sealed record PublicOfficerRow(string Name, string? CredentialNumber, string? EnforcementCategory, string? EnforcementArea, string OrganizationName, bool ValidToday, string Validity);

public sealed record PublicOfficerDirectory(Guid OrganizationId, string OrganizationName, DateOnly Today, Paged<PublicOfficerRow> Officers);

/// <summary>
/// 执法人员公示 (R-TRS-2 事前公开): the credentialed officers of a bureau (and its enforcement agency) — name, 执法证号,
/// category, area, organisation and whether the credential is valid today. Anonymous, across tenants by design, and
/// projected in the query so no other column ever leaves the database.
/// </summary>
public sealed record ListPublicOfficers(Guid OrganizationId, string? Search, int? Page, int? PageSize);

public sealed class ListPublicOfficersHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<PublicOfficerDirectory> HandleAsync(ListPublicOfficers query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.OrganizationId && o.IsActive, ct)
            ?? throw DomainRuleException.NotFound("organization.not-found", "单位不存在");
        var today = ChinaClock.Today(clock);
        var orgs = await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(org.Path)).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var ids = orgs.Select(o => o.Id).ToList();
        var q = db.Set<Officer>().IgnoreQueryFilters().AsNoTracking().Where(o => ids.Contains(o.OrganizationId) && o.CredentialNumber != null);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            if (s.Length > Officer.CredentialNumberMax)
            {
                throw Input.Invalid("validation.search", "q", $"查询内容不能超过{Officer.CredentialNumberMax}个字");
            }

            q = q.Where(o => o.Name.Contains(s) || o.CredentialNumber!.Contains(s));
        }

        var page = await Paged.FromQueryAsync(
            q.OrderBy(o => o.Name).ThenBy(o => o.CredentialNumber)
                .Select(o => new { o.Name, o.CredentialNumber, o.EnforcementCategory, o.EnforcementArea, o.OrganizationId, o.ValidFrom, o.ValidUntil, o.Status }),
            query.Page,
            query.PageSize,
            ct);
        var rows = page.Items.Select(o =>
        {
            var validity = CredentialValidities.Of(o.CredentialNumber, o.ValidFrom, o.ValidUntil, today, 0);
            var valid = o.Status == OfficerStatus.Active && validity is CredentialValidity.Valid or CredentialValidity.ExpiringSoon;
            var text = o.Status != OfficerStatus.Active ? OfficerNames.Of(o.Status) : OfficerNames.Of(validity);
            return new PublicOfficerRow(o.Name, o.CredentialNumber, o.EnforcementCategory, o.EnforcementArea, orgs.First(x => x.Id == o.OrganizationId).Name, valid, valid ? "有效" : "无效（" + text + "）");
        }).ToList();
        return new PublicOfficerDirectory(org.Id, org.Name, today, new Paged<PublicOfficerRow>(rows, page.Total, page.Page, page.PageSize));
    }
}

/// <summary>What a scanned 执法亮码 shows: validity today first, then who the officer is and where they may act.</summary>
public sealed record PublicOfficerCodeView(
    string Token, bool TokenActive, DateTimeOffset? TokenRevokedAt, string OfficerName, string? CredentialNumber, string OrganizationName, string? IssuingAuthority,
    string? EnforcementCategory, string? EnforcementArea, IReadOnlyList<string> Specialties, DateOnly? ValidFrom, DateOnly? ValidUntil, string Status,
    bool ValidToday, string Verdict, IReadOnlyList<string> Reasons, DateOnly Today, int VisitsUnderWay);

/// <summary>
/// 扫码核验 (R-TRS-3 事中, R-OFF-1: officers act with valid credentials): the public page a 执法证's QR code opens. A
/// revoked token, an expired/not yet valid credential, or a 暂扣/注销 officer answers 无效 with the reasons. Tells how many
/// visits of this officer are under way today (so the inspected entity can confirm), never which entities.
/// </summary>
public sealed record ScanOfficerCode(string? Token);

public sealed class ScanOfficerCodeHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<PublicOfficerCodeView> HandleAsync(ScanOfficerCode query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (code, officer, orgName) = await PublicCodes.FindAsync(db, query.Token, ct);
        var today = ChinaClock.Today(clock);
        var reasons = new List<string>();
        if (!code.IsActive)
        {
            reasons.Add($"此亮码已于{TimeZoneInfo.ConvertTime(code.RevokedAt!.Value, ChinaClock.TimeZone):yyyy年M月d日}作废（{code.RevokedReason}），请要求执法人员出示新的执法证件");
        }

        reasons.AddRange(officer.EligibilityOn(today).Reasons.Select(r => r.Message));
        var visits = code.IsActive && reasons.Count == 0 ? (await PublicCodes.VisitsUnderWayAsync(db, officer, today, ct)).Count : 0;
        return new PublicOfficerCodeView(
            code.Token, code.IsActive, code.RevokedAt, officer.Name, officer.CredentialNumber, orgName, officer.IssuingAuthority, officer.EnforcementCategory,
            officer.EnforcementArea, [.. officer.Specialties.Select(Specialties.ChineseName)], officer.ValidFrom, officer.ValidUntil, OfficerNames.Of(officer.Status),
            reasons.Count == 0, reasons.Count == 0 ? "有效" : "无效", reasons, today, visits);
    }
}

/// <summary>Public lookups across tenants (a scan may come from anywhere); the writes that follow act as a visitor (<see cref="CurrentActor.ActAsVisitorOf"/>).</summary>
internal static class PublicCodes
{
    public static async Task<(OfficerCode Code, Officer Officer, string OrganizationName)> FindAsync(WeijianDb db, string? token, CancellationToken ct)
    {
        if (!OfficerCode.IsWellFormed(token))
        {
            throw OfficerCodeSteps.CodeNotFound();
        }

        // Deliberately across organisations: the code is printed on a card shown to the public.
        var code = await db.Set<OfficerCode>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Token == token, ct) ?? throw OfficerCodeSteps.CodeNotFound();
        var officer = await db.Set<Officer>().IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == code.OfficerId, ct);
        var orgName = await db.Organizations.Where(o => o.Id == officer.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        return (code, officer, orgName);
    }

    /// <summary>The officer's visits on their day (<see cref="OfficerCodeRules.IsUnderWay"/>), in the officer's bureau.</summary>
    public static async Task<List<Inspection>> VisitsUnderWayAsync(WeijianDb db, Officer officer, DateOnly today, CancellationToken ct)
    {
        var id = officer.Id.ToString();
        var candidates = await db.Set<Inspection>().IgnoreQueryFilters()
            .Where(i => i.OrganizationId == officer.OrganizationId && i.OfficersJson.Contains(id)
                && (i.Status == InspectionStatus.InProgress
                    || (i.Status == InspectionStatus.Planned && i.PlannedOn == today)
                    || (i.Status == InspectionStatus.Completed && i.CompletedOn == today)))
            .ToListAsync(ct);
        return [.. candidates.Where(i => i.Officers.Any(o => o.OfficerId == officer.Id) && OfficerCodeRules.IsUnderWay(i.Status, i.PlannedOn, i.StartedOn, i.CompletedOn, today))];
    }
}
