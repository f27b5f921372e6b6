using Weijian.Platform.Persistence;
using Weijian.Platform.Tenancy;

namespace Weijian.Inspections.Plans;

/// <summary>
/// 抽查任务 of one bureau: either pushed down from an <see cref="InspectionPlan"/> (with a snapshot of its items,
/// strata and weights, since the bureau cannot read the plan row of a higher level) or opened by the bureau itself for
/// a non-random inspection (complaint, referral, follow-up, licensing site check, campaign) with its reason (R-INS-9).
/// Its targets are <see cref="InspectionTarget"/> rows, never deleted (R-INS-7).
/// </summary>
public sealed class InspectionTask : ITenantOwned
{
    public const int ReasonMax = 500;

    private InspectionTask()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>The plan this task came from; null for a task the bureau opened itself.</summary>
    public Guid? PlanId { get; private set; }

    /// <summary>The organisation that set the plan (for the task's source line).</summary>
    public Guid? PlanOrganizationId { get; private set; }

    public string Title { get; private set; } = "";

    public int Year { get; private set; }

    public PlanLevel Level { get; private set; }

    public InspectionKind Kind { get; private set; }

    /// <summary>Why a non-random inspection happens (complaint number, referral document …); required for those kinds.</summary>
    public string? Reason { get; private set; }

    public DateOnly Deadline { get; private set; }

    public InspectionTaskStatus Status { get; private set; }

    public string ItemsJson { get; private set; } = "[]";

    public string StrataJson { get; private set; } = "[]";

    public string RiskWeightsJson { get; private set; } = "[]";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<PlanItem> Items => ChildRecordsJson.List<PlanItem>(ItemsJson);

    public IReadOnlyList<PlanStratum> Strata => ChildRecordsJson.List<PlanStratum>(StrataJson);

    public IReadOnlyList<RiskWeight> RiskWeights => ChildRecordsJson.List<RiskWeight>(RiskWeightsJson);

    public static InspectionTask FromPlan(InspectionPlan plan, Guid bureauId, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new InspectionTask
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = bureauId,
            PlanId = plan.Id,
            PlanOrganizationId = plan.OrganizationId,
            Title = plan.Title,
            Year = plan.Year,
            Level = plan.Level,
            Kind = plan.Kind,
            Deadline = plan.Deadline,
            Status = InspectionTaskStatus.Assigned,
            ItemsJson = plan.ItemsJson,
            StrataJson = plan.StrataJson,
            RiskWeightsJson = plan.RiskWeightsJson,
            CreatedAt = now,
            CreatedBy = by,
            UpdatedAt = now,
        };
    }

    public static InspectionTask Open(
        Guid organizationId, string title, int year, InspectionKind kind, string? reason, DateOnly deadline,
        IEnumerable<PlanItem> items, DateTimeOffset now, string by) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Title = title,
            Year = year,
            Level = PlanLevel.County,
            Kind = kind,
            Reason = reason,
            Deadline = deadline,
            Status = InspectionTaskStatus.InProgress,
            ItemsJson = ChildRecordsJson.Write(items),
            CreatedAt = now,
            CreatedBy = by,
            UpdatedAt = now,
        };

    public void MarkInProgress(DateTimeOffset now)
    {
        Status = InspectionTaskStatus.InProgress;
        UpdatedAt = now;
    }

    public void MarkCompleted(DateTimeOffset now)
    {
        Status = InspectionTaskStatus.Completed;
        UpdatedAt = now;
    }
}
