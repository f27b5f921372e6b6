using Weijian.Platform.Audit;

namespace Weijian.Publicity.Officers;

/// <summary>Chinese names of the 执法亮码 and visit-rating audit actions.</summary>
public sealed class OfficerCodeAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [OfficerCodeSteps.Issue] = "发放执法亮码",
        [OfficerCodeSteps.Reissue] = "重新发放执法亮码（原码作废）",
        [OfficerCodeSteps.Confirm] = "被检查单位亮码确认",
        [OfficerCodeSteps.Rate] = "被检查单位评价检查",
        [OfficerCodeSteps.Complain] = "被检查单位投诉",
        [OfficerCodeSteps.Assign] = "指定投诉办理人",
        [OfficerCodeSteps.Answer] = "答复投诉",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [OfficerCodeSteps.CodeSubject] = "执法亮码",
        [OfficerCodeSteps.ConfirmationSubject] = "亮码确认与评价",
        [OfficerCodeSteps.ComplaintSubject] = "检查投诉",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["officer"] = "执法人员",
        ["credentialNumber"] = "执法证号",
        ["reason"] = "原因",
        ["inspection"] = "检查编号",
        ["shown"] = "出示证件人员",
        ["handler"] = "办理人",
        ["due"] = "答复期限",
    };
}

/// <summary>A code was re-issued (card lost): the old token is void. Raised for modules that print or cache codes.</summary>
public sealed record OfficerCodeReissued(Guid OrganizationId, Guid OfficerId, Guid RevokedCodeId, Guid NewCodeId, string Reason);
