using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Items;

namespace Weijian.Web.Pages.PublicGuides;

/// <summary>办事指南 (R-TRS-2): a bureau's published licensing items for anyone, searchable by name or code, phone-friendly.</summary>
[AllowAnonymous]
public sealed class IndexModel(ListPublishedGuidesHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid OrgId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public PublishedGuides? Guides { get; private set; }

    public Pager Pager { get; private set; } = new("/PublicGuides/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        Guides = await list.HandleAsync(new ListPublishedGuides(OrgId, Q, page, 20), ct);
        Pager = Pager.From(Guides.Items, $"/public/guides/{OrgId}", 20, ("q", Q));
        return Page();
    });
}
