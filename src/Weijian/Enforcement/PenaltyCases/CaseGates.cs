using Weijian.Enforcement.Money;
using Weijian.Platform.Rules;
using Weijian.Registry.Officers;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// The legal gates of a penalty case as named rules a lawyer can read (DESIGN §5). Each refusal carries a stable
/// code (<c>penalty-case.…</c>) that the API returns in problem details and the tests assert, and cites its rule id.
/// </summary>
public static class CaseGates
{
    /// <summary>R-PEN-12, R-OFF-1: at least two officers holding a valid 执法证 on the date, none with a declared conflict (recusal).</summary>
    public static void TwoCertifiedOfficers(IReadOnlyList<OfficerEligibility> officers, string what)
    {
        ArgumentNullException.ThrowIfNull(officers);
        var distinct = officers.DistinctBy(o => o.OfficerId).ToList();
        var conflicted = distinct.Where(o => o.Has(EligibilityCodes.ConflictOfInterest)).ToList();
        if (conflicted.Count > 0)
        {
            throw new DomainRuleException(
                "penalty-case.officer-recusal",
                $"{string.Join("、", conflicted.Select(o => o.OfficerName))}已申报与当事人存在利害关系，应当回避，不能参与本案{what}（R-PEN-12）",
                RuleViolationKind.Conflict)
            { Fields = ["officerIds"] };
        }

        var ineligible = distinct.Where(o => !o.Eligible).ToList();
        if (distinct.Count < 2 || ineligible.Count > 0)
        {
            var reasons = ineligible.Select(o => $"{o.OfficerName}：{string.Join("；", o.Reasons.Select(r => r.Message))}");
            throw new DomainRuleException(
                "penalty-case.two-certified-officers",
                $"{what}须由两名以上持有效执法证的执法人员进行（R-PEN-12、R-OFF-1）" + (ineligible.Count > 0 ? "。" + string.Join("；", reasons) : ""),
                RuleViolationKind.Conflict)
            { Fields = ["officerIds"] };
        }
    }

    /// <summary>R-PEN-7: not punishable once the limitation period ran out before the act was discovered.</summary>
    public static DomainRuleException LimitationExpired(DateOnly lastDay, int years) => new(
        "penalty-case.limitation-expired",
        $"违法行为已超过{years}年追责时效（最后期限{lastDay:yyyy年M月d日}），依法不再给予行政处罚（R-PEN-7）",
        RuleViolationKind.Conflict)
    { Fields = ["actDate"] };

    /// <summary>R-PEN-15: no decision before the party was notified and their statement period ran or they stated and it was re-examined.</summary>
    public static DomainRuleException DefencePeriodRunning(DateOnly until) => DomainRuleException.Conflict(
        "penalty-case.defence-period-running",
        $"当事人陈述申辩期限尚未届满（至{until:yyyy年M月d日}），且未记录其陈述申辩及复核意见或放弃声明，不能作出决定（R-PEN-15）");

    /// <summary>R-PEN-15: the party's statement must be re-examined (复核) before the decision.</summary>
    public static DomainRuleException StatementNotReExamined() => DomainRuleException.Conflict(
        "penalty-case.statement-not-reexamined", "当事人提出了陈述申辩，须先记录复核意见（R-PEN-15）");

    /// <summary>R-PEN-15: no heavier penalty than notified because the party defended itself.</summary>
    public static DomainRuleException HeavierThanNotified(string notified, string decided) => DomainRuleException.Conflict(
        "penalty-case.heavier-than-notified",
        $"拟作出的处罚（{decided}）重于事先告知的处罚（{notified}），不得因当事人陈述申辩而加重处罚；确需加重的，须重新告知（R-PEN-15）");

    /// <summary>R-PEN-16/17: a hearing only where a trigger applies, requested within 5 working days of the notice.</summary>
    public static DomainRuleException NoHearingRight() => DomainRuleException.Conflict(
        "penalty-case.no-hearing-right", "本案拟作出的处罚不属于应当告知听证权利的情形（R-PEN-16）");

    public static DomainRuleException HearingRequestLate(DateOnly due) => new(
        "penalty-case.hearing-request-late",
        $"听证申请应当在告知后5个工作日内（{due:yyyy年M月d日}前）提出，已逾期（R-PEN-17）",
        RuleViolationKind.Conflict)
    { Fields = ["requestedOn"] };

    public static DomainRuleException HearingNoticeTooShort(DateOnly earliest) => new(
        "penalty-case.hearing-notice-period",
        $"应当在举行听证的7个工作日前通知当事人，按通知日期最早可于{earliest:yyyy年M月d日}举行（R-PEN-17）",
        RuleViolationKind.Conflict)
    { Fields = ["hearingDate"] };

    public static DomainRuleException PresidingOfficerIsInvestigator() => new(
        "penalty-case.presiding-officer-is-investigator", "听证主持人应当由非本案调查人员担任（R-PEN-17）", RuleViolationKind.Conflict)
    { Fields = ["presidingUserId"] };

    public static DomainRuleException HearingNotConcluded() => DomainRuleException.Conflict(
        "penalty-case.hearing-not-concluded", "当事人已申请听证，须先举行听证并记录听证笔录（R-PEN-17）");

