using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>Where a penalty case stands (R-PEN lifecycle, rules.md §4). Terminal: Archived, NotFiled; Withdrawn and Transferred are closed and archived like any case.</summary>
public enum CaseStatus
{
    Lead,
    FilingRequested,
    Investigating,
    ReferralProposed,
    Concluded,
    Notified,
    Hearing,
    LegalReview,
    Reviewed,
    Discussed,
    Decided,
    Served,
    Executed,
    Transferred,
    Withdrawn,
    NotFiled,
    Closed,
    Archived,
}

/// <summary>Everything a user can do to a case; each is one use case (<c>{Action}.cs</c>) and one row of <see cref="CaseWorkflow.Table"/>.</summary>
public enum CaseAction
{
    /// <summary>案件受理: creates the case (not a transition, so not in the table).</summary>
    RegisterLead,
    RequestFiling,
    ApproveFiling,
    DeclineFiling,
    RecordOnSiteAct,
    AddEvidence,
    RequestPreservation,
    ApprovePreservation,
    DisposePreservation,
    ExtendDecisionPeriod,
    ProposeReferral,
    DecideReferral,
    RecordTransfer,
    Withdraw,
    ConcludeInvestigation,
    EditDraftDecision,
    NotifyParty,
    RecordStatement,
    RequestHearing,
    ScheduleHearing,
    RecordHearing,
    SubmitForLegalReview,
    CompleteLegalReview,
    RecordCollectiveDiscussion,
    DecidePenalty,
    DecideNoPenalty,
    DecideSummarily,
    FileSummaryRecord,
    ServeDecision,
    RecordPayment,
    GrantPaymentPlan,
    RecordRemedyProceeding,
    SendPaymentReminder,
    ApplyCourtEnforcement,
    ConfirmExecution,
    CloseCase,
    ArchiveCase,
}

/// <summary>
/// One row of the transition table: the action, the statuses it may start from, where it leads (null: the status
/// stays, or the outcome decides — DecideReferral approves to Transferred or declines back to Investigating,
/// CompleteLegalReview approves to Reviewed or returns to Notified), who may perform it and its Chinese label. Gates that depend on the record (two eligible officers, legal
/// review …) are checked by the aggregate method the action calls, not here.
/// </summary>
public sealed record CaseTransition(CaseAction Action, IReadOnlyList<CaseStatus> From, CaseStatus? To, IReadOnlyList<string> Roles, string Label, bool Primary);

/// <summary>
/// Workflow as data (DESIGN §5): this one table drives <see cref="PenaltyCase"/>, the buttons on the case page and the
/// table-driven API test. Officers investigate; the 局领导 approves filing, preservation, referral, extensions and decides;
/// the 法制审核人员 reviews (R-TRS-10).
/// </summary>
public static class CaseWorkflow
{
    private static readonly string[] Officer = [Roles.Officer];
    private static readonly string[] Head = [Roles.BureauHead];
    private static readonly string[] Reviewer = [Roles.LegalReviewer];

    private static readonly CaseStatus[] Investigation = [CaseStatus.Investigating];
    private static readonly CaseStatus[] BeforeDecision = [CaseStatus.Concluded, CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.Reviewed, CaseStatus.Discussed];
    private static readonly CaseStatus[] DecisionReady = [CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.Reviewed, CaseStatus.Discussed];
    private static readonly CaseStatus[] Open =
    [
        CaseStatus.Investigating, CaseStatus.Concluded, CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.LegalReview,
        CaseStatus.Reviewed, CaseStatus.Discussed,
    ];

