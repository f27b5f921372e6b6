using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;

namespace Weijian.Web.Pages.Supervision;

/// <summary>上级监督: counts per organisation of my subtree (statistics only, no business records).</summary>
[Authorize(Roles = Roles.Supervisor + "," + Roles.SystemAdministrator + "," + Roles.BureauHead)]
public sealed class IndexModel(GetSupervisionOverviewHandler overview) : WeijianPageModel
{
    public IReadOnlyList<SupervisionRow> Rows { get; private set; } = [];

    public int BaseDepth => Rows.Count == 0 ? 0 : Rows.Min(r => r.Depth);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Rows = await overview.HandleAsync(new GetSupervisionOverview(), ct);
        return Page();
    });
}
