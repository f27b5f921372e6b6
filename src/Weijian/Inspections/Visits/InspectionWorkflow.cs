using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Visits;

/// <summary>Where a visit stands: planned (targets merged, officers named), on site, completed.</summary>
public enum InspectionStatus
{
    Planned,
    InProgress,
    Completed,
}

/// <summary>Everything a user can do to a visit; each is one row of <see cref="InspectionWorkflow.Table"/>.</summary>
public enum InspectionAction
{
    Start,
    Record,
    AddEvidence,
    Complete,
    HandToEnforcement,
    Publish,
}

/// <summary>One row of the transition table (the shape of <c>Enforcement/PenaltyCases/CaseWorkflow</c>).</summary>
public sealed record InspectionTransition(InspectionAction Action, IReadOnlyList<InspectionStatus> From, InspectionStatus? To, IReadOnlyList<string> Roles, string Label);

/// <summary>
/// Workflow as data (DESIGN §5): this table drives <see cref="Inspection"/>, the buttons on the inspection page and the
/// table-driven test. Officers inspect; results are published by the 政务公开 clerk or an officer (R-INS-3).
/// </summary>
public static class InspectionWorkflow
{
    private static readonly string[] Officer = [Roles.Officer];

    public static readonly IReadOnlyList<InspectionTransition> Table =
    [
        new(InspectionAction.Start, [InspectionStatus.Planned], InspectionStatus.InProgress, Officer, "开始检查"),
        new(InspectionAction.Record, [InspectionStatus.InProgress], null, Officer, "记录检查情况"),
        new(InspectionAction.AddEvidence, [InspectionStatus.InProgress, InspectionStatus.Completed], null, Officer, "上传证据材料"),
        new(InspectionAction.Complete, [InspectionStatus.InProgress], InspectionStatus.Completed, Officer, "完成检查"),
        new(InspectionAction.HandToEnforcement, [InspectionStatus.Completed], null, Officer, "转立案"),
        new(InspectionAction.Publish, [InspectionStatus.Completed], null, [Roles.DisclosureClerk, Roles.Officer], "公示检查结果"),
    ];

    public static InspectionTransition Find(InspectionAction action) => Table.Single(t => t.Action == action);

    public static IEnumerable<InspectionTransition> AllowedFor(InspectionStatus status, Actor actor) =>
        Table.Where(t => t.From.Contains(status) && (actor.IsSystem || t.Roles.Any(actor.IsInRole)));

    /// <summary>Refuses an action the table does not allow: 409 from the wrong status, 403 for the wrong role.</summary>
    public static InspectionTransition Check(InspectionAction action, InspectionStatus status, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var t = Find(action);
        if (!t.From.Contains(status))
        {
            throw DomainRuleException.Conflict("inspection.action-not-allowed", $"检查处于“{InspectionVisitNames.Of(status)}”状态，不能执行“{t.Label}”");
        }

        if (!actor.IsSystem && !t.Roles.Any(actor.IsInRole))
        {
            throw DomainRuleException.Forbidden("inspection.role-not-allowed", $"“{t.Label}”须由{string.Join("或", t.Roles.Select(Roles.ChineseName))}办理");
        }

        return t;
    }
}
