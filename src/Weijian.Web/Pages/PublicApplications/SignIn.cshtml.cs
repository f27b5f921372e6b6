using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Weijian.Licensing.Applicants;
using Weijian.Web.Hosting;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>申请人登录: phone number and password (lockout as for staff); separate from the staff sign-in.</summary>
[AllowAnonymous]
[EnableRateLimiting(PublicRateLimits.PublicPosts)]
public sealed class SignInModel(SignInApplicantHandler signIn) : ApplicantPageModel
{
    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => SignedIn ? LocalRedirect(ApplicantPaths.SafeReturn(Url, ReturnUrl)) : Page();

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var principal = await signIn.HandleAsync(new SignInApplicant(Phone, Password), ct);
        await HttpContext.SignInAsync(ApplicantSession.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(ApplicantPaths.SafeReturn(Url, ReturnUrl));
    });
}
