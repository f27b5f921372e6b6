using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Users;
using RoleCodes = Weijian.Platform.Authorization.Roles;

namespace Weijian.Web.Pages.Admin.Users;

/// <summary>One user: 姓名, contacts and roles; deactivate or reactivate with a reason; reset the password (which also unlocks).</summary>
[Authorize(Roles = RoleCodes.SystemAdministrator)]
public sealed class EditModel(
    GetUserHandler get, UpdateUserHandler update, SetUserActiveHandler setActive, ResetPasswordHandler reset) : WeijianPageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? PhoneNumber { get; set; }

    [BindProperty]
    public IList<string> Roles { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    public UserView? Target { get; private set; }

    public bool IsSelf => Target?.Id == Actor.UserId;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(id, fillForm: true, ct);
        return Page();
    });

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var user = await update.HandleAsync(new UpdateUser(id, DisplayName, [.. Roles], Email, PhoneNumber), ct);
            SetFlash($"已保存用户“{user.DisplayName}”的信息；角色变更在其下次访问时生效。");
            return RedirectToPage("/Admin/Users/Edit", new { id });
        },
        () => LoadAsync(id, fillForm: false, ct));

    public Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken ct) => RunAsync(
        async () =>
        {
            var user = await setActive.HandleAsync(new SetUserActive(id, active, Reason), ct);
            SetFlash(active ? $"已重新启用用户“{user.DisplayName}”" : $"已停用用户“{user.DisplayName}”，其将无法再登录");
            return RedirectToPage("/Admin/Users/Edit", new { id });
        },
        () => LoadAsync(id, fillForm: true, ct));

    public Task<IActionResult> OnPostResetAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            await reset.HandleAsync(new ResetPassword(id, NewPassword), ct);
            SetFlash("已重置密码并解除锁定，请将新密码告知本人。");
            return RedirectToPage("/Admin/Users/Edit", new { id });
        },
        () => LoadAsync(id, fillForm: true, ct));

    private async Task LoadAsync(Guid id, bool fillForm, CancellationToken ct)
    {
        Target = await get.HandleAsync(new GetUser(id), ct);
        if (fillForm)
        {
            DisplayName = Target.DisplayName;
            Email = Target.Email;
            PhoneNumber = Target.PhoneNumber;
            Roles = [.. Target.Roles];
        }
    }
}
