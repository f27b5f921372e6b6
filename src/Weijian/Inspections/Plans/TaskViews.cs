using Weijian.Registry.Entities;

namespace Weijian.Inspections.Plans;

public sealed record TaskSummary(
    Guid Id, string Title, int Year, PlanLevel Level, string LevelName, InspectionKind Kind, string KindName, string? Reason, DateOnly Deadline,
    InspectionTaskStatus Status, string StatusName, bool FromPlan, int Targets, int OpenTargets);

public sealed record OfficerRef(Guid Id, string Name);

public sealed record TargetView(
    Guid Id, Guid EntityId, string EntityName, Specialty Specialty, string SpecialtyName, string? Stratum, InspectionKind Kind, string? Reason,
    IReadOnlyList<string> ItemCodes, Guid? DrawId, IReadOnlyList<OfficerRef> Officers, DateOnly DueBy, TargetStatus Status, string StatusName,
    Guid? InspectionId, DateOnly? ClosedOn, string? ClosedReason);

/// <summary>A round of the task's draw, as listed on the task.</summary>
public sealed record TaskDrawRef(Guid Id, int Round, string Status, string StatusName, string? RedrawReason, DateTimeOffset CommittedAt);

public sealed record TaskView(
    Guid Id, Guid? PlanId, string? PlanOrganizationName, string Title, int Year, PlanLevel Level, string LevelName, InspectionKind Kind, string KindName,
    string? Reason, DateOnly Deadline, InspectionTaskStatus Status, string StatusName, IReadOnlyList<PlanItemView> Items,
    IReadOnlyList<PlanStratumView> Strata, IReadOnlyList<RiskWeightView> RiskWeights, IReadOnlyList<TargetView> Targets,
    IReadOnlyList<TaskDrawRef> Draws, DateTimeOffset CreatedAt, string CreatedBy);
