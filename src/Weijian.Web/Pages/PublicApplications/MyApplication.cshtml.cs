using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Applicants;
using Weijian.Web.Hosting;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>One of 我的申请, as the status page shows it, opened by the account (no query code); 好差评 once it ended.</summary>
[Authorize(Policy = ApplicantAuthentication.Policy)]
public sealed class MyApplicationModel(GetMyApplicationHandler get, RateMyApplicationHandler rate) : ApplicantPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Rating { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public MyApplicationDetails? Details { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Details = await get.HandleAsync(new GetMyApplication(Id), ct);
        return Page();
    });

    public Task<IActionResult> OnPostRateAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var step = await rate.HandleAsync(new RateMyApplication(Id, Rating, Comment), ct);
            SetFlash($"感谢您的评价：{step.Note}");
            return Redirect($"/applicant/applications/{Id}");
        },
        async () => Details = await get.HandleAsync(new GetMyApplication(Id), ct));
}
