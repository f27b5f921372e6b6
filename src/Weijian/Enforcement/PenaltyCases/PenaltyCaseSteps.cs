using Microsoft.EntityFrameworkCore;
using Weijian.Enforcement.Money;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Officers;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// What every case use case shares: loading a case of the actor's organisation, checking the transition table,
/// resolving officers with their eligibility, and finishing a step — audit entry, legal clocks on "我的待办" brought in
/// line with the new state, one save — so each use-case file holds only its own input and domain call.
/// </summary>
public static class PenaltyCaseSteps
{
    public const string SubjectType = nameof(PenaltyCase);

    /// <summary>Who may read cases: the bureau's enforcement staff, reviewers, heads and administrators.</summary>
    public static readonly string[] ReadRoles = [Roles.Officer, Roles.BureauHead, Roles.LegalReviewer, Roles.SystemAdministrator];

    public static string AuditAction(CaseAction action) => "penalty-case." + CaseWorkflow.WireName(action);

    public static DomainRuleException NotFound() => DomainRuleException.NotFound("penalty-case.not-found", "案件不存在或不属于本单位");

    /// <summary>Loads the case and checks that the table allows <paramref name="action"/> from its status for the actor.</summary>
    public static async Task<PenaltyCase> BeginAsync(WeijianDb db, Guid caseId, CaseAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Actor.RequireOrganization();
        var c = await db.Set<PenaltyCase>().SingleOrDefaultAsync(x => x.Id == caseId, ct) ?? throw NotFound();
        CaseWorkflow.Check(action, c.Status, db.Actor);
        return c;
    }

    /// <summary>The officers by id, each with their eligibility on <paramref name="date"/> at the party (credential, status, recusal).</summary>
    public static async Task<IReadOnlyList<(OfficerEligibility Eligibility, CaseHandler Handler)>> OfficersAsync(
        WeijianDb db, IReadOnlyList<Guid>? officerIds, DateOnly date, Guid entityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = (officerIds ?? []).Distinct().ToList();
        var officers = await db.Set<Officer>().AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        if (officers.Count != ids.Count)
        {
            throw Input.Invalid("penalty-case.officer-not-found", "officerIds", "所选执法人员不存在或不属于本单位");
        }

        return officers
            .OrderBy(o => ids.IndexOf(o.Id))
            .Select(o => (o.EligibilityOn(date, null, entityId), new CaseHandler(o.Id, o.UserId, o.Name, o.CredentialNumber)))
            .ToList();
    }

    /// <summary>The officer record of the acting user, if they have one (a handler, a reviewer).</summary>
    public static Task<Officer?> ActingOfficerAsync(WeijianDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var userId = db.Actor.UserId;
        return db.Set<Officer>().AsNoTracking().FirstOrDefaultAsync(o => o.UserId == userId && userId != null, ct);
    }

