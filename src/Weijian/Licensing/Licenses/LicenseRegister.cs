using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Commitments;
using Weijian.Licensing.Items;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Licenses;

/// <summary>The register's parameters and shared steps (loading, dates, audit names).</summary>
public static class LicenseRegister
{
    public const string SubjectType = nameof(License);

    /// <summary>Subject type of the staff's renewal reminder clocks on 我的待办 (the subject id is the license).</summary>
    public const string RenewalSubjectType = "licence-renewal";

    /// <summary>R-LIC-8 (行政许可法第五十条, verified): renewal is applied for 30 days before expiry.</summary>
    public const int RenewalDaysBeforeExpiry = 30;

    /// <summary>R-LIC-13: 公共场所 licenses are re-checked every 2 years; the interval is set per province.</summary>
    public static readonly RuleParameterDefinition RecheckIntervalYears = new(
        "licensing.recheck-interval-years", "R-LIC-13", "公共场所卫生许可证复核间隔", "年", 2m, "R-LIC-13 默认值（公共场所卫生管理条例实施细则：每2年复核一次，各省可另行规定）");

    /// <summary>R-LIC-8: how many days before the renewal cut-off the staff and the holder are reminded (bureau practice).</summary>
    public static readonly RuleParameterDefinition ReminderLeadDays = new(
        "licensing.renewal-reminder-lead-days", "R-LIC-8", "许可证延续提醒提前天数", "日", 30m, "R-LIC-8 本系统默认值（延续申请截止日前30日提醒，可按本单位实践调整）");

    public static async Task<License> LoadAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<License>().SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw DomainRuleException.NotFound("licence.not-found", "许可证不存在或不属于本单位");
    }

    /// <summary>The license types of the bureau whose items are 公共场所 (R-LIC-13 re-check applies to them).</summary>
    public static async Task<HashSet<string>> RecheckedTypesAsync(WeijianDb db, Guid? orgId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var q = db.Set<LicenseItem>().AsNoTracking().Where(i => i.Specialty == Specialty.PublicPlaces);
        if (orgId is { } id)
        {
            q = q.Where(i => i.OrganizationId == id);
        }

        return [.. await q.Select(i => i.LicenseType).Distinct().ToListAsync(ct)];
    }

    public static async Task<int> RecheckYearsAsync(WeijianDb db, Guid orgId, DateOnly today, CancellationToken ct) =>
        (int)(await RuleParameters.ResolveAsync(db, RecheckIntervalYears, orgId, today, ct)).Value;

    /// <summary>Closes the license's open clocks (renewal reminders, 告知承诺 verification, rectification) when it ends.</summary>
    public static async Task CloseClocksAsync(WeijianDb db, License l, string reason, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(l);
        var id = l.Id.ToString();
        var open = await db.DeadlineClocks.Where(d => d.SubjectId == id && d.Status == DeadlineStatus.Open
            && (d.SubjectType == RenewalSubjectType || d.SubjectType == CommitmentRoute.SubjectType || d.SubjectType == CommitmentRoute.RectificationSubjectType)).ToListAsync(ct);
        // A clock closed earlier in this unit of work (tracked, not yet saved) is already done.
        foreach (var c in open.Where(c => c.Status == DeadlineStatus.Open))
        {
            c.Close(DeadlineStatus.Cancelled, reason, now);
        }
    }

    /// <summary>Issues a register document (撤销决定书, 注销公告, 到期提醒) about the license inside the caller's unit of work.</summary>
    public static async Task<IssuedDocument> IssueAsync(DocumentIssuer documents, License l, string template, IReadOnlyDictionary<string, string> fields, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(l);
        var content = DocumentContent.Of(new Dictionary<string, string>
        {
            ["party.name"] = l.HolderName,
            ["party.creditCode"] = l.HolderCreditCode,
            ["licence.number"] = l.Number,
            ["licence.scope"] = l.Scope,
            ["licence.issuedOn"] = DocumentNumbers.ChineseDate(l.IssuedOn),
            ["licence.validUntil"] = l.ValidUntil is { } u ? DocumentNumbers.ChineseDate(u) : "长期",
        }.Concat(fields).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));
        return await documents.IssueAsync(l.OrganizationId, template, SubjectType, l.Id.ToString(), null, content, ct);
    }
}

