using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Calendar;
using Weijian.Registry.Entities;

namespace Weijian.Web.Pages.Registry.Entities;

/// <summary>One entity: every field, its status with 停业/注销 and 恢复经营 (reason and date), and the link to its history.</summary>
public sealed class DetailsModel(GetEntityHandler get, CloseEntityHandler close, ReopenEntityHandler reopen, TimeProvider clock) : WeijianPageModel
{
    [BindProperty]
    public string? Status { get; set; } = nameof(EntityStatus.Suspended);

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    public RegulatedEntityView? Target { get; private set; }

    public DateOnly Today => ChinaClock.Today(clock);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(id, ct);
        return Page();
    });

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var e = await close.HandleAsync(new CloseEntity(id, Status, Reason, Date), ct);
            SetFlash($"“{e.Name}”已{e.StatusName}（{Display.Date(e.StatusChangedOn!.Value)}）。");
            return RedirectToPage("/Registry/Entities/Details", new { id });
        },
        () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var e = await reopen.HandleAsync(new ReopenEntity(id, Reason, Date), ct);
            SetFlash($"“{e.Name}”已恢复经营。");
            return RedirectToPage("/Registry/Entities/Details", new { id });
        },
        () => LoadAsync(id, ct));

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Target = await get.HandleAsync(new GetEntity(id), ct);
        Date ??= Today;
    }
}
