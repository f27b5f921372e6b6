using Weijian.Platform.Authorization;

namespace Weijian.Inspections.Plans;

/// <summary>Who plans, who works tasks. A plan is set by the level's administrator, head or supervisor (the province's
/// 上级监督 enters the national tasks, R-INS-4); officers and heads of a bureau work its tasks and draws.</summary>
public static class PlanRoles
{
    public static readonly string[] Planners = [Roles.SystemAdministrator, Roles.BureauHead, Roles.Supervisor];

    public static readonly string[] TaskWorkers = [Roles.Officer, Roles.BureauHead];

    public static bool CanPlan(Actor actor) => actor is not null && (actor.IsSystem || Planners.Any(actor.IsInRole));

    public static bool CanWork(Actor actor) => actor is not null && (actor.IsSystem || TaskWorkers.Any(actor.IsInRole));
}
