using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Visits;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Registry.Officers;

namespace Weijian.Web.Pages.Inspections;

/// <summary>
/// 安排检查: choose the entity (entities with open targets are offered), see the targets that will be merged (综合查一次)
/// and the yearly-cap status (R-INS-9), choose at least two officers (R-OFF-1) and the date.
/// </summary>
public sealed class PlanModel(PreviewInspectionPlanHandler preview, PlanInspectionHandler plan, WeijianDb db, TimeProvider clock) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? EntityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? PlannedOn { get; set; }

    [BindProperty]
    public List<Guid> OfficerIds { get; set; } = [];

    public InspectionPlanPreview? Preview { get; private set; }

    public IReadOnlyList<(Guid Id, string Name, int Targets, DateOnly Due)> Candidates { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name, string? Credential)> Officers { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var v = await plan.HandleAsync(new PlanInspection(EntityId, PlannedOn, OfficerIds), ct);
            SetFlash(v.Message is { } merged ? $"已安排检查{v.Number}。{merged}" : $"已安排检查{v.Number}");
            return RedirectToPage("/Inspections/Details", new { id = v.Id });
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        PlannedOn ??= ChinaClock.Today(clock);
        var open = await db.Set<Weijian.Inspections.Plans.InspectionTarget>().AsNoTracking()
            .Where(t => t.Status == Weijian.Inspections.Plans.TargetStatus.Open && t.InspectionId == null)
            .Select(t => new { t.EntityId, t.EntityName, t.DueBy }).ToListAsync(ct);
        Candidates = [.. open.GroupBy(t => t.EntityId).Select(g => (g.Key, g.First().EntityName, g.Count(), g.Min(x => x.DueBy))).OrderBy(x => x.Item4).Take(200)];
        var officers = await db.Set<Officer>().AsNoTracking().Where(o => o.CredentialNumber != null).OrderBy(o => o.Name).ToListAsync(ct);
        Officers = [.. officers.Select(o => (o.Id, o.Name, o.CredentialNumber))];
        if (EntityId is not null)
        {
            Preview = await preview.HandleAsync(new PreviewInspectionPlan(EntityId, PlannedOn), ct);
        }
    }
}
