using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Reports.AnnualReports;
using Weijian.Reports.Yearbook;

namespace Weijian.Web.Pages.Reports.AnnualReports;

/// <summary>法治政府建设年度报告 (R-PUB-3): the organisation's reports by year and version, drafting a new one, and the 行政执法统计年报 download.</summary>
public sealed class IndexModel(ListAnnualReportsHandler list, CreateAnnualReportHandler create, ComputeStatisticsYearbookHandler yearbook, TimeProvider clock) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public bool Rollup { get; set; }

    public Paged<AnnualReportSummary> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Reports/AnnualReports/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public int ThisYear => ChinaClock.Today(clock).Year;

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(page, pageSize, ct);
        return Page();
    });

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var report = await create.HandleAsync(new CreateAnnualReport(Year, Rollup), ct);
            SetFlash($"已起草{report.Year}年度报告，正文已按统计指标预填，请修改完善。");
            return RedirectToPage("/Reports/AnnualReports/Edit", new { id = report.Id });
        },
        () => LoadAsync(null, null, ct));

    /// <summary>行政执法统计年报 (.xlsx) of the organisation, or rolled up over its subtree.</summary>
    public Task<IActionResult> OnGetStatisticsAsync([FromQuery] bool rollup, CancellationToken ct) => RunAsync(
        async () =>
        {
            var book = await yearbook.HandleAsync(new ComputeStatisticsYearbook(null, Year ?? ThisYear - 1, rollup), ct);
            return File(StatisticsYearbookWorkbook.Write(book), StatisticsYearbookWorkbook.ContentType, ComputeStatisticsYearbookHandler.FileName(book));
        },
        () => LoadAsync(null, null, ct));

    private async Task LoadAsync(int? page, int? pageSize, CancellationToken ct)
    {
        Result = await list.HandleAsync(new ListAnnualReports(null, page, pageSize), ct);
        Pager = Pager.From(Result, "/Reports/AnnualReports/Index", pageSize);
    }
}
