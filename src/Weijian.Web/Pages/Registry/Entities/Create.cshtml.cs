using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Organizations;
using Weijian.Registry.Entities;

namespace Weijian.Web.Pages.Registry.Entities;

/// <summary>登记监管对象: a new entry in my organisation's register.</summary>
public sealed class CreateModel(RegisterEntityHandler register, GetOrganizationHandler organizations) : EntityFormModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await RunAsync(async () =>
    {
        if (Actor.OrganizationId is { } orgId)
        {
            RegionCode = (await organizations.HandleAsync(new GetOrganization(orgId), ct)).RegionCode;
        }

        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunFormAsync(async () =>
    {
        var entity = await register.HandleAsync(new RegisterEntity(ToDetails()), ct);
        SetFlash($"已登记监管对象“{entity.Name}”。");
        return RedirectToPage("/Registry/Entities/Details", new { id = entity.Id });
    });
}
