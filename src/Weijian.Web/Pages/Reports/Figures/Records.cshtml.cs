using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Rules;
using Weijian.Reports.Figures;

namespace Weijian.Web.Pages.Reports.Figures;

/// <summary>
/// A figure's drill-down (issue #8): the records it counted for the organisation (or subtree) and period, paged, optionally one
/// group of its breakdown, with the figure's definition and counting rule; the total shown is the figure.
/// </summary>
public sealed class RecordsModel(ListFigureRecordsHandler records) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Rollup { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PageSize { get; set; }

    public FigureRecordList? List { get; private set; }

    public Pager? Pager { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        if (string.IsNullOrWhiteSpace(Id))
        {
            throw DomainRuleException.NotFound("figures.unknown", "请从统计指标页选择一个指标");
        }

        List = await records.HandleAsync(new ListFigureRecords(Id, Org, From, To, Rollup, Group, PageNumber, PageSize), ct);
        Pager = Pager.From(
            List.Records, "/Reports/Figures/Records", PageSize, ("id", Id), ("org", List.OrganizationId.ToString()),
            ("from", List.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("to", List.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("rollup", Rollup ? "true" : null), ("group", Group));
        return Page();
    });
}
