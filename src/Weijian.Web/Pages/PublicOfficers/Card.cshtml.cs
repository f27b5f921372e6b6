using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Publicity.Officers;

namespace Weijian.Web.Pages.PublicOfficers;

/// <summary>The printable 亮码 card: the QR code (SVG, any print size) with the officer's name, 执法证号 and organisation.</summary>
[AllowAnonymous]
public sealed class CardModel(ScanOfficerCodeHandler scan) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public PublicOfficerCodeView? Code { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Code = await scan.HandleAsync(new ScanOfficerCode(Token), ct);
        return Page();
    });
}
