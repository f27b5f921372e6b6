using Weijian.Platform.Audit;

namespace Weijian.Registry.Entities;

/// <summary>Chinese names of the entity register's audit actions.</summary>
public sealed class EntityAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["entity.registered"] = "登记监管对象",
        ["entity.updated"] = "修改监管对象信息",
        ["entity.suspended"] = "监管对象停业",
        ["entity.closed"] = "监管对象注销",
        ["entity.reopened"] = "监管对象恢复经营",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        ["RegulatedEntity"] = "监管对象",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["creditCode"] = "统一社会信用代码/身份证号",
        ["partyKind"] = "相对人类型",
        ["legalRepresentative"] = "法定代表人/负责人",
        ["address"] = "地址",
        ["specialty"] = "专业类别",
        ["subType"] = "细分类型",
        ["businessScale"] = "经营规模",
        ["riskTier"] = "风险等级",
        ["creditGrade"] = "信用等级",
        ["hygieneGrade"] = "量化分级",
        ["contactPerson"] = "联系人",
        ["contactPhone"] = "联系电话",
        ["notes"] = "备注",
        ["date"] = "日期",
        ["statusReason"] = "状态原因",
    };
}
