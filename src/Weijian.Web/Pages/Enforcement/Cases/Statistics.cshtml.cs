using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;

namespace Weijian.Web.Pages.Enforcement.Cases;

/// <summary>
/// 行政处罚案件统计: the year's figures of the bureau by specialty with totals (R-PUB-5), and the decisions by their heaviest
/// penalty type for the 行政执法统计年报; every number comes from <see cref="CaseStatisticsHandler"/>.
/// </summary>
[Authorize(Roles = Roles.Officer + "," + Roles.BureauHead + "," + Roles.LegalReviewer + "," + Roles.SystemAdministrator)]
public sealed class StatisticsModel(CaseStatisticsHandler statistics, TimeProvider clock) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public CaseStatisticsView? Result { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>Nothing at all happened in the year: the page shows the empty state instead of a table of zeros.</summary>
    public bool Empty => Result is { } r && r.Total is { Filed: 0, Penalised: 0, NotPenalised: 0, Transfers: 0, HearingsHeld: 0, LegalReviews: 0, CollectiveDiscussions: 0, AvRequired: 0 };

    /// <summary>The penalty types any decision of the year was counted under (the 统计年报 columns worth showing).</summary>
    public IReadOnlyList<string> UsedTypes => Result is { } r ? [.. r.PenaltyTypes.Where(t => r.Total.ByHeaviestType.Any(c => c.Type == t && c.Count > 0))] : [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var thisYear = ChinaClock.Today(clock).Year;
        Years = [.. Enumerable.Range(thisYear - 4, 5).Reverse()];
        Result = await statistics.HandleAsync(new CaseStatistics(Year ?? thisYear), ct);
        return Page();
    });

    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    public static string Rate(decimal? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static int Count(CaseStatisticsRow row, string type) => row.ByHeaviestType.FirstOrDefault(c => c.Type == type)?.Count ?? 0;
}
