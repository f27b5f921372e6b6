using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Publicity.Portal;

namespace Weijian.Web.Pages.Portal;

/// <summary>执法决定公示 (R-TRS-4): a bureau's published decisions, searched by party name or decision number, paged; the withdrawn ones (R-PEN-32) on their own list.</summary>
[AllowAnonymous]
public sealed class DecisionsModel(ListPublicDisclosuresHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid OrgId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public bool Withdrawn { get; private set; }

    public PublicDisclosures? Results { get; private set; }

    public Pager Pager { get; private set; } = new("/Portal/Decisions", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        Withdrawn = HttpContext.Request.Path.Value?.EndsWith("/withdrawn", StringComparison.Ordinal) == true;
        Results = await list.HandleAsync(new ListPublicDisclosures(OrgId, Q, Kind, Withdrawn, page, 20), ct);
        Pager = Pager.From(Results.Results, $"/portal/{OrgId}/{(Withdrawn ? "withdrawn" : "decisions")}", 20, ("q", Q), ("kind", Kind));
        return Page();
    });
}
