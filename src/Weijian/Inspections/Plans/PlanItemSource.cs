using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Catalogs;

namespace Weijian.Inspections.Plans;

/// <summary>
/// Where plan items come from (R-INS-2): the planning organisation's own 随机抽查事项清单 in force, else the national
/// starter list shipped with the platform — a province or city usually keeps no list of its own.
/// </summary>
internal static class PlanItemSource
{
    private static readonly Lazy<IReadOnlyList<(string Code, CatalogItemContent Content)>> Starter = new(() =>
    {
        try
        {
            return StarterCatalogs.Load(StarterCatalogs.DefaultDirectory, CatalogKind.InspectionItem).Items;
        }
        catch (DomainRuleException)
        {
            return [];
        }
    });

    /// <summary>Every item the actor's organisation can plan with, by code (its own list wins over the starter list).</summary>
    public static async Task<IReadOnlyList<PlanItem>> AvailableAsync(WeijianDb db, DateOnly today, CancellationToken ct)
    {
        var own = await db.Set<CatalogItem>().AsNoTracking()
            .Where(i => i.Kind == CatalogKind.InspectionItem).ToListAsync(ct);
        var items = new Dictionary<string, PlanItem>(StringComparer.Ordinal);
        foreach (var i in own)
        {
            if (i.VersionOn(today) is { Specialty: { } s } v)
            {
                items[i.Code] = new PlanItem(i.Code, v.Name, s, v.Level ?? InspectionLevel.General);
            }
        }

        foreach (var (code, c) in Starter.Value)
        {
            if (c.Specialty is { } s && !items.ContainsKey(code))
            {
                items[code] = new PlanItem(code, c.Name, s, c.Level ?? InspectionLevel.General);
            }
        }

        return items.Values.OrderBy(i => i.Specialty).ThenBy(i => i.Code, StringComparer.Ordinal).ToList();
    }
}
