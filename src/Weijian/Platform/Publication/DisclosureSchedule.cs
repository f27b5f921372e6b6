using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Publication;

/// <summary>What a module that records a decision hands over for publication (names not yet masked; the scheduler redacts).</summary>
public sealed record DisclosureDraft(
    Guid OrganizationId, DisclosureKind Kind, string SourceType, string SourceId, string DecisionNumber, string Title, DateOnly DecidedOn,
    string PartyName, bool NaturalPerson, string? PartyCreditCode, IReadOnlyList<DisclosureField> Fields, Guid? DocumentId, IReadOnlyCollection<Guid> Assignees);

/// <summary>
/// The publication mechanism shared by the subscribers of decision facts and the staff actions (docs/adr/0012): clocks on
/// the working-day calendar (R-TRS-4 publication, R-PEN-32 withdrawal), auto-publication when the bureau's rule says so,
/// audit. Runs inside the caller's unit of work and never saves.
/// </summary>
public static class DisclosureSchedule
{
    public const string SubjectType = nameof(EnforcementDisclosure);

    public static string AuditAction(string verb) => "disclosure." + verb;

    /// <summary>R-TRS-4: penalty and licensing decisions within 7 working days of the decision, others within 20 (rule parameters).</summary>
    public static async Task<Deadline> PublicationDeadlineAsync(WeijianDb db, BusinessCalendar calendar, Guid organizationId, DisclosureKind kind, DateOnly decidedOn, CancellationToken ct)
    {
        var definition = kind is DisclosureKind.PenaltyDecision or DisclosureKind.LicensingDecision ? DisclosureRules.DecisionWorkingDays : DisclosureRules.OtherWorkingDays;
        var days = (int)(await RuleParameters.ResolveAsync(db, definition, organizationId, decidedOn, ct)).Value;
        return PublicationDeadline(calendar, kind, decidedOn, days);
    }

    public static Deadline PublicationDeadline(BusinessCalendar calendar, DisclosureKind kind, DateOnly decidedOn, int days) =>
        Deadline.Compute(
            calendar, "R-TRS-4",
            kind is DisclosureKind.PenaltyDecision or DisclosureKind.LicensingDecision
                ? $"行政许可、行政处罚决定自作出之日起{days}个工作日内公开（R-TRS-4，天数为规则参数）"
                : $"其他行政执法决定自作出之日起{days}个工作日内公开（R-TRS-4，天数为规则参数）",
            decidedOn, days, DeadlineUnit.WorkingDays);

    /// <summary>R-PEN-32: withdrawal within 3 working days of the revocation, change or finding (rule parameter).</summary>
    public static Deadline WithdrawalDeadline(BusinessCalendar calendar, DateOnly requestedOn, int days) =>
        Deadline.Compute(calendar, "R-PEN-32", $"行政处罚决定被依法变更、撤销、确认违法或者确认无效的，应当在{days}个工作日内撤回公开信息并说明理由（R-PEN-32）", requestedOn, days, DeadlineUnit.WorkingDays);

    public static async Task<EnforcementDisclosure> ScheduleAsync(WeijianDb db, BusinessCalendar calendar, TimeProvider clock, DisclosureDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(draft);
        var now = clock.GetUtcNow();
        var today = ChinaClock.Today(clock);
        var existing = await db.Set<EnforcementDisclosure>().IgnoreQueryFilters()
            .AnyAsync(d => d.OrganizationId == draft.OrganizationId && d.SourceType == draft.SourceType && d.SourceId == draft.SourceId && d.Kind == draft.Kind, ct);
        if (existing)
        {
            throw DomainRuleException.Conflict("disclosure.already-scheduled", $"{draft.DecisionNumber}已列入执法公示");
        }

        var style = (int)(await RuleParameters.ResolveAsync(db, DisclosureRules.NameMaskStyle, draft.OrganizationId, draft.DecidedOn, ct)).Value;
        var party = draft.NaturalPerson ? Redaction.MaskName(draft.PartyName, style) : Redaction.Clean(draft.PartyName);
        var fields = draft.Fields.Where(f => !string.IsNullOrWhiteSpace(f.Value))
            .Select(f => new DisclosureField(f.Label, MaskPartyIn(Redaction.Clean(f.Value.Trim()), draft, party))).ToList();
        var deadline = await PublicationDeadlineAsync(db, calendar, draft.OrganizationId, draft.Kind, draft.DecidedOn, ct);
        var d = EnforcementDisclosure.Schedule(
            draft.OrganizationId, draft.Kind, draft.SourceType, draft.SourceId, draft.DecisionNumber, Redaction.Clean(MaskPartyIn(draft.Title, draft, party)), draft.DecidedOn,
            party, draft.NaturalPerson, draft.PartyCreditCode, fields, draft.DocumentId, deadline.Due, now);
        db.Set<EnforcementDisclosure>().Add(d);
        db.Audit(d.OrganizationId, AuditAction("schedule"), SubjectType, d.Id.ToString(), new { d.DecisionNumber, Kind = DisclosureNames.Of(d.Kind), Party = d.PartyName, d.DecidedOn, d.Due });
        if (await AutoPublishAsync(db, d.OrganizationId, today, ct))
        {
            await PublishAsync(db, clock, d, "系统（自动公示）", ct);
        }
        else
        {
            foreach (var assignee in draft.Assignees.Distinct())
            {
                db.DeadlineClocks.Add(DeadlineClock.Open(d.OrganizationId, assignee, SubjectType, d.Id.ToString(), $"公示{DisclosureNames.Of(d.Kind)}{d.DecisionNumber}（{d.PartyName}）", deadline, now));
            }
        }

        return d;
    }

