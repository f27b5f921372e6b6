using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Applicants;
using Weijian.Web.Hosting;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>申请人退出: a POST (with antiforgery); a GET asks to confirm. Leaves a staff sign-in in the same browser alone.</summary>
[AllowAnonymous]
public sealed class SignOutModel : ApplicantPageModel
{
    public IActionResult OnGet() => SignedIn ? Page() : Redirect(ApplicantAuthentication.SignInPath);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ApplicantSession.Scheme);
        return Redirect(ApplicantAuthentication.SignInPath);
    }
}
