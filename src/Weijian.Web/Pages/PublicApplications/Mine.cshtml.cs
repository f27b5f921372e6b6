using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Applicants;
using Weijian.Platform.Persistence;
using Weijian.Web.Hosting;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>我的申请: the applications submitted from this applicant account, newest first, paged.</summary>
[Authorize(Policy = ApplicantAuthentication.Policy)]
public sealed class MineModel(ListMyApplicationsHandler list) : ApplicantPageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PageSize { get; set; }

    public Paged<MyApplicationItem> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListMyApplications(PageNumber, PageSize), ct);
        Pager = Pager.From(Result, "/PublicApplications/Mine", PageSize);
        return Page();
    });
}
