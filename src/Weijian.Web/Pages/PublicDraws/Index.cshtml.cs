using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Draws;

namespace Weijian.Web.Pages.PublicDraws;

/// <summary>
/// 随机抽取公示 (no sign-in, DESIGN §5): the commitment always, the salted selection hash once drawn, and after
/// publication the full record with a server-side 重新计算验证 and a JSON download for outsiders' own verification.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(GetPublicDrawHandler get, VerifyPublishedDrawHandler verify) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PublicDrawView? Draw { get; private set; }

    public DrawRecord? Record { get; private set; }

    public DrawVerification? Verification { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostVerifyAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            await LoadAsync(ct);
            Verification = await verify.HandleAsync(new VerifyPublishedDraw(Id), ct);
            return Page();
        },
        () => LoadAsync(ct));

    public Task<IActionResult> OnGetRecordAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Draw?.RecordJson is { } json
            ? File(Encoding.UTF8.GetBytes(json), "application/json", $"draw-{Id}.json")
            : NotFound();
    });

    private async Task LoadAsync(CancellationToken ct)
    {
        Draw = await get.HandleAsync(new GetPublicDraw(Id), ct);
        Record = Draw.RecordJson is { } json ? DrawRecordJson.Read(json) : null;
    }
}
