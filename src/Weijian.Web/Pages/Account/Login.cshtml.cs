using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Users;

namespace Weijian.Web.Pages.Account;

public sealed class LoginModel(SignInWithPasswordHandler signIn) : WeijianPageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after signing in; honoured only when it is a local URL.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (Actor.IsAuthenticated)
        {
            return LocalRedirect(SafeReturnUrl);
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var principal = await signIn.HandleAsync(new SignInWithPassword(UserName, Password, "web"), ct);
        await HttpContext.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(SafeReturnUrl);
    });

    private string SafeReturnUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
