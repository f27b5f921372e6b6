using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Weijian.Publicity.Officers;
using Weijian.Web.Hosting;

namespace Weijian.Web.Pages.PublicOfficers;

/// <summary>
/// 扫码核验 (R-TRS-3): what a 执法证's QR code opens — 有效/无效 today with the reasons (red banner for a revoked code or an
/// expired/suspended credential), who the officer is, and, while a visit of the officer is under way today, the form by
/// which the inspected entity confirms it (anti-forgery token, rate-limited per client IP).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicRateLimits.PublicPosts)]
public sealed class CodeModel(ScanOfficerCodeHandler scan, ConfirmVisitHandler confirm) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string? EntityCode { get; set; }

    public PublicOfficerCodeView? Code { get; private set; }

    public ConfirmVisitResult? Confirmed { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Code = await scan.HandleAsync(new ScanOfficerCode(Token), ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            Confirmed = await confirm.HandleAsync(new ConfirmVisit(Token, EntityCode), ct);
            Code = await scan.HandleAsync(new ScanOfficerCode(Token), ct);
            return Page();
        },
        async () => Code = await scan.HandleAsync(new ScanOfficerCode(Token), ct));
}
