using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Entities;

/// <summary>
/// Upserts many validated entities keyed by credit code in one transaction (one lookup query, one save, every change
/// audited): the import and the demo use it. The caller guarantees distinct codes and has checked the actor's role.
/// </summary>
internal static class EntityBatch
{
    public static async Task<IReadOnlyList<UpsertOutcome>> UpsertAsync(
        WeijianDb db, Guid orgId, IReadOnlyList<ValidEntityDetails> rows, DateTimeOffset now, CancellationToken ct)
    {
        var codes = rows.Select(r => r.CreditCode).ToList();
        var existing = await db.Set<RegulatedEntity>()
            .Where(e => e.OrganizationId == orgId && codes.Contains(e.CreditCode))
            .ToDictionaryAsync(e => e.CreditCode, StringComparer.Ordinal, ct);
        var outcomes = rows.Select(r => UpsertEntityByKeyHandler.Apply(db, orgId, existing.GetValueOrDefault(r.CreditCode), r, now).Outcome).ToList();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return outcomes;
    }
}
