using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Commitments;
using Weijian.Licensing.Items;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Licences;

/// <summary>The register's parameters and shared steps (loading, dates, audit names).</summary>
public static class LicenceRegister
{
    public const string SubjectType = nameof(Licence);

    /// <summary>Subject type of the staff's renewal reminder clocks on 我的待办 (the subject id is the licence).</summary>
    public const string RenewalSubjectType = "licence-renewal";

    /// <summary>R-LIC-8 (行政许可法第五十条, verified): renewal is applied for 30 days before expiry.</summary>
    public const int RenewalDaysBeforeExpiry = 30;

    /// <summary>R-LIC-13: 公共场所 licences are re-checked every 2 years; the interval is set per province.</summary>
    public static readonly RuleParameterDefinition RecheckIntervalYears = new(
        "licensing.recheck-interval-years", "R-LIC-13", "公共场所卫生许可证复核间隔", "年", 2m, "R-LIC-13 默认值（公共场所卫生管理条例实施细则：每2年复核一次，各省可另行规定）");

    /// <summary>R-LIC-8: how many days before the renewal cut-off the staff and the holder are reminded (bureau practice).</summary>
    public static readonly RuleParameterDefinition ReminderLeadDays = new(
        "licensing.renewal-reminder-lead-days", "R-LIC-8", "许可证延续提醒提前天数", "日", 30m, "R-LIC-8 本系统默认值（延续申请截止日前30日提醒，可按本单位实践调整）");

    public static async Task<Licence> LoadAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<Licence>().SingleOrDefaultAsync(l => l.Id == id, ct)
            ?? throw DomainRuleException.NotFound("licence.not-found", "许可证不存在或不属于本单位");
    }

    /// <summary>The licence types of the bureau whose items are 公共场所 (R-LIC-13 re-check applies to them).</summary>
    public static async Task<HashSet<string>> RecheckedTypesAsync(WeijianDb db, Guid? orgId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var q = db.Set<LicenceItem>().AsNoTracking().Where(i => i.Specialty == Specialty.PublicPlaces);
        if (orgId is { } id)
        {
            q = q.Where(i => i.OrganizationId == id);
        }

        return [.. await q.Select(i => i.LicenceType).Distinct().ToListAsync(ct)];
    }

    public static async Task<int> RecheckYearsAsync(WeijianDb db, Guid orgId, DateOnly today, CancellationToken ct) =>
        (int)(await RuleParameters.ResolveAsync(db, RecheckIntervalYears, orgId, today, ct)).Value;

    /// <summary>Closes the licence's open clocks (renewal reminders, 告知承诺 verification, rectification) when it ends.</summary>
    public static async Task CloseClocksAsync(WeijianDb db, Licence l, string reason, DateTimeOffset now, CancellationToken ct)
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

    /// <summary>Issues a register document (撤销决定书, 注销公告, 到期提醒) about the licence inside the caller's unit of work.</summary>
    public static async Task<IssuedDocument> IssueAsync(DocumentIssuer documents, Licence l, string template, IReadOnlyDictionary<string, string> fields, CancellationToken ct)
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

public sealed record LicenceSummary(
    Guid Id, string Number, string HolderName, string HolderCreditCode, string LicenceType, string Scope, DateOnly IssuedOn, DateOnly? ValidUntil,
    string Status, string StatusName, bool GrantedOnCommitment, int? DaysToExpiry, DateOnly? RecheckDueOn, bool RecheckDue);

public sealed record LicenceDetails(
    LicenceSummary Licence, Guid EntityId, Guid? ApplicationId, DateOnly? StatusChangedOn, string? StatusReason, DateOnly? RenewalCutoff,
    DateOnly LastRecheckedOn, IReadOnlyList<LicenceHistoryView> History, CommitmentVerificationView? Verification,
    IReadOnlyList<LicenceDocumentView> Documents, IReadOnlyList<string> Actions);

public sealed record LicenceHistoryView(DateOnly On, string Kind, string KindName, string Note, string By);

public sealed record LicenceDocumentView(Guid Id, string Title, string? Number, DateOnly IssuedOn, string FileUrl, string VerifyUrl);

public sealed record CommitmentVerificationView(
    Guid Id, string Status, string StatusName, DateOnly DueOn, bool IsOverdue, Guid? InspectionTaskId, Guid? InspectionId, DateOnly? VerifiedOn,
    string? Finding, DateOnly? RectificationDueOn, DateOnly? ConcludedOn, string? ConclusionNote, DateOnly? RepairedOn);

