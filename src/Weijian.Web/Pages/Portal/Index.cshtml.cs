using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Publicity.Portal;

namespace Weijian.Web.Pages.Portal;

/// <summary>行政执法公示平台 home (R-TRS-2…4): the health authorities, each with its own public page. Anonymous.</summary>
[AllowAnonymous]
public sealed class IndexModel(ListPortalBureausHandler list) : WeijianPageModel
{
    public IReadOnlyList<PortalBureau> Bureaus { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Bureaus = await list.HandleAsync(new ListPortalBureaus(), ct);
        return Page();
    });
}
