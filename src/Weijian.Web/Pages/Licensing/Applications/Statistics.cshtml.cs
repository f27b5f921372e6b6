using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Applications;

namespace Weijian.Web.Pages.Licensing.Applications;

/// <summary>许可统计 of a year: counts, on-time rate, per-item compression ratio and average days, and 好差评 per item and clerk.</summary>
public sealed class StatisticsModel(LicensingStatisticsHandler statistics) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public LicensingStatisticsView? Result { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Result = await statistics.HandleAsync(new LicensingStatistics(Year), ct);
        return Page();
    });
}
