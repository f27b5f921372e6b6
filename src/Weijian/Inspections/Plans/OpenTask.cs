using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Inspections.Plans;

/// <summary>
/// 新建非随机检查任务: a complaint (投诉举报), a referral (交办/转办), a follow-up (复查), a licensing site check or a special
/// campaign, each with its reason (R-INS-9 exempts several from the yearly cap, so the reason is what justifies it),
/// naming the target entities and at least two eligible officers (R-OFF-1, R-PEN-12: valid 执法证, specialty, no conflict).
/// </summary>
public sealed record OpenTask(
    string? Kind, string? Title, string? Reason, DateOnly? Deadline, IReadOnlyList<Guid>? EntityIds, IReadOnlyList<Guid>? OfficerIds,
    IReadOnlyList<string>? ItemCodes = null);

public sealed class OpenTaskHandler(WeijianDb db, TimeProvider clock)
{
    public const int MaxTargets = 200;

    public async Task<TaskView> HandleAsync(OpenTask command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(PlanRoles.TaskWorkers);
        var orgId = db.Actor.RequireOrganization();
        var kind = InspectionNames.Parse<InspectionKind>(command.Kind, InspectionNames.Of, "kind", "检查类型");
        if (kind == InspectionKind.Random)
        {
            throw Input.Invalid("inspection-task.random-needs-plan", "kind", "双随机抽查任务由抽查计划下达，不能直接新建");
        }

        var title = Input.Text(command.Title, "title", "任务名称", InspectionPlan.TitleMax);
        var reason = Input.Text(command.Reason, "reason", "检查原因（如投诉编号、交办文号）", InspectionTask.ReasonMax);
        var today = ChinaClock.Today(clock);
        var deadline = Input.Required(command.Deadline, "deadline", "完成时限");
        if (deadline < today)
        {
            throw Input.Invalid("validation.deadline", "deadline", "完成时限不能早于今天");
        }

        var entityIds = (command.EntityIds ?? []).Distinct().ToList();
        if (entityIds.Count == 0 || entityIds.Count > MaxTargets)
        {
            throw Input.Invalid("validation.required", "entityIds", $"请选择1至{MaxTargets}个检查对象");
        }

        var entities = await db.Set<RegulatedEntity>().AsNoTracking().Where(e => entityIds.Contains(e.Id)).ToListAsync(ct);
        if (entities.Count != entityIds.Count)
        {
            throw Input.Invalid("entity.not-found", "entityIds", "检查对象不存在或不属于本单位");
        }

        var officerIds = (command.OfficerIds ?? []).Distinct().ToList();
        var officers = await db.Set<Officer>().AsNoTracking().Where(o => officerIds.Contains(o.Id)).ToListAsync(ct);
        foreach (var e in entities)
        {
            // R-OFF-1, R-PEN-12: at least two officers, each with a valid credential, the specialty, and no conflict with this entity.
            var refused = officers.Select(o => o.EligibilityOn(today, e.Specialty, e.Id)).Where(x => !x.Eligible).ToList();
            if (officers.Count < 2 || officers.Count != officerIds.Count || refused.Count > 0)
            {
                var why = refused.Count > 0 ? "：" + string.Join("；", refused.Select(r => r.Reasons[0].Message)) : "";
                throw Input.Invalid("inspection.two-eligible-officers", "officerIds", $"检查“{e.Name}”须有至少两名具备资格的执法人员（R-OFF-1）{why}");
            }
        }

        var itemCodes = (command.ItemCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var available = await PlanItemSource.AvailableAsync(db, today, ct);
        var items = available.Where(i => itemCodes.Contains(i.Code)).ToList();
        if (items.Count != itemCodes.Count)
        {
            throw Input.Invalid("inspection-plan.unknown-item", "itemCodes", "随机抽查事项清单中没有所选事项");
        }

        var now = clock.GetUtcNow();
        var task = InspectionTask.Open(orgId, title, today.Year, kind, reason, deadline, items, now, db.Actor.Name);
        db.Set<InspectionTask>().Add(task);
        foreach (var e in entities.OrderBy(e => entityIds.IndexOf(e.Id)))
        {
            var codes = items.Count > 0 ? items.Where(i => i.Specialty == e.Specialty).Select(i => i.Code) : [];
            db.Set<InspectionTarget>().Add(InspectionTarget.Create(task, e.Id, e.Name, e.Specialty, null, reason, codes, null, officerIds, now));
        }

        db.Audit(orgId, InspectionAuditActions.TaskOpened, InspectionAuditActions.TaskSubject, task.Id.ToString(), new
        {
            task.Title,
            Kind = InspectionNames.Of(kind),
            Reason = reason,
            Deadline = deadline,
            Entities = entities.Select(e => e.Name).ToList(),
        });
        await db.SaveChangesAsync(ct);
        return await TaskQueries.ViewAsync(db, task, ct);
    }
}

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
