using Weijian.Enforcement.CaseFiles;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Enforcement;

/// <summary>
/// A complete, lawful ordinary-procedure penalty case file (¥30,000 fine with hearing, legal review and collective
/// discussion), and the shipped evaluation standard. Each date is chosen so that every period is met with room:
/// received Mon 3/2, filed 3/4 (7 working days → 3/11); preservation 3/5, disposed 3/10 (→ 3/16); notice served 3/25,
/// statement 3/27 re-examined 3/30; hearing notice Mon 3/30 → earliest hearing Thu 4/9 (清明 4/4–4/6 not counted);
/// decided 4/15 (filed 3/4 + 90 days → 6/2); served 4/17 (→ 4/24); paid 4/28; closed 5/6.
/// </summary>
internal static class ModelCaseFile
{
    private static readonly Lazy<EvaluationStandard> _standard =
        new(() => EvaluationStandard.LoadFile(StandardPath));

    public static string StandardPath => Path.Combine(RepositoryRoot.Path, "data", "evaluation", "standard-2026.json");

    public static EvaluationStandard Standard => _standard.Value;

    public static readonly IReadOnlyList<CaseFileDocument> Documents =
    [
        new("case-acceptance", "案件受理记录", null, D("2026-03-02"), 1),
        new("filing-report", "立案报告", null, D("2026-03-04"), 2),
        new("onsite-record", "现场笔录", null, D("2026-03-05"), 3),
        new("evidence-preservation", "先行登记保存决定书", "X卫公罚保〔2026〕1号", D("2026-03-05"), 1),
        new("inquiry-record", "询问笔录", null, D("2026-03-06"), 4),
        new("evidence-material", "营业执照复印件及现场照片", null, null, 6),
        new("investigation-report", "调查终结报告", null, D("2026-03-20"), 2),
        new("legal-review", "法制审核意见书", null, D("2026-03-24"), 2),
        new("prior-notice", "行政处罚事先告知书", "X卫公罚告〔2026〕7号", D("2026-03-25"), 2),
        new("hearing-notice", "听证通知书", "X卫公罚听〔2026〕2号", D("2026-03-30"), 1),
        new("hearing-record", "听证笔录", null, D("2026-04-09"), 5),
        new("collective-discussion", "集体讨论记录", null, D("2026-04-14"), 3),
        new("penalty-decision", "行政处罚决定书", "X卫公罚〔2026〕7号", D("2026-04-15"), 3),
        new("service-receipt", "送达回执", null, D("2026-04-17"), 1),
        new("credit-repair-notice", "信用修复告知书", null, D("2026-04-17"), 1),
        new("compliance-advice", "行政合规建议书", null, D("2026-04-17"), 2),
        new("payment-receipt", "罚没款缴纳凭证", null, D("2026-04-28"), 1),
        new("closing-report", "结案报告", null, D("2026-05-06"), 2),
    ];

    public static CaseFileFacts Facts { get; } = new()
    {
        Procedure = CaseProcedure.Ordinary,
        Outcome = CaseOutcome.Penalty,
        EnforcementBodyAuthorized = true,
        Officers = [new("张明", true), new("李华", true)],
        Documents = Documents,
        HasCover = true,
        HasIndex = true,
        PagesNumbered = true,
        ReceivedOn = D("2026-03-02"),
        FiledOn = D("2026-03-04"),
        PreservationAppliedOn = D("2026-03-05"),
        PreservationDisposedOn = D("2026-03-10"),
        InvestigationConcludedOn = D("2026-03-20"),
        LegalReviewRequired = true,
        LegalReviewPassedOn = D("2026-03-24"),
        PriorNoticeServedOn = D("2026-03-25"),
        StatementReceivedOn = D("2026-03-27"),
        StatementReexaminedOn = D("2026-03-30"),
        HearingRequestedOn = D("2026-03-27"),
        HearingNotifiedOn = D("2026-03-30"),
        HearingHeldOn = D("2026-04-09"),
        CollectiveDiscussionRequired = true,
        CollectiveDiscussionHeldOn = D("2026-04-14"),
        DecidedOn = D("2026-04-15"),
        DecisionServedOn = D("2026-04-17"),
        ExecutionRecordedOn = D("2026-04-28"),
        FineAmount = 30_000.00m,
        EvidenceItemCount = 6,
        EvidenceKinds = [EvidenceKind.Documentary, EvidenceKind.InspectionRecord, EvidenceKind.PartyStatement, EvidenceKind.AudioVisual],
        FactsStated = true,
        BasisCited = true,
        ReasoningStated = true,
        AvRecordsRequired = 2,
        AvRecordsAttached = 2,
    };

    /// <summary>A lawful 简易程序 file: a ¥200 fine decided and handed over on the spot, paid the next day.</summary>
    public static CaseFileFacts SummaryFacts { get; } = new()
    {
        Procedure = CaseProcedure.Summary,
        Outcome = CaseOutcome.Penalty,
        EnforcementBodyAuthorized = true,
        Officers = [new("张明", true), new("李华", true)],
        Documents =
        [
            new("evidence-material", "现场照片", null, null, 2),
            new("penalty-decision", "当场行政处罚决定书", "X卫当罚〔2026〕31号", D("2026-03-05"), 1),
            new("payment-receipt", "罚没款缴纳凭证", null, D("2026-03-06"), 1),
        ],
        HasCover = true,
        HasIndex = true,
        PagesNumbered = true,
        LegalReviewRequired = false,
        CollectiveDiscussionRequired = false,
        DecidedOn = D("2026-03-05"),
        DecisionServedOn = D("2026-03-05"),
        ExecutionRecordedOn = D("2026-03-06"),
        FineAmount = 200.00m,
        EvidenceItemCount = 2,
        EvidenceKinds = [EvidenceKind.AudioVisual, EvidenceKind.PartyStatement],
        FactsStated = true,
        BasisCited = true,
        ReasoningStated = true,
    };

    public static CaseFileScore Check(CaseFileFacts facts) => CaseFileSelfCheck.Run(Standard, facts, Official);

    public static IReadOnlyList<CaseFileDocument> Without(string kindCode) => [.. Documents.Where(d => d.KindCode != kindCode)];
}
