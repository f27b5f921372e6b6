using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Applicants;
using Weijian.Platform.Persistence;
using Weijian.Web.Hosting;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>我的许可证: licences granted on this account's applications, with the 到期提醒 near the renewal cut-off (R-LIC-8).</summary>
[Authorize(Policy = ApplicantAuthentication.Policy)]
public sealed class MyLicencesModel(ListMyLicencesHandler list) : ApplicantPageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PageSize { get; set; }

    public Paged<MyLicenceItem> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListMyLicences(PageNumber, PageSize), ct);
        Pager = Pager.From(Result, "/PublicApplications/MyLicences", PageSize);
        return Page();
    });
}