public sealed record LicenseSummary(
    Guid Id, string Number, string HolderName, string HolderCreditCode, string LicenseType, string Scope, DateOnly IssuedOn, DateOnly? ValidUntil,
    string Status, string StatusName, bool GrantedOnCommitment, int? DaysToExpiry, DateOnly? RecheckDueOn, bool RecheckDue);

public sealed record LicenseDetails(
    LicenseSummary License, Guid EntityId, Guid? ApplicationId, DateOnly? StatusChangedOn, string? StatusReason, DateOnly? RenewalCutoff,
    DateOnly LastRecheckedOn, IReadOnlyList<LicenseHistoryView> History, CommitmentVerificationView? Verification,
    IReadOnlyList<LicenseDocumentView> Documents, IReadOnlyList<string> Actions);

public sealed record LicenseHistoryView(DateOnly On, string Kind, string KindName, string Note, string By);

public sealed record LicenseDocumentView(Guid Id, string Title, string? Number, DateOnly IssuedOn, string FileUrl, string VerifyUrl);

public sealed record CommitmentVerificationView(
    Guid Id, string Status, string StatusName, DateOnly DueOn, bool IsOverdue, Guid? InspectionTaskId, Guid? InspectionId, DateOnly? VerifiedOn,
    string? Finding, DateOnly? RectificationDueOn, DateOnly? ConcludedOn, string? ConclusionNote, DateOnly? RepairedOn);

public static class LicenseViews
{
    public static LicenseSummary Summary(License l, DateOnly today, ISet<string> recheckedTypes, int recheckYears, BusinessCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(recheckedTypes);
        var nominal = l.LastRecheckedOn.AddYears(recheckYears);
        DateOnly? recheck = l.Status == LicenseStatus.Valid && recheckedTypes.Contains(l.LicenseType)
            ? (calendar is not null && calendar.IsYearLoaded(nominal.Year) && calendar.IsYearLoaded(nominal.Year + 1)
                ? LicenseRules.RecheckDue(calendar, l.LastRecheckedOn, recheckYears)
                : nominal)
            : null;
        return new(
            l.Id, l.Number, l.HolderName, l.HolderCreditCode, l.LicenseType, l.Scope, l.IssuedOn, l.ValidUntil, l.Status.ToString(), LicenseNames.Of(l.Status),
            l.GrantedOnCommitment, l.ValidUntil is { } u && l.Status == LicenseStatus.Valid ? u.DayNumber - today.DayNumber : null,
            recheck, recheck is { } r && r <= today);
    }

    public static CommitmentVerificationView Verification(CommitmentVerification v, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Id, v.Status.ToString(), CommitmentNames.Of(v.Status), v.DueOn, v.IsOverdue(today), v.InspectionTaskId, v.InspectionId, v.VerifiedOn,
            v.Finding, v.RectificationDueOn, v.ConcludedOn, v.ConclusionNote, v.RepairedOn);
    }
}

/// <summary>
/// 许可证管理: the bureau's licenses filtered by type, status, expiring within N days, re-check due (R-LIC-13), holder
/// name or credit code, 告知承诺; paged.
/// </summary>
public sealed record ListLicenses(string? Type, string? Status, int? ExpiringWithinDays, bool? RecheckDue, string? Holder, bool? Commitment, int? Page, int? PageSize);

