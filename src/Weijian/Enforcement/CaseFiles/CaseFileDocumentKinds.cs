using Weijian.Platform.Rules;

namespace Weijian.Enforcement.CaseFiles;

/// <summary>The stages of a penalty case file in their legal order (R-EVA-2: 立案 → 取证 → 审查 → 决定 → 送达 → 执行; R-PEN-31).</summary>
public enum CaseFileStage
{
    /// <summary>立案.</summary>
    Filing = 1,

    /// <summary>取证.</summary>
    Evidence = 2,

    /// <summary>审查 (调查终结, 告知, 听证, 法制审核, 集体讨论).</summary>
    Review = 3,

    /// <summary>决定.</summary>
    Decision = 4,

    /// <summary>送达.</summary>
    Service = 5,

    /// <summary>执行 (and 结案).</summary>
    Execution = 6,
}

/// <summary>
/// A kind of document in a case file: its code (the document-template key), Chinese name, stage, rank within the
/// stage (the order of <see cref="CaseFileDocumentKinds.All"/>), and which fields a complete document carries.
/// </summary>
public sealed record CaseFileDocumentKind(string Code, string Name, CaseFileStage Stage, int Rank, bool RequiresNumber, bool RequiresDate)
{
    /// <summary>立案 / 取证 / 审查 / 决定 / 送达 / 执行.</summary>
    public string StageName => CaseFileDocumentKinds.StageName(Stage);
}

/// <summary>
/// The document kinds a case file may hold, as data, in their legal order. The codes are the document-template keys.
/// Documents that carry a 文号 under 卫生行政执法文书规范 (R-PEN-33) — notices, decisions, 催告书, 移送书 — require a
/// number; every document except evidence material requires a date. <c>evidence-material</c> (证据材料: copies of
/// licenses, photos, test reports) is not a template but is part of every file; <c>referral</c> (移送) is placed with
/// the decisions, being one of the head's decisions after investigation (R-PEN-19).
/// </summary>
public static class CaseFileDocumentKinds
{
    public const string UnknownKindCode = "case-file.unknown-document-kind";

    public const string CaseAcceptance = "case-acceptance";
    public const string FilingReport = "filing-report";
    public const string OnsiteRecord = "onsite-record";
    public const string InquiryRecord = "inquiry-record";
    public const string EvidencePreservation = "evidence-preservation";
    public const string EvidenceMaterial = "evidence-material";
    public const string InvestigationReport = "investigation-report";
    public const string PriorNotice = "prior-notice";
    public const string HearingNotice = "hearing-notice";
    public const string HearingRecord = "hearing-record";
    public const string LegalReview = "legal-review";
    public const string CollectiveDiscussion = "collective-discussion";
    public const string PenaltyDecision = "penalty-decision";
    public const string NoPenaltyDecision = "no-penalty-decision";
    public const string Referral = "referral";
    public const string ServiceReceipt = "service-receipt";
    public const string CreditRepairNotice = "credit-repair-notice";
    public const string ComplianceAdvice = "compliance-advice";
    public const string PaymentReceipt = "payment-receipt";
    public const string Reminder = "reminder";
    public const string ClosingReport = "closing-report";

    /// <summary>Every kind, in legal order (stage, then rank).</summary>
    public static readonly IReadOnlyList<CaseFileDocumentKind> All = Build(
    [
        (CaseAcceptance, "案件受理记录", CaseFileStage.Filing, false),
        (FilingReport, "立案报告", CaseFileStage.Filing, false),
        (OnsiteRecord, "现场笔录", CaseFileStage.Evidence, false),
        (InquiryRecord, "询问笔录", CaseFileStage.Evidence, false),
        (EvidencePreservation, "先行登记保存决定书", CaseFileStage.Evidence, true),
        (EvidenceMaterial, "证据材料", CaseFileStage.Evidence, false),
        (InvestigationReport, "调查终结报告", CaseFileStage.Review, false),
        (PriorNotice, "行政处罚事先告知书", CaseFileStage.Review, true),
        (HearingNotice, "听证通知书", CaseFileStage.Review, true),
        (HearingRecord, "听证笔录", CaseFileStage.Review, false),
        (LegalReview, "法制审核意见书", CaseFileStage.Review, false),
        (CollectiveDiscussion, "集体讨论记录", CaseFileStage.Review, false),
        (PenaltyDecision, "行政处罚决定书", CaseFileStage.Decision, true),
        (NoPenaltyDecision, "不予行政处罚决定书", CaseFileStage.Decision, true),
        (Referral, "涉嫌犯罪案件移送书", CaseFileStage.Decision, true),
        (ServiceReceipt, "送达回执", CaseFileStage.Service, false),
        (CreditRepairNotice, "信用修复告知书", CaseFileStage.Service, false),
        (ComplianceAdvice, "行政合规建议书", CaseFileStage.Service, false),
        (PaymentReceipt, "罚没款缴纳凭证", CaseFileStage.Execution, false),
        (Reminder, "催告书", CaseFileStage.Execution, true),
        (ClosingReport, "结案报告", CaseFileStage.Execution, false),
    ]);

    /// <summary>The kind with <paramref name="code"/>, or <c>case-file.unknown-document-kind</c>.</summary>
    public static CaseFileDocumentKind Find(string? code) =>
        All.FirstOrDefault(k => k.Code == code)
        ?? throw Input.Invalid(UnknownKindCode, "kindCode", $"未知的案卷文书类型“{code}”；可用类型：{string.Join("、", All.Select(k => $"{k.Code}（{k.Name}）"))}");

    /// <summary>立案 / 取证 / 审查 / 决定 / 送达 / 执行.</summary>
    public static string StageName(CaseFileStage stage) => stage switch
    {
        CaseFileStage.Filing => "立案",
        CaseFileStage.Evidence => "取证",
        CaseFileStage.Review => "审查",
        CaseFileStage.Decision => "决定",
        CaseFileStage.Service => "送达",
        CaseFileStage.Execution => "执行",
        _ => stage.ToString(),
    };

    private static CaseFileDocumentKind[] Build((string Code, string Name, CaseFileStage Stage, bool RequiresNumber)[] rows) =>
        [.. rows.Select((r, i) => new CaseFileDocumentKind(r.Code, r.Name, r.Stage, i + 1, r.RequiresNumber, r.Code != EvidenceMaterial))];
}