    public static readonly IReadOnlyList<CaseTransition> Table =
    [
        new(CaseAction.RequestFiling, [CaseStatus.Lead], CaseStatus.FilingRequested, Officer, "提请立案", true),
        new(CaseAction.ApproveFiling, [CaseStatus.FilingRequested], CaseStatus.Investigating, Head, "批准立案", true),
        new(CaseAction.DeclineFiling, [CaseStatus.Lead, CaseStatus.FilingRequested], CaseStatus.NotFiled, Head, "不予立案", false),
        new(CaseAction.DecideSummarily, [CaseStatus.Lead], CaseStatus.Served, Officer, "简易程序当场处罚", false),
        new(CaseAction.RecordOnSiteAct, [CaseStatus.Lead, CaseStatus.Investigating], null, Officer, "记录现场检查/询问", false),
        new(CaseAction.AddEvidence, [CaseStatus.Lead, CaseStatus.Investigating, CaseStatus.Concluded], null, Officer, "添加证据", false),
        new(CaseAction.RequestPreservation, Investigation, null, Officer, "提请先行登记保存", false),
        new(CaseAction.ApprovePreservation, Investigation, null, Head, "批准先行登记保存", false),
        new(CaseAction.DisposePreservation, [CaseStatus.Investigating, CaseStatus.Concluded], null, Officer, "处理先行登记保存物品", false),
        new(CaseAction.ExtendDecisionPeriod, Open, null, Head, "批准延长办案期限", false),
        new(CaseAction.ProposeReferral, [CaseStatus.Investigating, CaseStatus.Concluded], CaseStatus.ReferralProposed, Officer, "提请移送司法机关", false),
        new(CaseAction.DecideReferral, [CaseStatus.ReferralProposed], null, Head, "审批移送", true),
        new(CaseAction.RecordTransfer, [CaseStatus.Transferred], null, Officer, "登记移送交接", true),
        new(CaseAction.Withdraw, [CaseStatus.Investigating, CaseStatus.Concluded], CaseStatus.Withdrawn, Head, "撤销立案", false),
        new(CaseAction.ConcludeInvestigation, Investigation, CaseStatus.Concluded, Officer, "调查终结", true),
        new(CaseAction.EditDraftDecision, [.. BeforeDecision, CaseStatus.LegalReview], null, Officer, "修改处理意见（拟处罚）", false),
        new(CaseAction.NotifyParty, [CaseStatus.Concluded, CaseStatus.Notified], CaseStatus.Notified, Officer, "送达事先告知", true),
        new(CaseAction.RecordStatement, [CaseStatus.Notified, CaseStatus.Hearing], null, Officer, "记录陈述申辩及复核", false),
        new(CaseAction.RequestHearing, [CaseStatus.Notified], CaseStatus.Hearing, Officer, "登记听证申请", false),
        new(CaseAction.ScheduleHearing, [CaseStatus.Hearing], null, Officer, "安排听证", true),
        new(CaseAction.RecordHearing, [CaseStatus.Hearing], null, Officer, "记录听证", true),
        new(CaseAction.SubmitForLegalReview, [CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.Discussed], CaseStatus.LegalReview, Officer, "提交法制审核", true),
        new(CaseAction.CompleteLegalReview, [CaseStatus.LegalReview], null, Reviewer, "法制审核", true),
        new(CaseAction.RecordCollectiveDiscussion, [CaseStatus.Notified, CaseStatus.Hearing, CaseStatus.Reviewed], CaseStatus.Discussed, Head, "记录集体讨论", true),
        new(CaseAction.DecidePenalty, DecisionReady, CaseStatus.Decided, Head, "作出行政处罚决定", true),
        new(CaseAction.DecideNoPenalty, BeforeDecision, CaseStatus.Decided, Head, "作出不予行政处罚决定", false),
        new(CaseAction.ServeDecision, [CaseStatus.Decided], CaseStatus.Served, Officer, "送达决定书", true),
        new(CaseAction.FileSummaryRecord, [CaseStatus.Served, CaseStatus.Executed], null, Officer, "简易程序备案", true),
        new(CaseAction.RecordPayment, [CaseStatus.Served], null, Officer, "登记缴款", true),
        new(CaseAction.GrantPaymentPlan, [CaseStatus.Served], null, Head, "批准延期/分期缴纳", false),
        new(CaseAction.RecordRemedyProceeding, [CaseStatus.Served, CaseStatus.Executed], null, Officer, "登记复议/诉讼", false),
        new(CaseAction.SendPaymentReminder, [CaseStatus.Served], null, Officer, "送达催告书", false),
        new(CaseAction.ApplyCourtEnforcement, [CaseStatus.Served], CaseStatus.Executed, Head, "申请法院强制执行", false),
        new(CaseAction.ConfirmExecution, [CaseStatus.Served], CaseStatus.Executed, Officer, "确认执行完毕", true),
        new(CaseAction.CloseCase, [CaseStatus.Served, CaseStatus.Executed, CaseStatus.Transferred, CaseStatus.Withdrawn], CaseStatus.Closed, Head, "批准结案", true),
        new(CaseAction.ArchiveCase, [CaseStatus.Closed, CaseStatus.NotFiled], CaseStatus.Archived, Officer, "立卷归档", true),
    ];

    public static CaseTransition Find(CaseAction action) => Table.Single(t => t.Action == action);

    /// <summary>Parses an action name as the API spells it: kebab-case (<c>approve-filing</c>) or the enum name.</summary>
    public static CaseAction? Parse(string? name)
    {
        var compact = name?.Replace("-", "", StringComparison.Ordinal).Trim();
        return Enum.TryParse<CaseAction>(compact, ignoreCase: true, out var a) && !int.TryParse(compact, out _) ? a : null;
    }

    public static string WireName(CaseAction action) => string.Concat(action.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The actions the table allows the actor from the status (the page shows exactly these buttons).</summary>
    public static IEnumerable<CaseTransition> AllowedFor(CaseStatus status, Actor actor) =>
        Table.Where(t => t.From.Contains(status) && (actor.IsSystem || t.Roles.Any(actor.IsInRole)));

    /// <summary>Refuses an action the table does not allow: 409 from the wrong status, 403 for the wrong role.</summary>
    public static CaseTransition Check(CaseAction action, CaseStatus status, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var t = Find(action);
        if (!t.From.Contains(status))
        {
            throw DomainRuleException.Conflict(
                "penalty-case.action-not-allowed", $"案件处于“{CaseNames.Of(status)}”阶段，不能执行“{t.Label}”");
        }

        if (!actor.IsSystem && !t.Roles.Any(actor.IsInRole))
        {
            throw DomainRuleException.Forbidden(
                "penalty-case.role-not-allowed", $"“{t.Label}”须由{string.Join("或", t.Roles.Select(Roles.ChineseName))}办理");
        }

        return t;
    }
}
