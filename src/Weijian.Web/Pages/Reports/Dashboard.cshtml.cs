using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Authorization;
using Weijian.Reports.Dashboards;
using Weijian.Reports.Figures;

namespace Weijian.Web.Pages.Reports;

/// <summary>领导驾驶舱 (issue #8): a bureau head's or an upper-level supervisor's view of open clocks, key figures against last year, charts and subordinates.</summary>
[Authorize(Roles = Roles.BureauHead + "," + Roles.Supervisor + "," + Roles.SystemAdministrator)]
public sealed class DashboardModel(GetDashboardHandler dashboard) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Org { get; set; }

    /// <summary>Null when the organisation is not visible (the 404 page shows only the message).</summary>
    public DashboardView? View { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        View = await dashboard.HandleAsync(new GetDashboard(Org), ct);
        return Page();
    });

    /// <summary>The drill-down of a key figure for this year to date (or last year's like period).</summary>
    public string RecordsLink(string figureId, DateOnly from, DateOnly to) =>
        $"/Reports/Figures/Records?id={Uri.EscapeDataString(figureId)}&org={View!.OrganizationId}&rollup=true&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";

    public static string Value(FigureDefinition d, decimal? v) => SvgChart.Format(v, d.Kind == FigureKind.Rate ? "%" : d.Unit);
}
