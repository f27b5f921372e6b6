using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Inspections.Plans;

internal static class PlanQueries
{
    public static DomainRuleException NotFound() => DomainRuleException.NotFound("inspection-plan.not-found", "抽查计划不存在或不属于本单位");

    public static async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(WeijianDb db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Organizations.IgnoreQueryFilters().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }
}

/// <summary>One plan of the actor's organisation, with the bureaus it went to.</summary>
public sealed record GetPlan(Guid Id);

public sealed class GetPlanHandler(WeijianDb db)
{
    public async Task<PlanView> HandleAsync(GetPlan query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var plan = await db.Set<InspectionPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, ct) ?? throw PlanQueries.NotFound();
        return PlanView.From(plan, await PlanQueries.NamesAsync(db, plan.IssuedTo, ct));
    }
}

/// <summary>The actor's organisation's plans, newest year first; filter by year and status; paged.</summary>
public sealed record ListPlans(int? Year = null, string? Status = null, int? Page = 1, int? PageSize = 20);

public sealed class ListPlansHandler(WeijianDb db)
{
    public async Task<Paged<PlanSummary>> HandleAsync(ListPlans query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var q = db.Set<InspectionPlan>().AsNoTracking();
        if (query.Year is { } y)
        {
            q = q.Where(p => p.Year == y);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            var status = InspectionNames.Parse<PlanStatus>(query.Status, InspectionNames.Of, "status", "计划状态");
            q = q.Where(p => p.Status == status);
        }

        var page = await Paged.FromQueryAsync(q.OrderByDescending(p => p.Year).ThenByDescending(p => p.CreatedAt), query.Page, query.PageSize, ct);
        return new Paged<PlanSummary>(page.Items.Select(PlanSummary.From).ToList(), page.Total, page.Page, page.PageSize);
    }
}

/// <summary>The items a plan of the actor's organisation can take (own 随机抽查事项清单 in force, else the national starter list).</summary>
public sealed record ListPlanItems;

public sealed class ListPlanItemsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<PlanItemView>> HandleAsync(ListPlanItems query, CancellationToken ct)
    {
        db.Actor.RequireOrganization();
        return (await PlanItemSource.AvailableAsync(db, ChinaClock.Today(clock), ct)).Select(PlanItemView.From).ToList();
    }
}
