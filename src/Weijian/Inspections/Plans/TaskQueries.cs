using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Draws;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Inspections.Plans;

internal static class TaskQueries
{
    public static DomainRuleException NotFound() => DomainRuleException.NotFound("inspection-task.not-found", "检查任务不存在或不属于本单位");

    public static async Task<TaskView> ViewAsync(WeijianDb db, InspectionTask t, CancellationToken ct)
    {
        var targets = await db.Set<InspectionTarget>().AsNoTracking().Where(x => x.TaskId == t.Id).OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToListAsync(ct);
        var officerIds = targets.SelectMany(x => x.OfficerIds).Distinct().ToList();
        var officers = officerIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Set<Officer>().AsNoTracking().Where(o => officerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var draws = await db.Set<RandomDraw>().AsNoTracking().Where(d => d.TaskId == t.Id).OrderBy(d => d.Round).ToListAsync(ct);
        var planOrg = t.PlanOrganizationId is { } p ? (await PlanQueries.NamesAsync(db, [p], ct)).GetValueOrDefault(p) : null;
        return new TaskView(
            t.Id, t.PlanId, planOrg, t.Title, t.Year, t.Level, InspectionNames.Of(t.Level), t.Kind, InspectionNames.Of(t.Kind), t.Reason, t.Deadline, t.Status,
            InspectionNames.Of(t.Status), t.Items.Select(PlanItemView.From).ToList(), t.Strata.Select(PlanStratumView.From).ToList(),
            t.RiskWeights.Select(RiskWeightView.From).ToList(),
            targets.Select(x => Target(x, officers)).ToList(),
            draws.Select(d => new TaskDrawRef(d.Id, d.Round, d.Status.ToString(), DrawNames.Of(d.Status), d.RedrawReason, d.CommittedAt)).ToList(),
            t.CreatedAt, t.CreatedBy);
    }

    public static TargetView Target(InspectionTarget x, IReadOnlyDictionary<Guid, string> officers) => new(
        x.Id, x.EntityId, x.EntityName, x.Specialty, Specialties.ChineseName(x.Specialty), x.Stratum, x.Kind, x.Reason, x.ItemCodes, x.DrawId,
        x.OfficerIds.Select(o => new OfficerRef(o, officers.GetValueOrDefault(o, ""))).ToList(), x.DueBy, x.Status, InspectionNames.Of(x.Status),
        x.InspectionId, x.ClosedOn, x.ClosedReason);
}

/// <summary>One task of the actor's bureau with its targets (and their officers) and its draw rounds.</summary>
public sealed record GetTask(Guid Id);

public sealed class GetTaskHandler(WeijianDb db)
{
    public async Task<TaskView> HandleAsync(GetTask query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var task = await db.Set<InspectionTask>().AsNoTracking().SingleOrDefaultAsync(t => t.Id == query.Id, ct) ?? throw TaskQueries.NotFound();
        return await TaskQueries.ViewAsync(db, task, ct);
    }
}

/// <summary>The bureau's tasks: filter by year, kind, status and a title fragment; nearest deadline first; paged.</summary>
public sealed record ListTasks(int? Year = null, string? Kind = null, string? Status = null, string? Title = null, int? Page = 1, int? PageSize = 20);

public sealed class ListTasksHandler(WeijianDb db)
{
    public async Task<Paged<TaskSummary>> HandleAsync(ListTasks query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var q = db.Set<InspectionTask>().AsNoTracking();
        if (query.Year is { } y)
        {
            q = q.Where(t => t.Year == y);
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = InspectionNames.Parse<InspectionKind>(query.Kind, InspectionNames.Of, "kind", "检查类型");
            q = q.Where(t => t.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = InspectionNames.Parse<InspectionTaskStatus>(query.Status, InspectionNames.Of, "status", "任务状态");
            q = q.Where(t => t.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Title))
        {
            var pattern = "%" + query.Title.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            q = q.Where(t => EF.Functions.Like(t.Title, pattern, "\\"));
        }

        var page = await Paged.FromQueryAsync(q.OrderBy(t => t.Deadline).ThenByDescending(t => t.CreatedAt), query.Page, query.PageSize, ct);
        var ids = page.Items.Select(t => t.Id).ToList();
        var counts = await db.Set<InspectionTarget>().AsNoTracking().Where(x => ids.Contains(x.TaskId))
            .GroupBy(x => x.TaskId).Select(g => new { g.Key, Total = g.Count(), Open = g.Count(x => x.Status == TargetStatus.Open) })
            .ToDictionaryAsync(g => g.Key, ct);
        return new Paged<TaskSummary>(
            page.Items.Select(t => new TaskSummary(
                t.Id, t.Title, t.Year, t.Level, InspectionNames.Of(t.Level), t.Kind, InspectionNames.Of(t.Kind), t.Reason, t.Deadline, t.Status,
                InspectionNames.Of(t.Status), t.PlanId is not null, counts.GetValueOrDefault(t.Id)?.Total ?? 0, counts.GetValueOrDefault(t.Id)?.Open ?? 0)).ToList(),
            page.Total, page.Page, page.PageSize);
    }
}
