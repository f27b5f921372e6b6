using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;
using Weijian.Publicity.Portal;

namespace Weijian.Web.Pages.Portal;

/// <summary>审计日检查点 (DESIGN §5): per day the head hash of the bureau's audit chain, re-checked against the chain now. Anonymous.</summary>
[AllowAnonymous]
public sealed class CheckpointsModel(GetPortalBureauHandler home, ListAuditCheckpointsHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid OrgId { get; set; }

    public string OrganizationName { get; private set; } = "";

    public Paged<AuditCheckpointView>? Results { get; private set; }

    public Pager Pager { get; private set; } = new("/Portal/Checkpoints", 1, 1, 0, 30, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        OrganizationName = (await home.HandleAsync(new GetPortalBureau(OrgId), ct)).Name;
        Results = await list.HandleAsync(new ListAuditCheckpoints(OrgId, page, 30), ct);
        Pager = Pager.From(Results, $"/portal/{OrgId}/checkpoints", 30);
        return Page();
    });
}
