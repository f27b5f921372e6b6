using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Plans;

/// <summary>
/// 下达计划 (R-INS-4): freezes a draft plan and creates an <see cref="InspectionTask"/> in every active county bureau of the
/// planning organisation's subtree, through the explicit push-down path (<see cref="OrganizationScope.PushDownToBureausAsync"/>);
/// each bureau's chain records that it received the task.
/// </summary>
public sealed record IssuePlan(Guid PlanId);

public sealed class IssuePlanHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<PlanView> HandleAsync(IssuePlan command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(PlanRoles.Planners);
        db.Actor.RequireOrganization();
        var plan = await db.Set<InspectionPlan>().SingleOrDefaultAsync(p => p.Id == command.PlanId, ct)
            ?? throw PlanQueries.NotFound();
        if (plan.Status != PlanStatus.Draft)
        {
            throw DomainRuleException.Conflict("inspection-plan.not-draft", $"计划已{InspectionNames.Of(plan.Status)}，不能再次下达");
        }

        var bureaus = await OrganizationScope.PushDownToBureausAsync(db, ct);
        if (bureaus.Count == 0)
        {
            throw DomainRuleException.Conflict("inspection-plan.no-bureaus", "本单位下没有可接收任务的区县卫生健康局");
        }

        var now = clock.GetUtcNow();
        var today = ChinaClock.Today(clock);
        foreach (var bureau in bureaus)
        {
            var task = InspectionTask.FromPlan(plan, bureau.Id, now, db.Actor.Name);
            db.Set<InspectionTask>().Add(task);
            db.Audit(bureau.Id, InspectionAuditActions.TaskAssigned, InspectionAuditActions.TaskSubject, task.Id.ToString(), new
            {
                task.Title,
                Plan = plan.Id,
                Level = InspectionNames.Of(plan.Level),
                Deadline = task.Deadline,
            });
        }

        plan.MarkIssued(bureaus.Select(b => b.Id), today, now);
        db.Audit(plan.OrganizationId, InspectionAuditActions.PlanIssued, InspectionAuditActions.PlanSubject, plan.Id.ToString(), new
        {
            plan.Title,
            Bureaus = bureaus.Select(b => b.Name).ToList(),
        });
        await db.SaveChangesAsync(ct);
        return PlanView.From(plan, bureaus.ToDictionary(b => b.Id, b => b.Name));
    }
}
