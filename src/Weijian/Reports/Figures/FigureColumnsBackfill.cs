using Microsoft.EntityFrameworkCore;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Inspections.Visits;
using Weijian.Platform.Persistence;

namespace Weijian.Reports.Figures;

/// <summary>
/// Migration <see cref="Migration"/> added columns the figures count in SQL (a case's heaviest penalty type, its standing
/// legal-review date, one row per 集体讨论, a visit's target count). Records made before it hold these facts only in their
/// JSON, so without this the figures of an upgraded database would silently undercount them. Runs once, right after that
/// migration is applied, and fills the columns from each record's own data (idempotent: a filled record is left alone).
/// </summary>
public static class FigureColumnsBackfill
{
    public const string Migration = "ReportsDocumentsPortalIndexes";

    private const int Batch = 500;

    public static bool IsNeeded(IEnumerable<string> pendingMigrations, IEnumerable<string> appliedMigrations) =>
        appliedMigrations.Any() && pendingMigrations.Any(m => m.EndsWith("_" + Migration, StringComparison.Ordinal));

    /// <summary>Fills the columns; returns how many cases and visits changed.</summary>
    public static async Task<(int Cases, int Inspections)> RunAsync(WeijianDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var caseIds = await db.Set<PenaltyCase>().IgnoreQueryFilters()
            .Where(c => c.DecidedTermsJson != null || c.ReviewsJson != "[]" || c.DiscussionsJson != "[]").Select(c => c.Id).ToListAsync(ct);
        var cases = await RestoreAsync(db, caseIds, chunk => db.Set<PenaltyCase>().IgnoreQueryFilters().Where(c => chunk.Contains(c.Id)), c => c.RestoreFigureColumns(), ct);
        var inspectionIds = await db.Set<Inspection>().IgnoreQueryFilters().Where(i => i.TargetCount == 0).Select(i => i.Id).ToListAsync(ct);
        var inspections = await RestoreAsync(db, inspectionIds, chunk => db.Set<Inspection>().IgnoreQueryFilters().Where(i => chunk.Contains(i.Id)), i => i.RestoreFigureColumns(), ct);
        return (cases, inspections);
    }

    private static async Task<int> RestoreAsync<T>(WeijianDb db, List<Guid> ids, Func<Guid[], IQueryable<T>> load, Func<T, bool> restore, CancellationToken ct)
    {
        var changed = 0;
        foreach (var chunk in ids.Chunk(Batch))
        {
            foreach (var record in await load(chunk).ToListAsync(ct))
            {
                changed += restore(record) ? 1 : 0;
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        return changed;
    }
}
