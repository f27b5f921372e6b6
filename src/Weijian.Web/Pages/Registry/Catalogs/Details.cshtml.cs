using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Calendar;
using Weijian.Registry.Catalogs;

namespace Weijian.Web.Pages.Registry.Catalogs;

/// <summary>One catalogue item: the version in force, every version with its interval, history link; editors retire it with a reason.</summary>
public sealed class DetailsModel(GetCatalogItemHandler get, RetireCatalogItemHandler retire, TimeProvider clock) : WeijianPageModel
{
    [BindProperty]
    public DateOnly? RetiredOn { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public CatalogItemView? Item { get; private set; }

    public bool CanEdit => CatalogRoles.CanEdit(Actor);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(id, ct);
        RetiredOn ??= ChinaClock.Today(clock);
        return Page();
    });

    public Task<IActionResult> OnPostRetireAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var item = await retire.HandleAsync(new RetireCatalogItem(id, null, RetiredOn, Reason), ct);
            SetFlash($"事项 {item.Code} 自 {Display.Date(item.RetiredOn!.Value)} 起停止执行。");
            return RedirectToPage("/Registry/Catalogs/Details", new { id });
        },
        () => LoadAsync(id, ct));

    private async Task LoadAsync(Guid id, CancellationToken ct) => Item = await get.HandleAsync(new GetCatalogItem(id), ct);
}
