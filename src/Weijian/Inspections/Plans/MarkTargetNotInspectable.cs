using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Plans;

/// <summary>R-INS-7: a target is never deleted; when it cannot be inspected that is recorded with a reason.</summary>
public sealed record MarkTargetNotInspectable(Guid TargetId, string? Reason);

public sealed class MarkTargetNotInspectableHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<TargetView> HandleAsync(MarkTargetNotInspectable command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(PlanRoles.TaskWorkers);
        var orgId = db.Actor.RequireOrganization();
        var target = await db.Set<InspectionTarget>().SingleOrDefaultAsync(t => t.Id == command.TargetId, ct)
            ?? throw DomainRuleException.NotFound("inspection-target.not-found", "检查对象不存在或不属于本单位");
        target.MarkNotInspectable(command.Reason, ChinaClock.Today(clock), clock.GetUtcNow());
        db.Audit(orgId, InspectionAuditActions.TargetNotInspectable, InspectionAuditActions.TargetSubject, target.Id.ToString(), new
        {
            Entity = target.EntityName,
            Reason = target.ClosedReason,
        });
        await db.SaveChangesAsync(ct);
        return TaskQueries.Target(target, new Dictionary<Guid, string>());
    }
}