    public static async Task PublishAsync(WeijianDb db, TimeProvider clock, EnforcementDisclosure d, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(d);
        var today = ChinaClock.Today(clock);
        var years = (int)(await RuleParameters.ResolveAsync(db, d.PartyIsNaturalPerson ? DisclosureRules.NaturalPersonRetentionYears : DisclosureRules.RetentionYears, d.OrganizationId, today, ct)).Value;
        d.Publish(today, years, by);
        await CloseClocksAsync(db, d, "publish", clock.GetUtcNow(), d.PublishedLate ? "已公示（逾期）" : "已公示", ct);
        db.Audit(d.OrganizationId, AuditAction("publish"), SubjectType, d.Id.ToString(), new { d.DecisionNumber, d.PublishedOn, d.Due, Late = d.PublishedLate, d.RetentionEnd });
    }

    /// <summary>R-PEN-32: records why the decision must come down and opens the 3-working-day clock (or withdraws at once under auto-publication).</summary>
    public static async Task RequestWithdrawalAsync(
        WeijianDb db, BusinessCalendar calendar, TimeProvider clock, EnforcementDisclosure d, WithdrawalReason reason, string text, IReadOnlyCollection<Guid> assignees, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(d);
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var days = (int)(await RuleParameters.ResolveAsync(db, DisclosureRules.WithdrawalWorkingDays, d.OrganizationId, today, ct)).Value;
        var deadline = WithdrawalDeadline(calendar, today, days);
        d.RequestWithdrawal(reason, text, today, deadline.Due);
        db.Audit(d.OrganizationId, AuditAction("request-withdrawal"), SubjectType, d.Id.ToString(), new { d.DecisionNumber, Reason = DisclosureNames.Of(reason), Text = d.WithdrawalText, Due = d.WithdrawalDue });
        if (d.PublishedOn is null)
        {
            // Never published: there is nothing to take down; the publication clock ends and the record is withdrawn now.
            await WithdrawAsync(db, clock, d, ct);
            return;
        }

        if (await AutoPublishAsync(db, d.OrganizationId, today, ct))
        {
            await WithdrawAsync(db, clock, d, ct);
            return;
        }

        foreach (var assignee in assignees.Distinct())
        {
            db.DeadlineClocks.Add(DeadlineClock.Open(d.OrganizationId, assignee, SubjectType, d.Id.ToString(), $"撤回公示{d.DecisionNumber}（{DisclosureNames.Of(reason)}）", deadline, now));
        }
    }

    public static async Task WithdrawAsync(WeijianDb db, TimeProvider clock, EnforcementDisclosure d, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(d);
        d.Withdraw(ChinaClock.Today(clock));
        await CloseClocksAsync(db, d, "withdraw", clock.GetUtcNow(), d.WithdrawnLate ? "已撤回（逾期）" : "已撤回", ct);
        db.Audit(d.OrganizationId, AuditAction("withdraw"), SubjectType, d.Id.ToString(), new { d.DecisionNumber, d.WithdrawnOn, Due = d.WithdrawalDue, Late = d.WithdrawnLate });
    }

    private static async Task<bool> AutoPublishAsync(WeijianDb db, Guid organizationId, DateOnly today, CancellationToken ct) =>
        (await RuleParameters.ResolveAsync(db, DisclosureRules.AutoPublish, organizationId, today, ct)).Value >= 1m;

    private static async Task CloseClocksAsync(WeijianDb db, EnforcementDisclosure d, string verb, DateTimeOffset now, string reason, CancellationToken ct)
    {
        var id = d.Id.ToString();
        var open = db.DeadlineClocks.Local.Where(c => c.SubjectType == SubjectType && c.SubjectId == id && c.Status == DeadlineStatus.Open).ToList();
        open.AddRange(await db.DeadlineClocks.Where(c => c.SubjectType == SubjectType && c.SubjectId == id && c.Status == DeadlineStatus.Open).ToListAsync(ct));
        foreach (var c in open.Distinct())
        {
            c.Close(verb == "withdraw" && d.PublishedOn is null ? DeadlineStatus.Cancelled : DeadlineStatus.Met, reason, now);
        }
    }

    private static string MaskPartyIn(string text, DisclosureDraft draft, string maskedParty) =>
        draft.NaturalPerson && draft.PartyName.Trim().Length > 0 ? text.Replace(draft.PartyName.Trim(), maskedParty, StringComparison.Ordinal) : text;
}
