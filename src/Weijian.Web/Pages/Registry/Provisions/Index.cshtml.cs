using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Provisions;

namespace Weijian.Web.Pages.Registry.Provisions;

/// <summary>法律法规库: search the shipped national library, status on a date, and resolve a cited article on the date of the act (R-PEN-9).</summary>
public sealed class IndexModel(ListLegalDocumentsHandler list, ResolveProvisionHandler resolve) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    /// <summary>按日期查询条文: document code, article number and the date of the act.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Article { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Date { get; set; }

    public ProvisionResolution? Resolution { get; private set; }

    public string? ResolveError { get; private set; }

    public Paged<LegalDocumentSummary> Result { get; private set; } = new([], 0, 1, 20);

    /// <summary>Every code with its latest title, for the resolution form.</summary>
    public IReadOnlyList<(string Code, string Title)> Codes { get; private set; } = [];

    public Pager Pager { get; private set; } = new("/Registry/Provisions/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListLegalDocuments(Q, Kind, Status, On, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Registry/Provisions/Index", pageSize, ("q", Q), ("kind", Kind), ("status", Status), ("on", On?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        var all = await list.HandleAsync(new ListLegalDocuments(PageSize: Paged.MaxPageSize), ct);
        Codes = all.Items.GroupBy(d => d.Code).Select(g => (g.Key, g.OrderByDescending(d => d.EffectiveFrom).First().Title)).OrderBy(c => c.Item2, StringComparer.Ordinal).ToList();
        if (!string.IsNullOrWhiteSpace(Code) || Article is not null || Date is not null)
        {
            try
            {
                Resolution = await resolve.HandleAsync(new ResolveProvision(Code, Article, Date), ct);
            }
            catch (DomainRuleException e) when (e.Kind is RuleViolationKind.Invalid or RuleViolationKind.NotFound)
            {
                ResolveError = e.Message;
            }
        }

        return Page();
    });

    public static string StatusCss(string status) => status switch
    {
        nameof(ProvisionStatus.InForce) => "badge-green",
        nameof(ProvisionStatus.Repealed) => "badge-gray",
        _ => "badge-amber",
    };
}
