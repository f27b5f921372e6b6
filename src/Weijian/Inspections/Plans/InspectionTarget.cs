using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Plans;

/// <summary>
/// One entity to inspect under one task: drawn (双随机, with the draw that chose it and its officers) or named for a
/// non-random inspection. A target is never deleted (R-INS-7): it ends inspected — by an inspection that may cover
/// several targets of the same entity at once (综合查一次, R-INS-1/R-INS-4) — or not inspectable, with a reason.
/// </summary>
public sealed class InspectionTarget : ITenantOwned
{
    public const int ReasonMax = 500;

    private InspectionTarget()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid TaskId { get; private set; }

    public Guid EntityId { get; private set; }

    public string EntityName { get; private set; } = "";

    public Specialty Specialty { get; private set; }

    /// <summary>The stratum label the entity was drawn in (<see cref="PlanStratum.Label"/>); null when not drawn.</summary>
    public string? Stratum { get; private set; }

    /// <summary>Kind of the task, copied so that the cap and merging queries need no join (R-INS-9).</summary>
    public InspectionKind Kind { get; private set; }

    /// <summary>Why this entity (non-random kinds), e.g. 投诉编号 12345-2026-0031.</summary>
    public string? Reason { get; private set; }

    /// <summary>The plan items to check on this target (codes of the 随机抽查事项清单).</summary>
    public string ItemCodesJson { get; private set; } = "[]";

    /// <summary>The draw that selected it, if any (its record holds the ticket).</summary>
    public Guid? DrawId { get; private set; }

    /// <summary>The officers assigned by the draw (R-OFF-1: at least two), or named for a non-random inspection.</summary>
    public string OfficerIdsJson { get; private set; } = "[]";

    public DateOnly DueBy { get; private set; }

    public TargetStatus Status { get; private set; }

    /// <summary>The inspection that covers this target (set when the visit is planned; 综合查一次 covers several).</summary>
    public Guid? InspectionId { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosedReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<string> ItemCodes => ChildRecordsJson.List<string>(ItemCodesJson);

    public IReadOnlyList<Guid> OfficerIds => ChildRecordsJson.List<Guid>(OfficerIdsJson);

    public static InspectionTarget Create(
        InspectionTask task, Guid entityId, string entityName, Specialty specialty, string? stratum, string? reason,
        IEnumerable<string> itemCodes, Guid? drawId, IEnumerable<Guid> officerIds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new InspectionTarget
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = task.OrganizationId,
            TaskId = task.Id,
            EntityId = entityId,
            EntityName = entityName,
            Specialty = specialty,
            Stratum = stratum,
            Kind = task.Kind,
            Reason = reason ?? task.Reason,
            ItemCodesJson = ChildRecordsJson.Write(itemCodes),
            DrawId = drawId,
            OfficerIdsJson = ChildRecordsJson.Write(officerIds),
            DueBy = task.Deadline,
            Status = TargetStatus.Open,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>A visit now covers this target (综合查一次 merges several targets of one entity into one inspection).</summary>
    public void AttachTo(Guid inspectionId, DateTimeOffset now)
    {
        if (Status != TargetStatus.Open)
        {
            throw DomainRuleException.Conflict("inspection-target.not-open", $"检查对象“{EntityName}”已{InspectionNames.Of(Status)}，不能再安排检查");
        }

        InspectionId = inspectionId;
        UpdatedAt = now;
    }

    public void MarkInspected(DateOnly on, DateTimeOffset now)
    {
        Status = TargetStatus.Inspected;
        ClosedOn = on;
        UpdatedAt = now;
    }

    /// <summary>R-INS-7: a target is not deleted; when it cannot be inspected that is recorded with a reason and counted.</summary>
    public void MarkNotInspectable(string? reason, DateOnly on, DateTimeOffset now)
    {
        if (Status != TargetStatus.Open)
        {
            throw DomainRuleException.Conflict("inspection-target.not-open", $"检查对象“{EntityName}”已{InspectionNames.Of(Status)}");
        }

        ClosedReason = Input.Text(reason, "reason", "无法检查的原因", ReasonMax);
        Status = TargetStatus.NotInspectable;
        ClosedOn = on;
        UpdatedAt = now;
    }

    /// <summary>Replaces the officers (R-INS-4: reassignment after the draw is limited and recorded by the caller).</summary>
    public void AssignOfficers(IEnumerable<Guid> officerIds, DateTimeOffset now)
    {
        OfficerIdsJson = ChildRecordsJson.Write(officerIds);
        UpdatedAt = now;
    }
}
