using System.Text.Json;
using Weijian.Platform.Calendar;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Platform.Deadlines;

/// <summary>
/// A running legal clock on a record (a license application's 20 working days, a penalty case's service window …),
/// assigned to the user who must act. Modules open clocks; "我的待办" lists the open ones. The due date is always
/// computed by <see cref="Deadline.Compute"/> from the official calendar, never typed in.
/// </summary>
public sealed class DeadlineClock : ITenantOwned
{
    private DeadlineClock()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid? AssigneeId { get; private set; }

    public string SubjectType { get; private set; } = "";

    public string SubjectId { get; private set; } = "";

    /// <summary>What must be done by the due date, e.g. "作出行政许可决定".</summary>
    public string Title { get; private set; } = "";

    public string RuleId { get; private set; } = "";

    public string LegalBasis { get; private set; } = "";

    public DeadlineUnit Unit { get; private set; }

    public int Count { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly Due { get; private set; }

    public string PausesJson { get; private set; } = "[]";

    public string RuleApplied { get; private set; } = "";

    public DeadlineStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CloseReason { get; private set; }

    public IReadOnlyList<PausedInterval> Pauses => JsonSerializer.Deserialize<List<PausedInterval>>(PausesJson) ?? [];

    public static DeadlineClock Open(
        Guid organizationId, Guid? assigneeId, string subjectType, string subjectId, string title, Deadline deadline, DateTimeOffset now)
    {
        var clock = new DeadlineClock
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            AssigneeId = assigneeId,
            SubjectType = subjectType,
            SubjectId = subjectId,
            Title = Input.Text(title, "title", "期限事项", 200),
            Status = DeadlineStatus.Open,
            OpenedAt = now,
        };
        clock.Apply(deadline);
        return clock;
    }

    public Deadline ToDeadline(BusinessCalendar calendar) =>
        Deadline.Compute(calendar, RuleId, LegalBasis, Start, Count, Unit, Pauses);

    /// <summary>Time the law excludes (hearing, testing, appraisal) stops the clock; the due date moves accordingly.</summary>
    public void Pause(BusinessCalendar calendar, PausedInterval pause)
    {
        EnsureOpen();
        Apply(ToDeadline(calendar).WithPause(calendar, pause));
    }

    public void Close(DeadlineStatus outcome, string? reason, DateTimeOffset now)
    {
        EnsureOpen();
        if (outcome == DeadlineStatus.Open)
        {
            throw new ArgumentException("A clock closes as Met or Cancelled.", nameof(outcome));
        }

        Status = outcome;
        CloseReason = reason;
        ClosedAt = now;
    }

    public bool IsOverdue(DateOnly today) => Status == DeadlineStatus.Open && today > Due;

    private void Apply(Deadline d)
    {
        RuleId = d.RuleId;
        LegalBasis = d.LegalBasis;
        Unit = d.Unit;
        Count = d.Count;
        Start = d.Start;
        Due = d.Due;
        PausesJson = JsonSerializer.Serialize(d.Pauses);
        RuleApplied = d.RuleApplied;
    }

    private void EnsureOpen()
    {
        if (Status != DeadlineStatus.Open)
        {
            throw DomainRuleException.Conflict("deadline.closed", "该期限已结束，不能再变更");
        }
    }
}

public enum DeadlineStatus
{
    Open,
    Met,
    Cancelled,
}
