using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Documents;

/// <summary>
/// Makes number allocation safe inside the caller's unit of work. A number must be known when the document is rendered
/// (it is printed in it, and the file's hash covers it), long before the caller's one <c>SaveChangesAsync</c>. So the
/// allocation runs in a database transaction that holds the numbering lock until that save: if the caller has a
/// transaction open it is used; otherwise one is opened here, and this interceptor commits it right after the next
/// successful save of the same context (or rolls it back when that save fails). The lock is a transaction-scoped
/// advisory lock per organisation on PostgreSQL, and the database write lock of SQLite's BEGIN IMMEDIATE. A concurrent
/// issuer in the same organisation therefore waits, then sees the committed numbers: no repeats, and no gaps,
/// because a rolled-back unit of work takes its numbers with it.
/// </summary>
public sealed class NumberingTransaction : SaveChangesInterceptor
{
    /// <summary>The advisory-lock class of document numbering (two-key form: never collides with the audit chain's one-key locks).</summary>
    private const int LockClass = 0x57_44_4F_43; // "WDOC"

    private static readonly ConditionalWeakTable<DbContext, IDbContextTransaction> Opened = [];

    public static NumberingTransaction Interceptor { get; } = new();

    /// <summary>Takes the organisation's numbering lock, opening a transaction (committed by the next save) if none is open.</summary>
    public static async Task LockAsync(WeijianDb db, Guid organizationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            Opened.AddOrUpdate(db, await db.Database.BeginTransactionAsync(ct));
        }

        if (db is PostgresWeijianDb)
        {
            var key = BitConverter.ToInt32(organizationId.ToByteArray(), 0);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, {key})", ct);
        }
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Opened.TryGetValue(context, out var transaction))
        {
            Opened.Remove(context);
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Opened.TryGetValue(context, out var transaction))
        {
            Opened.Remove(context);
            transaction.Commit();
            transaction.Dispose();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Opened.TryGetValue(context, out var transaction))
        {
            Opened.Remove(context);
            try
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
            {
                // The failure may have broken the connection (and with it the transaction, which the server then rolls
                // back itself); the save's own exception is the one the caller must see, not this one.
            }
            finally
            {
                await transaction.DisposeAsync();
            }
        }
    }
}
