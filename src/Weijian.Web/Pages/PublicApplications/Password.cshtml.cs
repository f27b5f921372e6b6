using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Weijian.Licensing.Applicants;
using Weijian.Web.Hosting;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>申请人修改密码: other sign-ins of the account end (new security stamp); this one is renewed.</summary>
[Authorize(Policy = ApplicantAuthentication.Policy)]
public sealed class PasswordModel(ChangeApplicantPasswordHandler change, IOptions<IdentityOptions> identity) : ApplicantPageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public string PasswordRule => ApplicantAccount.PolicyText(identity.Value.Password);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(NewPassword) && NewPassword != ConfirmPassword)
        {
            AddFieldError(nameof(ConfirmPassword), "两次输入的新密码不一致");
            return Page();
        }

        return await RunAsync(async () =>
        {
            var principal = await change.HandleAsync(new ChangeApplicantPassword(CurrentPassword, NewPassword), ct);
            await HttpContext.SignInAsync(ApplicantSession.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
            SetFlash("密码已修改，请牢记新密码。");
            return Redirect(ApplicantPaths.Mine);
        });
    }
}
