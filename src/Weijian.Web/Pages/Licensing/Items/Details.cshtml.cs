using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Items;

namespace Weijian.Web.Pages.Licensing.Items;

/// <summary>One item: the guide as published, its QR code and print sheet, the history link; editors revise or withdraw it with a reason.</summary>
public sealed class DetailsModel(GetLicenseItemHandler get, WithdrawLicenseItemHandler withdraw) : WeijianPageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public LicenseItemView? Item { get; private set; }

    public bool CanEdit => Actor.IsSystem || LicenseItemInputs.Editors.Any(Actor.IsInRole);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        Item = await get.HandleAsync(new GetLicenseItem(id), ct);
        return Page();
    });

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var item = await withdraw.HandleAsync(new WithdrawLicenseItem(id, Reason), ct);
            SetFlash($"事项 {item.Code} 已停用，不再对外公布。");
            return RedirectToPage("/Licensing/Items/Details", new { id });
        },
        async () => Item = await get.HandleAsync(new GetLicenseItem(id), ct));
}
