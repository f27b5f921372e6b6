using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Weijian.Licensing.Applicants;
using Weijian.Web.Hosting;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>注册申请人账号 (no sign-in): then signed in and taken to 我的申请 (or back to the application form it came from).</summary>
[AllowAnonymous]
[EnableRateLimiting(PublicRateLimits.PublicPosts)]
public sealed class RegisterModel(RegisterApplicantHandler register, SignInApplicantHandler signIn, IOptions<IdentityOptions> identity) : ApplicantPageModel
{
    [BindProperty]
    public string? Phone { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? CreditCode { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string PasswordRule => ApplicantAccount.PolicyText(identity.Value.Password);

    public IActionResult OnGet() => SignedIn ? LocalRedirect(ApplicantPaths.SafeReturn(Url, ReturnUrl)) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(Password) && Password != ConfirmPassword)
        {
            AddFieldError(nameof(ConfirmPassword), "两次输入的密码不一致");
            return Page();
        }

        return await RunAsync(async () =>
        {
            await register.HandleAsync(new RegisterApplicant(Phone, DisplayName, Kind, CreditCode, Password), ct);
            var principal = await signIn.HandleAsync(new SignInApplicant(Phone, Password), ct);
            await HttpContext.SignInAsync(ApplicantSession.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
            SetFlash("申请人账号已注册并登录。网上申请后可在“我的申请”中查看办理进度。");
            return LocalRedirect(ApplicantPaths.SafeReturn(Url, ReturnUrl));
        });
    }
}

/// <summary>Where the applicant pages send the applicant.</summary>
public static class ApplicantPaths
{
    public const string Mine = "/applicant/applications";

    /// <summary>The return URL when it is local, else 我的申请 (no open redirect).</summary>
    public static string SafeReturn(IUrlHelper url, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        return !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : Mine;
    }
}
