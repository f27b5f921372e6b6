using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Visits;

namespace Weijian.Web.Pages.PublicResults;

/// <summary>
/// 检查结果公示 (R-INS-3): the public, anonymous list of a bureau's published inspection results — entity (a natural
/// person's name masked), items, conclusion, date, officers; never an ID number, phone or home address.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(ListPublicInspectionResultsHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid OrgId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public PublicInspectionResults? Results { get; private set; }

    public Pager Pager { get; private set; } = new("/PublicResults/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        Results = await list.HandleAsync(new ListPublicInspectionResults(OrgId, Q, page, 20), ct);
        Pager = Pager.From(Results.Results, $"/public/inspections/{OrgId}", 20, ("q", Q));
        return Page();
    });
}
