using Weijian.Platform.Audit;

namespace Weijian.Inspections.Plans;

/// <summary>Audit actions of plans, tasks, targets and draws, with their Chinese names.</summary>
public sealed class InspectionAuditActions : IAuditActionNames
{
    public const string PlanDrafted = "inspection-plan.drafted";
    public const string PlanIssued = "inspection-plan.issued";
    public const string TaskAssigned = "inspection-task.assigned";
    public const string TaskOpened = "inspection-task.opened";
    public const string TargetNotInspectable = "inspection-target.not-inspectable";
    public const string DrawCommitted = "random-draw.committed";
    public const string DrawRun = "random-draw.drawn";
    public const string DrawPublished = "random-draw.published";
    public const string DrawSuperseded = "random-draw.superseded";

    public const string PlanSubject = "InspectionPlan";
    public const string TaskSubject = "InspectionTask";
    public const string TargetSubject = "InspectionTarget";
    public const string DrawSubject = "RandomDraw";

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [PlanDrafted] = "起草抽查计划",
        [PlanIssued] = "下达抽查计划",
        [TaskAssigned] = "接收抽查任务",
        [TaskOpened] = "新建检查任务",
        [TargetNotInspectable] = "检查对象无法检查",
        [DrawCommitted] = "随机抽取：公布承诺",
        [DrawRun] = "随机抽取：现场抽取",
        [DrawPublished] = "随机抽取：公开抽取结果",
        [DrawSuperseded] = "重新抽取",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [PlanSubject] = "抽查计划",
        [TaskSubject] = "检查任务",
        [TargetSubject] = "检查对象",
        [DrawSubject] = "随机抽取",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["title"] = "名称",
        ["year"] = "年度",
        ["level"] = "层级",
        ["deadline"] = "完成时限",
        ["items"] = "抽查事项",
        ["strata"] = "抽查分层",
        ["weights"] = "风险权重",
        ["bureaus"] = "下达单位",
        ["plan"] = "计划",
        ["reason"] = "原因",
        ["entities"] = "检查对象",
        ["round"] = "轮次",
        ["commitmentHash"] = "承诺哈希",
        ["selectionHash"] = "抽取结果加盐哈希",
        ["seedInputs"] = "种子输入",
        ["targets"] = "抽中对象数",
        ["previousDrawId"] = "前一轮抽取",
    };
}