    /// <summary>R-PEN-20, R-TRS-8: a case meeting a legal-review trigger needs an approved review of the current draft.</summary>
    public static DomainRuleException LegalReviewRequired(string why) => DomainRuleException.Conflict(
        "penalty-case.legal-review-required", $"本案{why}，作出决定前须经法制审核且审核通过（R-PEN-20）");

    /// <summary>R-PEN-20: the reviewer is not a handler of the case.</summary>
    public static DomainRuleException ReviewerIsCaseHandler() => DomainRuleException.Conflict(
        "penalty-case.reviewer-is-handler", "法制审核人员不能是本案的承办人员（R-PEN-20）");

    /// <summary>R-PEN-20: first-time reviewers need the 法律职业资格.</summary>
    public static DomainRuleException FirstReviewerUnqualified() => DomainRuleException.Conflict(
        "penalty-case.reviewer-unqualified", "初次从事法制审核的人员应当取得法律职业资格（R-PEN-20），请在执法人员名录中登记其法律职业资格");

    /// <summary>R-PEN-19, R-PEN-21: major or complex cases need a collective discussion before the decision.</summary>
    public static DomainRuleException CollectiveDiscussionRequired(string why) => DomainRuleException.Conflict(
        "penalty-case.collective-discussion-required", $"本案{why}，须经负责人集体讨论后方可作出决定（R-PEN-19、R-PEN-21）");

    /// <summary>R-PEN-20 order: the discussion deliberates on a reviewed draft when review is required.</summary>
    public static DomainRuleException ReviewBeforeDiscussion() => DomainRuleException.Conflict(
        "penalty-case.review-before-discussion", "本案须经法制审核，应当在法制审核通过后再提交集体讨论（R-PEN-20）");

    /// <summary>R-PEN-23: the summary procedure only for a warning or a small fine.</summary>
    public static DomainRuleException SummaryProcedureLimit(decimal limit) => new(
        "penalty-case.summary-procedure-limit",
        $"简易程序仅适用于警告或者对公民处200元以下、对法人或其他组织处3000元以下罚款（本案上限{limit:0}元），其他情形应适用普通程序（R-PEN-23）",
        RuleViolationKind.Conflict)
    { Fields = ["fine"] };

    /// <summary>R-PEN-25 Art.57: electronic service only with the party's consent.</summary>
    public static DomainRuleException ElectronicServiceNeedsConsent() => Input.Invalid(
        "penalty-case.electronic-service-consent", "partyConsented", "电子送达须经当事人同意并签订确认书（R-PEN-24、R-PEN-25）");

    /// <summary>R-PEN-25 Art.55: leaving the document needs a witness or a photo/video record.</summary>
    public static DomainRuleException LeftWithoutWitness() => Input.Invalid(
        "penalty-case.service-witness", "witness", "留置送达须有见证人签名或以拍照、录像方式记录（R-PEN-25）");

    /// <summary>R-PEN-28: a written 催告 first, and the court application no earlier than 10 working days after it was served.</summary>
    public static DomainRuleException ReminderFirst(DateOnly? earliest) => DomainRuleException.Conflict(
        "penalty-case.reminder-first",
        earliest is { } d
            ? $"申请法院强制执行应当在催告书送达10个工作日后（{d:yyyy年M月d日}起）提出（R-PEN-28）"
            : "申请法院强制执行前应当先书面催告当事人履行义务（R-PEN-28）");

    /// <summary>The court is asked only after the 复议/诉讼 periods ran out and within 3 months after (行政强制法第五十三条).</summary>
    public static DomainRuleException OutsideCourtEnforcementWindow(CourtEnforcementWindow window) => DomainRuleException.Conflict(
        "penalty-case.court-enforcement-window", $"今日不在申请人民法院强制执行的期间内。{window.Explanation}");

    /// <summary>Execution is complete only when every amount due (fine, gains, surcharge) is paid.</summary>
    public static DomainRuleException AmountsOutstanding(decimal outstanding) => DomainRuleException.Conflict(
        "penalty-case.amounts-outstanding", $"尚有{outstanding:0.00}元（含加处罚款）未缴纳，不能确认执行完毕；可催告后申请法院强制执行（R-PEN-27、R-PEN-28）");

    /// <summary>R-PEN-23: a summary-procedure decision is filed (备案) with the authority before the case closes.</summary>
    public static DomainRuleException SummaryNotFiled() => DomainRuleException.Conflict(
        "penalty-case.summary-not-filed", "简易程序当场处罚决定须报所属行政机关备案后方可结案（R-PEN-23）");

    /// <summary>R-PEN-30: the transfer to the police must be recorded before the case closes.</summary>
    public static DomainRuleException TransferNotRecorded() => DomainRuleException.Conflict(
        "penalty-case.transfer-not-recorded", "已批准移送的案件须登记移送交接（移送书、接收回执）后方可结案（R-PEN-30）");

    /// <summary>R-PEN-14: disposal of preserved items within 7 working days — preserved items must be disposed of before the decision.</summary>
    public static DomainRuleException PreservationPending() => DomainRuleException.Conflict(
        "penalty-case.preservation-pending", "先行登记保存的物品尚未作出处理决定（应在7个工作日内处理，R-PEN-14）");
}
