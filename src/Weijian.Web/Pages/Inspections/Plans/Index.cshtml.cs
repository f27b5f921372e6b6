using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Plans;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Inspections.Plans;

/// <summary>抽查计划: my organisation's plans by year and status, paged.</summary>
public sealed class IndexModel(ListPlansHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public Paged<PlanSummary> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Inspections/Plans/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool Filtered => Year is not null || !string.IsNullOrWhiteSpace(Status);

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListPlans(Year, Status, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Inspections/Plans/Index", pageSize, ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("status", Status));
        return Page();
    });
}
