using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;

namespace Weijian.Web.Pages.Admin.Organizations;

/// <summary>One organisation: correct its name, 简称 and 区划代码, or deactivate it with a reason.</summary>
[Authorize(Roles = Roles.SystemAdministrator + "," + Roles.Supervisor)]
public sealed class EditModel(
    GetOrganizationHandler get, UpdateOrganizationHandler update, DeactivateOrganizationHandler deactivate) : WeijianPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? ShortName { get; set; }

    [BindProperty]
    public string? RegionCode { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public OrganizationView? Organization { get; private set; }

    public bool CanAdminister => Actor.IsInRole(Roles.SystemAdministrator);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(id, fillForm: true, ct);
        return Page();
    });

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var saved = await update.HandleAsync(new UpdateOrganization(id, Name, ShortName, RegionCode), ct);
            SetFlash($"已保存单位“{saved.Name}”的信息");
            return RedirectToPage("/Admin/Organizations/Edit", new { id });
        },
        () => LoadAsync(id, fillForm: false, ct));

    public Task<IActionResult> OnPostDeactivateAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var saved = await deactivate.HandleAsync(new DeactivateOrganization(id, Reason), ct);
            SetFlash($"已停用单位“{saved.Name}”");
            return RedirectToPage("/Admin/Organizations/Edit", new { id });
        },
        () => LoadAsync(id, fillForm: true, ct));

    private async Task LoadAsync(Guid id, bool fillForm, CancellationToken ct)
    {
        Organization = await get.HandleAsync(new GetOrganization(id), ct);
        if (fillForm)
        {
            Name = Organization.Name;
            ShortName = Organization.ShortName;
            RegionCode = Organization.RegionCode;
        }
    }
}
