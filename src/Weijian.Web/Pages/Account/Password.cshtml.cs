using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Users;

namespace Weijian.Web.Pages.Account;

/// <summary>
/// 修改密码. The /Account folder allows anonymous access (for the sign-in page), and an allow-anonymous convention
/// wins over [Authorize]; so the handlers also challenge an anonymous visitor themselves.
/// </summary>
[Authorize]
public sealed class PasswordModel(ChangeOwnPasswordHandler change, SignInManager<User> session) : WeijianPageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public IActionResult OnGet() => Actor.IsAuthenticated ? Page() : Challenge();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Actor.IsAuthenticated)
        {
            return Challenge();
        }

        if (!string.IsNullOrEmpty(NewPassword) && NewPassword != ConfirmPassword)
        {
            AddFieldError(nameof(ConfirmPassword), "两次输入的新密码不一致");
            return Page();
        }

        return await RunAsync(async () =>
        {
            await change.HandleAsync(new ChangeOwnPassword(CurrentPassword, NewPassword), ct);

            // The change renews the security stamp, which would sign this session out at the next check: renew the cookie.
            if (await session.UserManager.FindByIdAsync(Actor.UserId!.Value.ToString()) is { } user)
            {
                await session.RefreshSignInAsync(user);
            }

            SetFlash("密码已修改，请牢记新密码。");
            return RedirectToPage("/Index");
        });
    }
}
