using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Applicants;
using Weijian.Platform.Persistence;
using Weijian.Web.Hosting;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>我的许可证: licenses granted on this account's applications, with the 到期提醒 near the renewal cut-off (R-LIC-8).</summary>
[Authorize(Policy = ApplicantAuthentication.Policy)]
public sealed class MyLicensesModel(ListMyLicensesHandler list) : ApplicantPageModel
{
    public Paged<MyLicenseItem> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/PublicApplications/MyLicenses", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListMyLicenses(page, 20), ct);
        Pager = Pager.From(Result, "/PublicApplications/MyLicenses", 20);
        return Page();
    });
}
