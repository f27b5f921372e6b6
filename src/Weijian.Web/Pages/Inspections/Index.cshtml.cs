using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Visits;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Inspections;

/// <summary>检查记录 (and 我的检查 with mine=true): the bureau's visits filtered by status, conclusion, year, keyword, pending publication and missing A/V, paged.</summary>
public sealed class IndexModel(ListInspectionsHandler list, TimeProvider clock) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Conclusion { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unpublished { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool AvMissing { get; set; }

    public Paged<InspectionListItem> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Inspections/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool Filtered => Mine || Unpublished || AvMissing || Year is not null || new[] { Status, Conclusion, Q }.Any(v => !string.IsNullOrWhiteSpace(v));

    public IEnumerable<int> Years => Enumerable.Range(0, 5).Select(i => ChinaClock.Today(clock).Year - i);

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListInspections(Status, Conclusion, Year, Q, Mine, Unpublished, AvMissing, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Inspections/Index", pageSize, Query().ToArray());
        return Page();
    });

    private IEnumerable<(string Key, string? Value)> Query()
    {
        yield return ("status", Status);
        yield return ("conclusion", Conclusion);
        yield return ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("q", Q);
        yield return ("mine", Mine ? "true" : null);
        yield return ("unpublished", Unpublished ? "true" : null);
        yield return ("avMissing", AvMissing ? "true" : null);
    }
}
