using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.Discretion;

namespace Weijian.Web.Pages.Enforcement.Discretion;

/// <summary>One item: legal bases (linked to the law library on the version's date), tiers, no-penalty conditions, other versions.</summary>
public sealed class DetailsModel(GetDiscretionItemHandler get) : WeijianPageModel
{
    public DiscretionItemView? Item { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        Item = await get.HandleAsync(new GetDiscretionItem(id), ct);
        return Page();
    });
}
