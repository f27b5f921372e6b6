using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Users;

namespace Weijian.Web.Pages.Admin.Users;

/// <summary>用户管理: the users of the organisations I administer, searched by 姓名/用户名 and filtered by organisation.</summary>
[Authorize(Roles = Roles.SystemAdministrator)]
public sealed class IndexModel(ListUsersHandler users, ListOrganizationsHandler organizations) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? OrganizationId { get; set; }

    public Paged<UserView> Result { get; private set; } = new([], 0, 1, 20);

    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    public int BaseDepth => Organizations.Count == 0 ? 0 : Organizations.Min(o => o.Depth);

    public Pager Pager { get; private set; } = new("/Admin/Users/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Organizations = await organizations.HandleAsync(new ListOrganizations(), ct);
        Result = await users.HandleAsync(new ListUsers(OrganizationId, Q, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Admin/Users/Index", pageSize, ("q", Q), ("organizationId", OrganizationId?.ToString()));
        return Page();
    });

    public static (string Text, string Css) Status(UserView u) =>
        !u.IsActive ? ("已停用", "badge-gray") : u.IsLockedOut ? ("已锁定", "badge-amber") : ("启用", "badge-green");
}
