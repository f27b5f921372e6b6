using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Persistence;
using Weijian.Registry.Catalogs;

namespace Weijian.Web.Pages.Registry.Catalogs;

/// <summary>事项清单: one tab per catalogue, the list in force on a date (default today), filters, paging; editors add items or load the starter set.</summary>
public sealed class IndexModel(ListCatalogItemsHandler list, LoadStarterCatalogHandler starter) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? On { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Specialty { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? PowerType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Activity { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public CatalogKind Current { get; private set; } = CatalogKind.PowerItem;

    public Paged<CatalogItemSummary> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Registry/Catalogs/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool CanEdit => CatalogRoles.CanEdit(Actor);

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || On is not null || !string.IsNullOrWhiteSpace(Specialty) || !string.IsNullOrWhiteSpace(Level)
        || !string.IsNullOrWhiteSpace(PowerType) || !string.IsNullOrWhiteSpace(Activity) || All;

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(page, pageSize, ct);
        return Page();
    });

    public Task<IActionResult> OnPostStarterAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            Current = ParseKind();
            var result = await starter.HandleAsync(new LoadStarterCatalog(CatalogNames.WireName(Current)), ct);
            SetFlash(result.Added == 0
                ? $"示范清单中的 {result.AlreadyPresent} 个事项本单位均已存在，未新增。"
                : $"已从示范清单新增 {result.Added} 个事项（自今日起生效），已有编码的 {result.AlreadyPresent} 个事项未改动。");
            return RedirectToPage("/Registry/Catalogs/Index", new { kind = CatalogNames.WireName(Current) });
        },
        () => LoadAsync(null, null, ct));

    private async Task LoadAsync(int? page, int? pageSize, CancellationToken ct)
    {
        Current = ParseKind();
        Result = await list.HandleAsync(
            new ListCatalogItems(CatalogNames.WireName(Current), On, Q, Specialty, Level, PowerType, Activity, All, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Registry/Catalogs/Index", pageSize,
            ("kind", CatalogNames.WireName(Current)), ("q", Q), ("on", On?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("specialty", Specialty),
            ("level", Level), ("powerType", PowerType), ("activity", Activity), ("all", All ? "true" : null));
    }

    private CatalogKind ParseKind()
    {
        try
        {
            return string.IsNullOrWhiteSpace(Kind) ? CatalogKind.PowerItem : CatalogNames.ParseKind(Kind);
        }
        catch (Platform.Rules.DomainRuleException)
        {
            return CatalogKind.PowerItem;
        }
    }

    public static string StatusCss(string status) => status switch
    {
        nameof(CatalogItemStatus.InForce) => "badge-green",
        nameof(CatalogItemStatus.Retired) => "badge-gray",
        _ => "badge-amber",
    };
}
