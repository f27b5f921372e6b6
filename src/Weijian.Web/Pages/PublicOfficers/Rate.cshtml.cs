using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Weijian.Publicity.Officers;
using Weijian.Web.Hosting;

namespace Weijian.Web.Pages.PublicOfficers;

/// <summary>
/// 检查评价 (issue #7): after the inspection, the entity rates it once with its rating token and may complain; both go to
/// the supervising level, never to the inspecting officers. Anti-forgery token, rate-limited per client IP.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicRateLimits.PublicPosts)]
public sealed class RateModel(RateVisitHandler rate) : WeijianPageModel
{
    [BindProperty(SupportsGet = true, Name = "token")]
    public string? RatingToken { get; set; }

    [BindProperty]
    public string? Satisfaction { get; set; }

    [BindProperty]
    public bool? CredentialsShown { get; set; }

    [BindProperty]
    public bool? AskedBeyondLaw { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Complaint { get; set; }

    public RateVisitResult? Result { get; private set; }

    public IActionResult OnGet() => Page();

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Result = await rate.HandleAsync(new RateVisit(RatingToken, Satisfaction, CredentialsShown, AskedBeyondLaw, Comment, Complaint), ct);
        return Page();
    });
}
