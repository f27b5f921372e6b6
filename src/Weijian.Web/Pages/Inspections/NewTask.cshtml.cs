using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Inspections.Visits;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.Web.Pages.Inspections;

/// <summary>
/// 登记检查任务: a complaint, referral, follow-up, licensing site check or campaign at one entity (R-INS-9: these are
/// not drawn, and all but the campaign are exempt from the yearly cap), with its required reason; then 安排检查 for it.
/// </summary>
public sealed class NewTaskModel(OpenTargetedTaskHandler open, WeijianDb db, TimeProvider clock) : WeijianPageModel
{
    /// <summary>The kinds an officer may open here; random targets only come from a plan's draw (OpenTargetedTask refuses them).</summary>
    public static readonly InspectionKind[] Kinds =
        [InspectionKind.Complaint, InspectionKind.Referral, InspectionKind.FollowUp, InspectionKind.LicensingSiteCheck, InspectionKind.SpecialCampaign, InspectionKind.Routine];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? EntityId { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? ItemCodes { get; set; }

    [BindProperty]
    public DateOnly? DueBy { get; set; }

    public IReadOnlyList<(Guid Id, string Name, string Address)> Entities { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var codes = (ItemCodes ?? "").Split([',', '，', '、', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            await open.HandleAsync(new OpenTargetedTask(EntityId, Kind, Reason, codes, DueBy, null), ct);
            SetFlash("已登记检查任务，请安排检查");
            return RedirectToPage("/Inspections/Plan", new { entityId = EntityId, plannedOn = ChinaClock.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        DueBy ??= ChinaClock.Today(clock).AddDays(15);
        var query = db.Set<RegulatedEntity>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(e => e.Name.Contains(q) || e.Address.Contains(q));
        }

        var rows = await query.OrderBy(e => e.Name).Take(100).Select(e => new { e.Id, e.Name, e.Address }).ToListAsync(ct);
        if (EntityId is { } chosen && rows.All(r => r.Id != chosen))
        {
            rows.InsertRange(0, await db.Set<RegulatedEntity>().AsNoTracking().Where(e => e.Id == chosen).Select(e => new { e.Id, e.Name, e.Address }).ToListAsync(ct));
        }

        Entities = [.. rows.Select(r => (r.Id, r.Name, r.Address))];
    }
}
