using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Visits;

namespace Weijian.Web.Pages.Inspections;

/// <summary>检查统计 of the bureau for a year: completion, publication and on-time publication (R-INS-3) per task, and visits saved by 综合查一次 (R-INS-1).</summary>
public sealed class StatisticsModel(InspectionStatisticsHandler statistics) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public InspectionStatisticsView? View { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        View = await statistics.HandleAsync(new InspectionStatistics(Year), ct);
        return Page();
    });
}
