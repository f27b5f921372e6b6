using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Organizations;
using Weijian.Platform.Users;
using RoleCodes = Weijian.Platform.Authorization.Roles;

namespace Weijian.Web.Pages.Admin.Users;

/// <summary>新增用户: open an account for a colleague in an organisation I administer.</summary>
[Authorize(Roles = RoleCodes.SystemAdministrator)]
public sealed class CreateModel(CreateUserHandler create, ListOrganizationsHandler organizations) : WeijianPageModel
{
    [BindProperty]
    public Guid? OrganizationId { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? PhoneNumber { get; set; }

    [BindProperty]
    public IList<string> Roles { get; set; } = [];

    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    public int BaseDepth => Organizations.Count == 0 ? 0 : Organizations.Min(o => o.Depth);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        OrganizationId = Actor.OrganizationId;
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var user = await create.HandleAsync(
                new CreateUser(OrganizationId, UserName, DisplayName, Password, [.. Roles], Email, PhoneNumber), ct);
            SetFlash($"已新增用户“{user.DisplayName}”（{user.UserName}），请将初始密码告知本人并提醒其登录后修改。");
            return RedirectToPage("/Admin/Users/Edit", new { id = user.Id });
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) =>
        Organizations = (await organizations.HandleAsync(new ListOrganizations(), ct)).Where(o => o.IsActive).ToList();
}
