using Weijian.Platform.Audit;

namespace Weijian.Registry.Officers;

/// <summary>Chinese names of the 执法人员名录库 audit actions.</summary>
public sealed class OfficerAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["officer.registered"] = "登记执法人员",
        ["officer.updated"] = "修改执法人员信息",
        ["officer.status-changed"] = "变更执法人员状态",
        ["officer.conflict-declared"] = "申报利害关系",
        ["officer.conflict-withdrawn"] = "撤回利害关系申报",
        ["officer.training-recorded"] = "登记培训记录",
        ["officer.exam-recorded"] = "登记考试记录",
        ["officer.legal-qualification-recorded"] = "登记法律职业资格",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [nameof(Officer)] = "执法人员",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["userId"] = "关联账号编号",
        ["credentialNumber"] = "执法证号",
        ["issuingAuthority"] = "发证机关",
        ["enforcementCategory"] = "执法类别",
        ["enforcementArea"] = "执法区域",
        ["validFrom"] = "有效期起",
        ["validUntil"] = "有效期至",
        ["specialties"] = "执法专业",
        ["notes"] = "备注",
        ["previousStatus"] = "原状态",
        ["effectiveOn"] = "生效日期",
        ["conflictId"] = "申报编号",
        ["entityId"] = "监管对象编号",
        ["entityName"] = "监管对象",
        ["relation"] = "利害关系",
        ["declaredOn"] = "申报日期",
        ["withdrawnOn"] = "撤回日期",
        ["trainingId"] = "培训记录编号",
        ["course"] = "培训课程",
        ["provider"] = "举办单位",
        ["date"] = "日期",
        ["hours"] = "学时",
        ["examId"] = "考试记录编号",
        ["score"] = "成绩",
        ["passed"] = "是否合格",
        ["certificateNumber"] = "法律职业资格证书编号",
        ["obtainedOn"] = "取得日期",
    };
}
