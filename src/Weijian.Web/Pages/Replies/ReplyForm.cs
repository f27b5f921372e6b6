using Weijian.Publicity.Replies;

namespace Weijian.Web.Pages.Replies;

/// <summary>The public 回应与申诉 form of the inspection results and credit pages (anti-forgery by Razor Pages).</summary>
public sealed class ReplyForm
{
    public string? SubjectNumber { get; set; }

    public string? CreditCode { get; set; }

    public string? Kind { get; set; }

    public string? Text { get; set; }

    public string? Submitter { get; set; }

    public string? Contact { get; set; }

    public SubmitReply ToCommand(Guid orgId, ReplySubjectKind subjectKind) =>
        new(orgId, subjectKind.ToString(), SubjectNumber, CreditCode, Kind, Text, Submitter, Contact);
}

/// <summary>What the shared form partial needs.</summary>
public sealed record ReplyFormModel(Guid OrgId, ReplyForm Form, string SubjectLabel, string NumberLabel);
