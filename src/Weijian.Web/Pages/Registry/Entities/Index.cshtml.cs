using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.Web.Pages.Registry.Entities;

/// <summary>监管对象名录库: my organisation's entities, filtered, sorted by a column header, paged.</summary>
public sealed class IndexModel(ListEntitiesHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CreditCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Specialty { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SubType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RegionCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RiskTier { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? HygieneGrade { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public Paged<RegulatedEntityView> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Registry/Entities/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool Filtered =>
        new[] { Name, CreditCode, Specialty, SubType, RegionCode, RiskTier, HygieneGrade, Status }.Any(v => !string.IsNullOrWhiteSpace(v));

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListEntities(Name, CreditCode, Specialty, SubType, RegionCode, RiskTier, HygieneGrade, Status, Sort, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Registry/Entities/Index", pageSize, Query().ToArray());
        return Page();
    });

    /// <summary>The current filters and sort, for links (sorting keeps the filters and starts at page 1).</summary>
    public IEnumerable<(string Key, string? Value)> Query(string? sort = null)
    {
        yield return ("name", Name);
        yield return ("creditCode", CreditCode);
        yield return ("specialty", Specialty);
        yield return ("subType", SubType);
        yield return ("regionCode", RegionCode);
        yield return ("riskTier", RiskTier);
        yield return ("hygieneGrade", HygieneGrade);
        yield return ("status", Status);
        yield return ("sort", sort ?? Sort);
    }

    /// <summary>The sort a column header links to: ascending first, descending when already ascending.</summary>
    public string NextSort(string key) => string.Equals(Sort, key, StringComparison.OrdinalIgnoreCase) ? "-" + key : key;

    /// <summary>▲ / ▼ after the header the list is sorted by (registration time descending by default).</summary>
    public string SortMark(string key)
    {
        var current = string.IsNullOrWhiteSpace(Sort) ? "-registered" : Sort.Trim().ToLowerInvariant();
        return current == key ? " ▲" : current == "-" + key ? " ▼" : "";
    }
}
