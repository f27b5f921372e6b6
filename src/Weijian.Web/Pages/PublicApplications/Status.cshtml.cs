using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Applications;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>办件进度查询 (no sign-in): receipt number + query code → state, due date, working days left, history; then 好差评 once ended.</summary>
[AllowAnonymous]
public sealed class StatusModel(GetApplicationStatusHandler status, RateApplicationHandler rate) : WeijianPageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Rating { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public PublicApplicationStatus? Result { get; private set; }

    public string? Rated { get; private set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Result = await status.HandleAsync(new GetApplicationStatus(Number, Code), ct);
        return Page();
    });

    public Task<IActionResult> OnPostRateAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var step = await rate.HandleAsync(new RateApplication(Number, Code, Rating, Comment), ct);
            Rated = $"感谢您的评价：{step.Note}";
            Result = await status.HandleAsync(new GetApplicationStatus(Number, Code), ct);
            return Page();
        },
        async () => Result = await status.HandleAsync(new GetApplicationStatus(Number, Code), ct));
}
