using Weijian.Platform.Audit;

namespace Weijian.Inspections.Visits;

/// <summary>Chinese names of the inspection audit actions.</summary>
public sealed class InspectionAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [InspectionSteps.AuditAction("plan")] = "安排检查",
        [InspectionSteps.AuditAction("merge")] = "综合查一次（并入已安排的检查）",
        [InspectionSteps.AuditAction("start")] = "开始检查",
        [InspectionSteps.AuditAction("record")] = "记录检查情况",
        [InspectionSteps.AuditAction("add-evidence")] = "上传证据材料",
        [InspectionSteps.AuditAction("complete")] = "完成检查",
        [InspectionSteps.AuditAction("hand-to-enforcement")] = "检查转立案",
        [InspectionSteps.AuditAction("publish")] = "公示检查结果",
        [InspectionSteps.AuditAction("open-task")] = "登记非随机检查任务",
        ["entity.hygiene-graded"] = "量化分级评定",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [InspectionSteps.SubjectType] = "监督检查记录",
        [nameof(Plans.InspectionTask)] = "检查任务",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["number"] = "检查编号",
        ["entityName"] = "检查对象",
        ["status"] = "状态",
        ["detail"] = "详情",
    };
}
