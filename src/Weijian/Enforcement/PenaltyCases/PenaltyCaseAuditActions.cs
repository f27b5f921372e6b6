using Weijian.Platform.Audit;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>Chinese names of the penalty-case audit actions: <c>penalty-case.{wire action name}</c>, one per row of the transition table.</summary>
public sealed class PenaltyCaseAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = Enum.GetValues<CaseAction>()
        .ToDictionary(a => PenaltyCaseSteps.AuditAction(a), CaseNames.Of)
        .Append(new KeyValuePair<string, string>(CaseFileEvaluation.AuditAction, "案卷评查"))
        .ToDictionary();

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [PenaltyCaseSteps.SubjectType] = "行政处罚案件",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["number"] = "案件编号",
        ["status"] = "案件阶段",
        ["from"] = "原阶段",
        ["to"] = "新阶段",
        ["note"] = "说明",
        ["party"] = "当事人",
        ["cause"] = "案由",
        ["draftVersion"] = "处理意见版本",
        ["terms"] = "处罚内容",
        ["total"] = "评查得分",
        ["band"] = "评查等次",
        ["excellent"] = "优秀案卷",
        ["findings"] = "否决和扣分项",
    };
}
