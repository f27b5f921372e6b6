using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Publicity.Portal;

namespace Weijian.Web.Pages.Portal;

/// <summary>
/// One bureau's portal: 事前 (R-TRS-2: bodies, officers, 权责清单, 随机抽查事项清单, guides, flowcharts, remedies) and 事后
/// (R-TRS-4: decisions, withdrawn ones, inspection results, draws, audit checkpoints). Anonymous.
/// </summary>
[AllowAnonymous]
public sealed class BureauModel(GetPortalHomeHandler get) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid OrgId { get; set; }

    public PortalHome? Home { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Home = await get.HandleAsync(new GetPortalHome(OrgId), ct);
        return Page();
    });
}
