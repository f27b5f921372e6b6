using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.Discretion;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Enforcement.Discretion;

/// <summary>裁量基准: the items of the version in force (or a chosen version), filtered by specialty, keyword and no-penalty listing, paged.</summary>
public sealed class IndexModel(ListDiscretionItemsHandler items, ListDiscretionBaselinesHandler baselines) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Specialty { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool NoPenalty { get; set; }

    public DiscretionItemPage Result { get; private set; } = new(null, new Paged<DiscretionItemSummary>([], 0, 1, 20));

    public DiscretionBaselineList Versions { get; private set; } = new(default, null, []);

    public Pager Pager { get; private set; } = new("/Enforcement/Discretion/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool Filtered => !string.IsNullOrWhiteSpace(Specialty) || !string.IsNullOrWhiteSpace(Q) || NoPenalty;

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Versions = await baselines.HandleAsync(new ListDiscretionBaselines(), ct);
        Result = await items.HandleAsync(new ListDiscretionItems(Version, null, Specialty, Q, NoPenalty ? true : null, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result.Items, "/Enforcement/Discretion/Index", pageSize,
            ("version", Version?.ToString()), ("specialty", Specialty), ("q", Q), ("noPenalty", NoPenalty ? "true" : null));
        return Page();
    });
}
