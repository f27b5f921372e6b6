using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Weijian.Web.Pages.Account;

/// <summary>Signing out is a POST (with antiforgery); a GET shows a confirmation button.</summary>
public sealed class LogoutModel : WeijianPageModel
{
    public IActionResult OnGet() => Actor.IsAuthenticated ? Page() : RedirectToPage("/Account/Login");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return RedirectToPage("/Account/Login");
    }
}
