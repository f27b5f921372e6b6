using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Items;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Licensing.Applications;

/// <summary>申请列表: the bureau's license applications by status, item, overdue and keyword, paged.</summary>
public sealed class IndexModel(ListApplicationsHandler list, WeijianDb db) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ItemId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public Paged<ApplicationListItem> Result { get; private set; } = new([], 0, 1, 20);

    public IReadOnlyList<(Guid Id, string Name)> Items { get; private set; } = [];

    public Pager Pager { get; private set; } = new("/Licensing/Applications/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool Filtered => Overdue || ItemId is not null || !string.IsNullOrWhiteSpace(Status) || !string.IsNullOrWhiteSpace(Q);

    public bool MayReceive => Actor.IsInRole(Weijian.Platform.Authorization.Roles.WindowClerk);

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Items = [.. (await db.Set<LicenseItem>().AsNoTracking().OrderBy(i => i.Code).Select(i => new { i.Id, i.Name }).ToListAsync(ct)).Select(i => (i.Id, i.Name))];
        Result = await list.HandleAsync(new ListApplications(Status, ItemId, Overdue, Q, null, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Licensing/Applications/Index", pageSize, ("status", Status), ("itemId", ItemId?.ToString()), ("overdue", Overdue ? "true" : null), ("q", Q));
        return Page();
    });
}
