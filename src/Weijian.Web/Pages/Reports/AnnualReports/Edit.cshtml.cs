using System.Net;
using Microsoft.AspNetCore.Mvc;
using Weijian.Reports.AnnualReports;
using Weijian.Reports.Figures;

namespace Weijian.Web.Pages.Reports.AnnualReports;

/// <summary>
/// One report: its five sections (R-PUB-3) editable while a draft, the catalogue's figures at the side (clicking one
/// inserts its token), the preview with live values each linking to its drill-down, and the actions the transition table
/// allows (定稿签发 for the head, 更正), the .docx and the verification link.
/// </summary>
public sealed class EditModel(
    GetAnnualReportHandler get, EditAnnualReportSectionHandler edit, FinaliseAnnualReportHandler finalise, CorrectAnnualReportHandler correct,
    DownloadAnnualReportHandler download, ComputeFiguresHandler figures) : WeijianPageModel
{
    [BindProperty]
    public string? Section { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public AnnualReportView? Report { get; private set; }

    public FigureSet? Catalogue { get; private set; }

    public bool Allowed(AnnualReportAction action) => Report?.Actions.Contains(action.ToString()) == true;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(id, ct);
        return Page();
    });

    public Task<IActionResult> OnPostSectionAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var saved = await edit.HandleAsync(new EditAnnualReportSection(id, Section, Text), ct);
            SetFlash($"已保存“{saved.Sections.First(s => s.Key == Section).Heading}”。");
            return RedirectToPage(new { id });
        },
        () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostFinaliseAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var done = await finalise.HandleAsync(new FinaliseAnnualReport(id), ct);
            SetFlash($"{done.Year}年度报告已定稿签发，统计指标值已冻结。");
            return RedirectToPage(new { id });
        },
        () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostCorrectAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var next = await correct.HandleAsync(new CorrectAnnualReport(id, Reason), ct);
            SetFlash($"已建立第{next.Version}版（更正稿），原版本保留。");
            return RedirectToPage(new { id = next.Id });
        },
        () => LoadAsync(id, ct));

    public Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        var file = await download.HandleAsync(new DownloadAnnualReport(id), ct);
        return File(file.Content, file.ContentType, file.FileName);
    });

    /// <summary>The section's text as HTML with each figure's value linked to the records it counts (the drill-down).</summary>
    public string PreviewHtml(AnnualReportSectionView section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var r = Report!;
        var values = r.Figures.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var encoded = WebUtility.HtmlEncode(section.Text);
        var html = AnnualReportText.Substitute(encoded, t =>
        {
            if (!values.TryGetValue(t.Id, out var f) || !f.InCatalogue)
            {
                return WebUtility.HtmlEncode(AnnualReportText.Absent);
            }

            var year = t.Previous ? r.Year - 1 : r.Year;
            var href = $"/Reports/Figures/Records?id={Uri.EscapeDataString(t.Id)}&org={r.OrganizationId}&from={year}-01-01&to={year}-12-31&rollup={(r.Rollup ? "true" : "false")}";
            var text = t.Previous ? f.PreviousText : f.CurrentText;
            return $"<a class=\"figure\" href=\"{WebUtility.HtmlEncode(href)}\" title=\"{WebUtility.HtmlEncode(f.Name)}\">{WebUtility.HtmlEncode(text)}</a>";
        });
        return string.Join("", html.Split('\n').Select(p => $"<p>{p}</p>"));
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Report = await get.HandleAsync(new GetAnnualReport(id), ct);
        if (Report.Live)
        {
            Catalogue = await figures.HandleAsync(new ComputeFigures(Report.OrganizationId, new DateOnly(Report.Year, 1, 1), new DateOnly(Report.Year, 12, 31), Report.Rollup), ct);
        }
    }
}
