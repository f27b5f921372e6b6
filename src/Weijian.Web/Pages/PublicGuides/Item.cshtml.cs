using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Items;

namespace Weijian.Web.Pages.PublicGuides;

/// <summary>
/// One 办事指南 for anyone (R-TRS-2, R-LIC-10): basis, conditions, materials, limits with their compression, fees,
/// 告知承诺 and its obligations, site check, units, channel and the flowchart; what the printed QR code opens.
/// </summary>
[AllowAnonymous]
public sealed class ItemModel(GetPublishedGuideHandler get) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PublishedGuide? Guide { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Guide = await get.HandleAsync(new GetPublishedGuide(Id), ct);
        return Page();
    });
}
