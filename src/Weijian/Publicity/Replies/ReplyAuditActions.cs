using Weijian.Platform.Audit;

namespace Weijian.Publicity.Replies;

/// <summary>Chinese names of the reply audit actions.</summary>
public sealed class ReplyAuditActions : IAuditActionNames
{
    public const string SubjectType = nameof(EntityReply);
    public const string Submitted = "reply.submitted";
    public const string Reviewed = "reply.reviewed";
    public const string Decided = "reply.appeal-decided";
    public const string SubjectChanged = "reply.subject-changed-on-appeal";

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [Submitted] = "提交回应或申诉",
        [Reviewed] = "审核回应",
        [Decided] = "申诉决定",
        [SubjectChanged] = "经申诉变更或撤销",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [SubjectType] = "回应与申诉",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["subjectKind"] = "对象类型",
        ["subjectNumber"] = "对象编号",
        ["kind"] = "类型",
        ["status"] = "结果",
        ["reasons"] = "理由",
        ["due"] = "办理时限",
    };
}
