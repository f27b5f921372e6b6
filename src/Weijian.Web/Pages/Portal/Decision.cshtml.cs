using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Publicity.Portal;

namespace Weijian.Web.Pages.Portal;

/// <summary>一项执法决定的公示内容 (R-TRS-4) with a link to verify the decision document; a withdrawn one shows only the reason (R-PEN-32).</summary>
[AllowAnonymous]
public sealed class DecisionModel(GetPublicDisclosureHandler get) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid OrgId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PublicDisclosureDetail? Detail { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Detail = await get.HandleAsync(new GetPublicDisclosure(OrgId, Id), ct);
        return Page();
    });
}
