using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Publicity.Officers;

/// <summary>Where a complaint about a visit stands: received → assigned to a handler → answered.</summary>
public enum ComplaintStatus
{
    Received,
    Assigned,
    Answered,
}

public enum ComplaintAction
{
    Assign,
    Answer,
}

public sealed record ComplaintTransition(ComplaintAction Action, IReadOnlyList<ComplaintStatus> From, ComplaintStatus To, IReadOnlyList<string> Roles, string Label);

/// <summary>
/// Workflow as data (the shape of <c>CaseWorkflow</c>): the bureau head assigns a handler who was not involved in the
/// visit (R-PEN-12 recusal applied to complaint handling), the handler answers. Drives the domain, the buttons and the test.
/// </summary>
public static class ComplaintWorkflow
{
    public static readonly IReadOnlyList<ComplaintTransition> Table =
    [
        new(ComplaintAction.Assign, [ComplaintStatus.Received, ComplaintStatus.Assigned], ComplaintStatus.Assigned, [Roles.BureauHead], "指定办理人"),
        new(ComplaintAction.Answer, [ComplaintStatus.Assigned], ComplaintStatus.Answered, [Roles.BureauHead, Roles.Officer, Roles.LegalReviewer, Roles.PetitionClerk, Roles.Supervisor], "答复投诉"),
    ];

    public static ComplaintTransition Find(ComplaintAction action) => Table.Single(t => t.Action == action);

    /// <summary>Refuses an action the table does not allow: 409 from the wrong status, 403 for the wrong role.</summary>
    public static ComplaintTransition Check(ComplaintAction action, ComplaintStatus status, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var t = Find(action);
        if (!t.From.Contains(status))
        {
            throw DomainRuleException.Conflict("visit-complaint.action-not-allowed", $"投诉处于“{VisitRatingNames.Of(status)}”状态，不能执行“{t.Label}”");
        }

        actor.Require([.. t.Roles]);
        return t;
    }
}

/// <summary>
/// 投诉: filed by the inspected entity with its rating; reaches the supervising level, never the inspecting officers.
/// Answered within the configured working days (<see cref="OfficerCodeRules.ComplaintReplyWorkingDays"/>, on 我的待办).
/// </summary>
public sealed class VisitComplaint : ITenantOwned
{
    public const int TextMax = 2000;

    private VisitComplaint()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid ConfirmationId { get; private set; }

    public Guid InspectionId { get; private set; }

    public string InspectionNumber { get; private set; } = "";

    public string Text { get; private set; } = "";

    public ComplaintStatus Status { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public DateOnly DueOn { get; private set; }

    public Guid? HandlerUserId { get; private set; }

    public string? HandlerName { get; private set; }

    public DateOnly? AssignedOn { get; private set; }

    public string? Reply { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool AnsweredLate => AnsweredOn is { } a && a > DueOn;

    public static VisitComplaint File(VisitConfirmation confirmation, string? text, DateOnly today, DateOnly due, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(confirmation);
        return new VisitComplaint
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = confirmation.OrganizationId,
            ConfirmationId = confirmation.Id,
            InspectionId = confirmation.InspectionId,
            InspectionNumber = confirmation.InspectionNumber,
            Text = Input.Text(text, "complaint", "投诉内容", TextMax),
            Status = ComplaintStatus.Received,
            ReceivedOn = today,
            DueOn = due,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// Assigns (or re-assigns) a handler. The handler must not have been involved in the visit: none of its officers
    /// (stable code <c>visit-complaint.handler-involved</c>).
    /// </summary>
    public void Assign(Guid handlerUserId, string handlerName, IReadOnlyCollection<Guid> involvedUserIds, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(involvedUserIds);
        ComplaintWorkflow.Check(ComplaintAction.Assign, Status, actor);
        if (involvedUserIds.Contains(handlerUserId))
        {
            throw new DomainRuleException("visit-complaint.handler-involved", $"{handlerName}参与了被投诉的检查{InspectionNumber}，应当回避，不能办理该投诉") { Fields = ["handlerUserId"] };
        }

        HandlerUserId = handlerUserId;
        HandlerName = handlerName;
        AssignedOn = today;
        Status = ComplaintStatus.Assigned;
        UpdatedAt = now;
    }

    /// <summary>The assigned handler answers with the reply text (once).</summary>
    public void Answer(string? reply, Actor actor, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ComplaintWorkflow.Check(ComplaintAction.Answer, Status, actor);
        if (!actor.IsSystem && actor.UserId != HandlerUserId)
        {
            throw DomainRuleException.Forbidden("visit-complaint.not-handler", $"该投诉由{HandlerName}办理，只有办理人可以答复");
        }

        Reply = Input.Text(reply, "reply", "答复内容", TextMax);
        AnsweredOn = today;
        AnsweredBy = actor.Name;
        Status = ComplaintStatus.Answered;
        UpdatedAt = now;
    }
}
