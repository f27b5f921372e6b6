using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Reports.Figures;

/// <summary>A group's record count and amount sum.</summary>
public sealed record FigureSum<TKey>(TKey Key, int Count, decimal Amount);

/// <summary>
/// Sums of the records' amounts. PostgreSQL sums numeric in the database; SQLite stores decimals as text and cannot sum them
/// exactly in SQL, so on SQLite (a county's database, small) the amounts are added here. The one place that knows this.
/// </summary>
public static class FigureSums
{
    /// <summary>Count and amount per <paramref name="key"/> (an anonymous type of record fields, e.g. organisation and group).</summary>
    public static async Task<IReadOnlyList<FigureSum<TKey>>> ByAsync<TKey>(
        IQueryable<FigureRecord> records, Expression<Func<FigureRecord, TKey>> key, WeijianDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(key);
        if (db is SqliteWeijianDb)
        {
            // Only the key's fields and the amount leave the database, not whole records (their labels are long text).
            var record = key.Parameters[0];
            var keyAndAmount = Expression.Lambda<Func<FigureRecord, KeyAmount<TKey>>>(
                Expression.New(typeof(KeyAmount<TKey>).GetConstructors()[0], key.Body, Expression.Property(record, nameof(FigureRecord.Amount))), record);
            var rows = await records.Select(keyAndAmount).ToListAsync(ct);
            return [.. rows.GroupBy(r => r.Key).Select(g => new FigureSum<TKey>(g.Key, g.Count(), g.Sum(r => r.Amount)))];
        }

        return await records.GroupBy(key).Select(g => new FigureSum<TKey>(g.Key, g.Count(), g.Sum(r => r.Amount))).ToListAsync(ct);
    }

    /// <summary>The amount of all the records.</summary>
    public static async Task<decimal> TotalAsync(IQueryable<FigureRecord> records, WeijianDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        return db is SqliteWeijianDb
            ? (await records.Select(r => r.Amount).ToListAsync(ct)).Sum()
            : await records.SumAsync(r => r.Amount, ct);
    }

    private sealed record KeyAmount<TKey>(TKey Key, decimal Amount);
}