public sealed class ListLicensesHandler(WeijianDb db, TimeProvider clock, CalendarSource calendars)
{
    public async Task<Paged<LicenseSummary>> HandleAsync(ListLicenses query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var orgId = db.Actor.RequireOrganization();
        var today = ChinaClock.Today(clock);
        var q = db.Set<License>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            var type = query.Type.Trim();
            q = q.Where(l => l.LicenseType == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = LicenseNames.Parse<LicenseStatus>(query.Status, LicenseNames.Of, "status", "许可证状态");
            q = q.Where(l => l.Status == status);
        }

        if (query.ExpiringWithinDays is { } days)
        {
            if (days < 0 || days > 3650)
            {
                throw Input.Invalid("validation.expiring", "expiringWithinDays", "到期天数应为0至3650");
            }

            var until = today.AddDays(days);
            q = q.Where(l => l.Status == LicenseStatus.Valid && l.ValidUntil != null && l.ValidUntil >= today && l.ValidUntil <= until);
        }

        if (!string.IsNullOrWhiteSpace(query.Holder))
        {
            var holder = query.Holder.Trim();
            var code = holder.ToUpperInvariant();
            q = q.Where(l => l.HolderName.Contains(holder) || l.HolderCreditCode == code || l.Number.Contains(holder));
        }

        if (query.Commitment is { } commitment)
        {
            q = q.Where(l => l.GrantedOnCommitment == commitment);
        }

        var types = await LicenseRegister.RecheckedTypesAsync(db, orgId, ct);
        var years = await LicenseRegister.RecheckYearsAsync(db, orgId, today, ct);
        var calendar = await calendars.GetAsync(db, ct);
        q = q.OrderBy(l => l.ValidUntil == null).ThenBy(l => l.ValidUntil).ThenBy(l => l.Number);
        if (query.RecheckDue == true)
        {
            // The re-check due date depends on the history (JSON) and the calendar: filtered in memory over the valid 公共场所 licenses.
            var candidates = await q.Where(l => l.Status == LicenseStatus.Valid && types.Contains(l.LicenseType)).ToListAsync(ct);
            var due = candidates.Select(l => LicenseViews.Summary(l, today, types, years, calendar)).Where(s => s.RecheckDue).ToList();
            var size = Math.Clamp(query.PageSize ?? 20, 1, Paged.MaxPageSize);
            var page = Math.Max(1, query.Page ?? 1);
            return new Paged<LicenseSummary>(due.Skip((page - 1) * size).Take(size).ToList(), due.Count, page, size);
        }

        var rows = await Paged.FromQueryAsync(q, query.Page, query.PageSize, ct);
        return new Paged<LicenseSummary>(rows.Items.Select(l => LicenseViews.Summary(l, today, types, years, calendar)).ToList(), rows.Total, rows.Page, rows.PageSize);
    }
}

/// <summary>许可证详情: the license with its history, re-check and renewal dates, 告知承诺 verification, documents and the actions the user may take.</summary>
public sealed record GetLicense(Guid Id);

public sealed class GetLicenseHandler(WeijianDb db, TimeProvider clock, CalendarSource calendars)
{
    public async Task<LicenseDetails> HandleAsync(GetLicense query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var orgId = db.Actor.RequireOrganization();
        var l = await db.Set<License>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, ct)
            ?? throw DomainRuleException.NotFound("licence.not-found", "许可证不存在或不属于本单位");
        var today = ChinaClock.Today(clock);
        var calendar = await calendars.GetAsync(db, ct);
        var types = await LicenseRegister.RecheckedTypesAsync(db, orgId, ct);
        var years = await LicenseRegister.RecheckYearsAsync(db, orgId, today, ct);
        var verification = await db.Set<CommitmentVerification>().AsNoTracking().SingleOrDefaultAsync(v => v.LicenseId == l.Id, ct);
        var id = l.Id.ToString();
        var documents = await db.Set<IssuedDocument>().AsNoTracking().Where(d => d.SubjectType == LicenseRegister.SubjectType && d.SubjectId == id)
            .OrderBy(d => d.IssuedAt).ToListAsync(ct);
        DateOnly? cutoff = l.ValidUntil is { } u && calendar.IsYearLoaded(u.Year) && calendar.IsYearLoaded(u.Year - 1) ? LicenseRules.RenewalCutoff(calendar, u, LicenseRegister.RenewalDaysBeforeExpiry) : null;
        return new LicenseDetails(
            LicenseViews.Summary(l, today, types, years, calendar), l.EntityId, l.ApplicationId, l.StatusChangedOn, l.StatusReason,
            cutoff, l.LastRecheckedOn,
            l.History.Select(e => new LicenseHistoryView(e.On, e.Kind.ToString(), LicenseNames.Of(e.Kind), e.Note, e.By)).ToList(),
            verification is null ? null : LicenseViews.Verification(verification, today),
            documents.Select(d => new LicenseDocumentView(d.Id, d.Title, d.Number, d.IssuedOn, $"/api/v1/documents/{d.Id}/file", $"/verify/{d.Id}")).ToList(),
            LicenseWorkflow.AllowedFor(l.Status, db.Actor).Select(t => t.Action.ToString()).ToList());
    }
}
