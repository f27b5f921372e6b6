using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Publicity.Officers;

namespace Weijian.Web.Pages.PublicOfficers;

/// <summary>执法人员公示 (R-TRS-2): anonymous, by bureau, searchable by name or 执法证号, paged; no other personal data.</summary>
[AllowAnonymous]
public sealed class IndexModel(ListPublicOfficersHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public PublicOfficerDirectory? Directory { get; private set; }

    public Pager Pager { get; private set; } = new("/PublicOfficers/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        if (Org is not { } org)
        {
            return NotFound();
        }

        Directory = await list.HandleAsync(new ListPublicOfficers(org, Q, page, 20), ct);
        Pager = Pager.From(Directory.Officers, "/public/officers", 20, ("org", org.ToString()), ("q", Q));
        return Page();
    });
}
