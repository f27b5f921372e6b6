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
    public Paged<MyApplicationItem> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/PublicApplications/Mine", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListMyApplications(page, 20), ct);
        Pager = Pager.From(Result, "/PublicApplications/Mine", 20);
        return Page();
    });
}