    /// <summary>Issues the step's documents, audits the step, reconciles the case's clocks and saves once (same transaction).</summary>
    public static async Task<PenaltyCaseView> FinishAsync(
        WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents, PenaltyCase c, CaseAction action, object? detail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(c);
        await CaseDocuments.IssueForAsync(documents, c, action, ct);
        var step = c.Steps[^1];
        db.Audit(c.OrganizationId, AuditAction(action), SubjectType, c.Id.ToString(), new
        {
            c.Number,
            From = CaseNames.Of(step.From),
            To = CaseNames.Of(step.To),
            step.Note,
            Detail = detail,
        });
        var calendar = await calendars.GetAsync(db, ct);
        await SyncClocksAsync(db, calendar, c, clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        var today = ChinaClock.Today(clock);
        return PenaltyCaseView.From(c, db.Actor, calendar, today, await OpenClocksAsync(db, c.Id, today, ct));
    }

    public static async Task<IReadOnlyList<DeadlineView>> OpenClocksAsync(WeijianDb db, Guid caseId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var id = caseId.ToString();
        var rows = await db.DeadlineClocks.AsNoTracking()
            .Where(d => d.SubjectType == SubjectType && d.SubjectId == id && d.Status == DeadlineStatus.Open)
            .OrderBy(d => d.Due).ToListAsync(ct);
        return [.. rows.Select(d => DeadlineViews.From(d, today))];
    }

    /// <summary>
    /// The clocks the case's state calls for (R-PEN-6, 14, 17, 24, 26, 28, 30), as (title, deadline). Reconciled with the
    /// open clocks: missing ones open, ones no longer called for close as met (or cancelled when the case ended).
    /// </summary>
    public static IReadOnlyList<(string Title, Deadline Deadline)> RequiredClocks(PenaltyCase c, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(c);
        var list = new List<(string, Deadline)>();
        if (c.FiledOn is { } filed && c.Status is CaseStatus.Investigating or CaseStatus.Concluded or CaseStatus.Notified or CaseStatus.Hearing
            or CaseStatus.LegalReview or CaseStatus.Reviewed or CaseStatus.Discussed or CaseStatus.ReferralProposed && c.Procedure == CaseProcedure.General)
        {
            var decision = PenaltyDeadlines.DecisionPeriod(calendar, filed);
            var extra = c.Extensions.Sum(e => e.Days);
            list.Add(($"案件{c.Number}作出处理决定" + (extra > 0 ? $"（已延长{extra}日）" : ""),
                extra > 0 ? Deadline.Compute(calendar, decision.RuleId, decision.LegalBasis + "；经批准延长", filed, 90 + extra, DeadlineUnit.CalendarDays) : decision));
        }

        foreach (var p in c.Preservations.Where(p => p.ApprovedOn is not null && p.DisposedOn is null))
        {
            list.Add(($"案件{c.Number}先行登记保存物品处理", PenaltyDeadlines.PreservationDisposalPeriod(calendar, p.ApprovedOn!.Value)));
        }

        if (c.Status == CaseStatus.Notified && c.NoticeServedOn is { } notice && !c.DefenceWaived && c.Statement is null)
        {
            list.Add(($"案件{c.Number}陈述申辩期满", PenaltyDeadlines.DefensePeriod(calendar, notice)));
            if (c.HearingRight && c.HearingRequestedOn is null)
            {
                list.Add(($"案件{c.Number}听证申请期满", PenaltyDeadlines.HearingRequestPeriod(calendar, notice)));
            }
        }

        if (c.Status == CaseStatus.Hearing && c.HearingNotifiedOn is { } hn && c.HearingHeldOn is null)
        {
            list.Add(($"案件{c.Number}举行听证（最早日期）", PenaltyDeadlines.HearingNoticePeriod(calendar, hn)));
        }

        if (c.Status == CaseStatus.ReferralProposed && c.ReferralProposedOn is { } rp)
        {
            list.Add(($"案件{c.Number}移送审批", PenaltyDeadlines.ReferralDecisionPeriod(calendar, rp)));
        }

        if (c.Status == CaseStatus.Transferred && c.TransferredOn is null && c.ReferralDecidedOn is { } rd)
        {
            list.Add(($"案件{c.Number}24小时内移送公安机关", Deadline.Compute(calendar, "R-PEN-30", "行政执法机关移送涉嫌犯罪案件的规定第五条（批准后24小时内移送）", rd, 1, DeadlineUnit.CalendarDays)));
        }

        if (c.Status == CaseStatus.Decided && c.DecidedOn is { } decided)
        {
            list.Add(($"案件{c.Number}送达决定书", PenaltyDeadlines.ServicePeriod(calendar, decided)));
        }

        if (c.Status == CaseStatus.Served && c.ServedOn is { } served && c.DecidedTerms is { MoneyDue: > 0 })
        {
            list.Add(($"案件{c.Number}当事人缴纳罚没款", c.Instalments.Count > 0
                ? Deadline.Compute(calendar, "R-PEN-26", "行政处罚法第六十六条（经批准延期/分期）", served, c.PaymentDue!.Value.DayNumber - served.DayNumber, DeadlineUnit.CalendarDays)
                : PenaltyDeadlines.PaymentPeriod(calendar, served)));
        }

        return list;
    }

    private static async Task SyncClocksAsync(WeijianDb db, BusinessCalendar calendar, PenaltyCase c, DateTimeOffset now, CancellationToken ct)
    {
        var id = c.Id.ToString();
        var open = await db.DeadlineClocks.Where(d => d.SubjectType == SubjectType && d.SubjectId == id && d.Status == DeadlineStatus.Open).ToListAsync(ct);
        var required = RequiredClocks(c, calendar);
        var assignee = c.Handlers is { Count: > 0 } h ? h[0].UserId : null;
        foreach (var row in open)
        {
            if (!required.Any(r => r.Title == row.Title && r.Deadline.Due == row.Due && r.Deadline.RuleId == row.RuleId))
            {
                var ended = c.Status is CaseStatus.Withdrawn or CaseStatus.NotFiled or CaseStatus.Closed or CaseStatus.Archived;
                row.Close(ended ? DeadlineStatus.Cancelled : DeadlineStatus.Met, ended ? "案件已终结" : "已办理", now);
            }
        }

        foreach (var (title, deadline) in required)
        {
            if (!open.Any(r => r.Title == title && r.Due == deadline.Due && r.RuleId == deadline.RuleId))
            {
                db.DeadlineClocks.Add(DeadlineClock.Open(c.OrganizationId, assignee, SubjectType, id, title, deadline, now));
            }
        }
    }
}
