using Weijian.Platform.Persistence;
using Weijian.Platform.Tenancy;

namespace Weijian.Publicity.Replies;

/// <summary>What the reply is about: a published inspection result (R-INS-3), a credit record (R-CRD-4) or the entity's credit grade (R-CRD-5).</summary>
public enum ReplySubjectKind
{
    InspectionResult,
    CreditRecord,
    CreditGrade,
}

/// <summary>说明/申辩 (a reply shown next to the subject after review) or 申诉 (asks for the result or grade to be changed).</summary>
public enum ReplyKind
{
    Statement,
    Appeal,
}

/// <summary>待审核 → 公开显示 / 不予显示 for a reply; 待决定 → 维持 / 变更 / 撤销 for an appeal.</summary>
public enum ReplyStatus
{
    Pending,
    Shown,
    Refused,
    Upheld,
    Changed,
    Revoked,
}

/// <summary>An event in the reply's life: submitted, reviewed, decided — nothing changes without one.</summary>
public sealed record ReplyEvent(DateOnly On, string What, string By, string? Note);

/// <summary>
/// 回应与申诉: an entity's reply to, or appeal against, a published result or grade of the bureau that owns the subject.
/// Never deleted; every review and decision is an event here and in the audit chain (DESIGN §5).
/// </summary>
public sealed class EntityReply : ITenantOwned
{
    public const int TextMax = 2000;

    private EntityReply()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public ReplySubjectKind SubjectKind { get; private set; }

    /// <summary>The inspection, the credit record, or (for a grade) the entity.</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>检查编号, 决定书文号, or the entity's name for a grade: how the public pages put the reply next to its subject.</summary>
    public string SubjectNumber { get; private set; } = "";

    public Guid? EntityId { get; private set; }

    public string EntityName { get; private set; } = "";

    public ReplyKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    public string Submitter { get; private set; } = "";

    /// <summary>Staff only; masked everywhere public.</summary>
    public string Contact { get; private set; } = "";

    public string Channel { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateOnly SubmittedOn { get; private set; }

    public DateOnly Due { get; private set; }

    public ReplyStatus Status { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? DecidedBy { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public string? Reasons { get; private set; }

    public string HistoryJson { get; private set; } = "[]";

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<ReplyEvent> History => ChildRecordsJson.List<ReplyEvent>(HistoryJson);

    public static EntityReply Submit(
        Guid organizationId, ReplySubjectKind subjectKind, Guid subjectId, string subjectNumber, Guid? entityId, string entityName, ReplyKind kind,
        string text, string submitter, string contact, string channel, DateOnly today, DateOnly due, DateTimeOffset now)
    {
        var r = new EntityReply
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            SubjectKind = subjectKind,
            SubjectId = subjectId,
            SubjectNumber = subjectNumber,
            EntityId = entityId,
            EntityName = entityName,
            Kind = kind,
            Text = text,
            Submitter = submitter,
            Contact = contact,
            Channel = channel,
            SubmittedAt = now,
            SubmittedOn = today,
            Due = due,
            Status = ReplyStatus.Pending,
            UpdatedAt = now,
        };
        r.AddEvent(today, kind == ReplyKind.Appeal ? "收到申诉" : "收到说明/申辩", channel, null);
        return r;
    }

    /// <summary>公开显示 / 不予显示 of a 说明/申辩, through <see cref="ReplyWorkflow"/>; the reason is required for a refusal (checked by the handler).</summary>
    public void Review(ReplyAction action, string? reason, DateOnly today, Guid? userId, string by, DateTimeOffset now)
    {
        var t = ReplyWorkflow.Check(action, Kind, Status);
        Close(t.To, reason, today, userId, by, now);
        AddEvent(today, t.Label, by, reason);
    }

    /// <summary>
    /// 维持/变更/撤销 of a 申诉 with reasons. A decision that changes the result is recorded as its own event with the reason
    /// (nothing is changed silently); the decider's independence is checked by the handler (<c>reply.decider-involved</c>).
    /// </summary>
    public void Decide(ReplyAction action, string reasons, DateOnly today, Guid? userId, string by, DateTimeOffset now)
    {
        var t = ReplyWorkflow.Check(action, Kind, Status);
        Close(t.To, reasons, today, userId, by, now);
        AddEvent(today, $"申诉决定：{t.Label}", by, reasons);
        if (t.To is ReplyStatus.Changed or ReplyStatus.Revoked)
        {
            AddEvent(today, $"{ReplyNames.Of(SubjectKind)}（{SubjectNumber}）经申诉{t.Label}", by, reasons);
        }
    }

    private void Close(ReplyStatus to, string? reasons, DateOnly today, Guid? userId, string by, DateTimeOffset now)
    {
        Status = to;
        DecidedOn = today;
        DecidedBy = by;
        DecidedByUserId = userId;
        Reasons = reasons;
        UpdatedAt = now;
    }

    private void AddEvent(DateOnly on, string what, string by, string? note) =>
        HistoryJson = ChildRecordsJson.Write(History.Append(new ReplyEvent(on, what, by, note)));
}
