using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Publicity.Portal;

namespace Weijian.Web.Pages.Portal;

/// <summary>执法流程图 (R-TRS-2): the general and simple penalty procedures as SVG with a text alternative. Anonymous.</summary>
[AllowAnonymous]
public sealed class FlowchartModel(GetPortalBureauHandler get) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid OrgId { get; set; }

    public string OrganizationName { get; private set; } = "";

    public IReadOnlyList<Flowchart> Charts { get; } = [PortalFlowcharts.General(), PortalFlowcharts.Simple()];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        OrganizationName = (await get.HandleAsync(new GetPortalBureau(OrgId), ct)).Name;
        return Page();
    });
}
