using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Enforcement.Cases;

/// <summary>案件办理: the organisation's penalty cases, filtered by stage, specialty, year, keyword, "mine" and overdue, paged.</summary>
public sealed class IndexModel(ListPenaltyCasesHandler list, TimeProvider clock) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Specialty { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    public Paged<PenaltyCaseListItem> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Enforcement/Cases/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool Filtered => Mine || Overdue || Year is not null || new[] { Status, Specialty, Q }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>受理年度 choices: this year and the nine before.</summary>
    public IEnumerable<int> Years => Enumerable.Range(0, 10).Select(i => ChinaClock.Today(clock).Year - i);

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListPenaltyCases(Status, Specialty, Year, Q, Mine, Overdue, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Enforcement/Cases/Index", pageSize, Query().ToArray());
        return Page();
    });

    private IEnumerable<(string Key, string? Value)> Query()
    {
        yield return ("status", Status);
        yield return ("specialty", Specialty);
        yield return ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("q", Q);
        yield return ("mine", Mine ? "true" : null);
        yield return ("overdue", Overdue ? "true" : null);
    }
}
