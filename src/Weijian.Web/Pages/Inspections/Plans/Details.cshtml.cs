using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Plans;

namespace Weijian.Web.Pages.Inspections.Plans;

/// <summary>A plan: items, strata, weights, the bureaus it went to; 下达 while it is a draft.</summary>
public sealed class DetailsModel(GetPlanHandler get, IssuePlanHandler issue) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PlanView? Plan { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Plan = await get.HandleAsync(new GetPlan(Id), ct);
        return Page();
    });

    public Task<IActionResult> OnPostIssueAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var plan = await issue.HandleAsync(new IssuePlan(Id), ct);
            SetFlash($"计划已下达至 {plan.IssuedTo.Count} 个区县卫生健康局。");
            return RedirectToPage("/Inspections/Plans/Details", new { id = Id });
        },
        async () => Plan = await get.HandleAsync(new GetPlan(Id), ct));
}
