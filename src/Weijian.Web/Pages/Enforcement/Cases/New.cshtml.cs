using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Calendar;
using Weijian.Registry.Entities;

namespace Weijian.Web.Pages.Enforcement.Cases;

/// <summary>
/// 案件受理登记 (RegisterLead): the party is chosen from the entity register (searched by name, or given as
/// <c>?entityId=</c>), then source, specialty, cause, what happened and the dates the limitation check needs (R-PEN-7).
/// </summary>
public sealed class NewModel(RegisterLeadHandler register, ListEntitiesHandler entities, GetEntityHandler getEntity, TimeProvider clock) : WeijianPageModel
{
    public const int MatchLimit = 15;

    [BindProperty(SupportsGet = true)]
    public Guid? EntityId { get; set; }

    /// <summary>The name fragment the party was searched by (kept on the form so the choices survive a failed submit).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? SourceReference { get; set; }

    [BindProperty]
    public string? Specialty { get; set; }

    [BindProperty]
    public string? Cause { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    public DateOnly? DiscoveredOn { get; set; }

    [BindProperty]
    public DateOnly? ActDate { get; set; }

    /// <summary>The chosen party, when <see cref="EntityId"/> names one.</summary>
    public RegulatedEntityView? Chosen { get; private set; }

    public IReadOnlyList<RegulatedEntityView> Matches { get; private set; } = [];

    public int MatchTotal { get; private set; }

    public DateOnly Today => ChinaClock.Today(clock);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        ReceivedOn ??= Today;
        Source ??= nameof(CaseSource.Inspection);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var c = await register.HandleAsync(
                new RegisterLead(EntityId, Source, SourceReference, Specialty, Cause, Summary, ReceivedOn, DiscoveredOn, ActDate), ct);
            SetFlash($"已受理登记，案件编号 {c.Number}。");
            return RedirectToPage("/Enforcement/Cases/Details", new { id = c.Id });
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        if (EntityId is { } id)
        {
            try
            {
                Chosen = await getEntity.HandleAsync(new GetEntity(id), ct);
            }
            catch (Weijian.Platform.Rules.DomainRuleException e) when (e.Kind == Weijian.Platform.Rules.RuleViolationKind.NotFound)
            {
                // A stale or foreign id in the link: ask for the party again instead of a 404 page.
                ModelState.AddModelError(nameof(EntityId), "所选当事人不存在或不属于本单位，请重新选择");
                EntityId = null;
            }
        }

        if (!string.IsNullOrWhiteSpace(Party))
        {
            var found = await entities.HandleAsync(new ListEntities(Name: Party, Sort: "name", PageSize: MatchLimit), ct);
            Matches = found.Items;
            MatchTotal = found.Total;
        }
    }
}
