using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;

namespace Weijian.Web.Pages.Admin.Organizations;

/// <summary>组织机构: the organisations I may see, as a tree; a 系统管理员 adds child organisations here.</summary>
[Authorize(Roles = Roles.SystemAdministrator + "," + Roles.Supervisor)]
public sealed class IndexModel(ListOrganizationsHandler list, CreateOrganizationHandler create) : WeijianPageModel
{
    public static IReadOnlyList<(string Value, string Name)> Kinds { get; } =
    [
        (nameof(OrganizationKind.City), OrganizationKinds.ChineseName(OrganizationKind.City)),
        (nameof(OrganizationKind.CountyBureau), OrganizationKinds.ChineseName(OrganizationKind.CountyBureau)),
        (nameof(OrganizationKind.EnforcementAgency), OrganizationKinds.ChineseName(OrganizationKind.EnforcementAgency)),
    ];

    [BindProperty]
    public Guid? ParentId { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? ShortName { get; set; }

    [BindProperty]
    public string? RegionCode { get; set; }

    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    public bool CanAdminister => Actor.IsInRole(Roles.SystemAdministrator);

    /// <summary>Depth of the topmost visible organisation, so the tree starts at the left edge.</summary>
    public int BaseDepth => Organizations.Count == 0 ? 0 : Organizations.Min(o => o.Depth);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        ParentId = Actor.OrganizationId;
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var created = await create.HandleAsync(new CreateOrganization(ParentId, Kind, Name, ShortName, RegionCode), ct);
            SetFlash($"已新增单位“{created.Name}”");
            return RedirectToPage("/Admin/Organizations/Index");
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => Organizations = await list.HandleAsync(new ListOrganizations(), ct);
}
