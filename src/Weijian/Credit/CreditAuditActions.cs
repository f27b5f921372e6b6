using Weijian.Platform.Audit;

namespace Weijian.Credit;

/// <summary>Chinese names of the credit audit actions.</summary>
public sealed class CreditAuditActions : IAuditActionNames
{
    public const string SubjectType = nameof(CreditRecord);
    public const string Created = "credit.recorded";
    public const string Ended = "credit.publication-ended";
    public const string RepairApplied = "credit.repair-applied";
    public const string RepairDecided = "credit.repair-decided";
    public const string GradeChanged = "credit.entity-grade";

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [Created] = "记入信用记录",
        [Ended] = "公示期满停止公示",
        [RepairApplied] = "申请信用修复",
        [RepairDecided] = "信用修复决定",
        [GradeChanged] = "更新信用等级",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [SubjectType] = "信用记录",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["severity"] = "失信程度",
        ["ruleSet"] = "适用规则",
        ["publishFrom"] = "公示起始日",
        ["minUntil"] = "最短公示期届满日",
        ["maxUntil"] = "最长公示期届满日",
        ["published"] = "是否公示",
        ["sourceNumber"] = "决定文号",
        ["approve"] = "是否准予修复",
        ["reasons"] = "理由",
        ["grade"] = "信用等级",
        ["reason"] = "依据",
    };
}
