using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Items;

namespace Weijian.Web.Pages.Licensing.Items;

/// <summary>许可事项清单: the bureau's items with filters and paging, and the 时限压缩 of the items in use (R-LIC-14).</summary>
public sealed class IndexModel(ListLicenseItemsHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Specialty { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Commitment { get; set; }

    public LicenseItemList? Result { get; private set; }

    public Pager Pager { get; private set; } = new("/Licensing/Items/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool CanEdit => Actor.IsSystem || LicenseItemInputs.Editors.Any(Actor.IsInRole);

    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Kind) || !string.IsNullOrWhiteSpace(Specialty)
        || !string.IsNullOrWhiteSpace(Status) || Commitment is not null;

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListLicenseItems(Q, Kind, Specialty, Status, Commitment, page, 20), ct);
        Pager = Pager.From(Result.Items, "/Licensing/Items/Index", 20, ("q", Q), ("kind", Kind), ("specialty", Specialty), ("status", Status),
            ("commitment", Commitment?.ToString().ToLowerInvariant()));
        return Page();
    });
}