public static class LicenceViews
{
    public static LicenceSummary Summary(Licence l, DateOnly today, ISet<string> recheckedTypes, int recheckYears, BusinessCalendar? calendar)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(recheckedTypes);
        var nominal = l.LastRecheckedOn.AddYears(recheckYears);
        DateOnly? recheck = l.Status == LicenceStatus.Valid && recheckedTypes.Contains(l.LicenceType)
            ? (calendar is not null && calendar.IsYearLoaded(nominal.Year) && calendar.IsYearLoaded(nominal.Year + 1)
                ? LicenceRules.RecheckDue(calendar, l.LastRecheckedOn, recheckYears)
                : nominal)
            : null;
        return new(
            l.Id, l.Number, l.HolderName, l.HolderCreditCode, l.LicenceType, l.Scope, l.IssuedOn, l.ValidUntil, l.Status.ToString(), LicenceNames.Of(l.Status),
            l.GrantedOnCommitment, l.ValidUntil is { } u && l.Status == LicenceStatus.Valid ? u.DayNumber - today.DayNumber : null,
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
/// 许可证管理: the bureau's licences filtered by type, status, expiring within N days, re-check due (R-LIC-13), holder
/// name or credit code, 告知承诺; paged.
/// </summary>
public sealed record ListLicences(string? Type, string? Status, int? ExpiringWithinDays, bool? RecheckDue, string? Holder, bool? Commitment, int? Page, int? PageSize);

public sealed class ListLicencesHandler(WeijianDb db, TimeProvider clock, CalendarSource calendars)
{
    public async Task<Paged<LicenceSummary>> HandleAsync(ListLicences query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var orgId = db.Actor.RequireOrganization();
        var today = ChinaClock.Today(clock);
        var q = db.Set<Licence>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            var type = query.Type.Trim();
            q = q.Where(l => l.LicenceType == type);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = LicenceNames.Parse<LicenceStatus>(query.Status, LicenceNames.Of, "status", "许可证状态");
            q = q.Where(l => l.Status == status);
        }

        if (query.ExpiringWithinDays is { } days)
        {
            if (days < 0 || days > 3650)
            {
                throw Input.Invalid("validation.expiring", "expiringWithinDays", "到期天数应为0至3650");
            }

            var until = today.AddDays(days);
            q = q.Where(l => l.Status == LicenceStatus.Valid && l.ValidUntil != null && l.ValidUntil >= today && l.ValidUntil <= until);
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

        var types = await LicenceRegister.RecheckedTypesAsync(db, orgId, ct);
        var years = await LicenceRegister.RecheckYearsAsync(db, orgId, today, ct);
        var calendar = await calendars.GetAsync(db, ct);
        q = q.OrderBy(l => l.ValidUntil == null).ThenBy(l => l.ValidUntil).ThenBy(l => l.Number);
        if (query.RecheckDue == true)
        {
            // The re-check due date depends on the history (JSON) and the calendar: filtered in memory over the valid 公共场所 licences.
            var candidates = await q.Where(l => l.Status == LicenceStatus.Valid && types.Contains(l.LicenceType)).ToListAsync(ct);
            var due = candidates.Select(l => LicenceViews.Summary(l, today, types, years, calendar)).Where(s => s.RecheckDue).ToList();
            var size = Math.Clamp(query.PageSize ?? 20, 1, Paged.MaxPageSize);
            var page = Math.Max(1, query.Page ?? 1);
            return new Paged<LicenceSummary>(due.Skip((page - 1) * size).Take(size).ToList(), due.Count, page, size);
        }

        var rows = await Paged.FromQueryAsync(q, query.Page, query.PageSize, ct);
        return new Paged<LicenceSummary>(rows.Items.Select(l => LicenceViews.Summary(l, today, types, years, calendar)).ToList(), rows.Total, rows.Page, rows.PageSize);
    }
}

/// <summary>许可证详情: the licence with its history, re-check and renewal dates, 告知承诺 verification, documents and the actions the user may take.</summary>
public sealed record GetLicence(Guid Id);

public sealed class GetLicenceHandler(WeijianDb db, TimeProvider clock, CalendarSource calendars)
{
    public async Task<LicenceDetails> HandleAsync(GetLicence query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var orgId = db.Actor.RequireOrganization();
        var l = await db.Set<Licence>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.Id, ct)
            ?? throw DomainRuleException.NotFound("licence.not-found", "许可证不存在或不属于本单位");
        var today = ChinaClock.Today(clock);
        var calendar = await calendars.GetAsync(db, ct);
        var types = await LicenceRegister.RecheckedTypesAsync(db, orgId, ct);
        var years = await LicenceRegister.RecheckYearsAsync(db, orgId, today, ct);
        var verification = await db.Set<CommitmentVerification>().AsNoTracking().SingleOrDefaultAsync(v => v.LicenceId == l.Id, ct);
        var id = l.Id.ToString();
        var documents = await db.Set<IssuedDocument>().AsNoTracking().Where(d => d.SubjectType == LicenceRegister.SubjectType && d.SubjectId == id)
            .OrderBy(d => d.IssuedAt).ToListAsync(ct);
        DateOnly? cutoff = l.ValidUntil is { } u && calendar.IsYearLoaded(u.Year) && calendar.IsYearLoaded(u.Year - 1) ? LicenceRules.RenewalCutoff(calendar, u, LicenceRegister.RenewalDaysBeforeExpiry) : null;
        return new LicenceDetails(
            LicenceViews.Summary(l, today, types, years, calendar), l.EntityId, l.ApplicationId, l.StatusChangedOn, l.StatusReason,
            cutoff, l.LastRecheckedOn,
            l.History.Select(e => new LicenceHistoryView(e.On, e.Kind.ToString(), LicenceNames.Of(e.Kind), e.Note, e.By)).ToList(),
            verification is null ? null : LicenceViews.Verification(verification, today),
            documents.Select(d => new LicenceDocumentView(d.Id, d.Title, d.Number, d.IssuedOn, $"/api/v1/documents/{d.Id}/file", $"/verify/{d.Id}")).ToList(),
            LicenceWorkflow.AllowedFor(l.Status, db.Actor).Select(t => t.Action.ToString()).ToList());
    }
}
