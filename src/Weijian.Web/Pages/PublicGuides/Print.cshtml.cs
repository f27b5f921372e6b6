using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Items;
using Weijian.Platform.Documents;

namespace Weijian.Web.Pages.PublicGuides;

/// <summary>The printable sheet for the service window: the item's name, the bureau and the guide's QR code (SVG, any size).</summary>
[AllowAnonymous]
public sealed class PrintModel(GetPublishedGuideHandler get, DocumentSettings settings) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PublishedGuide? Guide { get; private set; }

    public string Address { get; private set; } = "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Guide = await get.HandleAsync(new GetPublishedGuide(Id), ct);
        Address = GuideLinks.Url(settings, Guide.Item.Id);
        return Page();
    });
}
