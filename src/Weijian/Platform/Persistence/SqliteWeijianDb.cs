using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Weijian.Platform.Authorization;

namespace Weijian.Platform.Persistence;

/// <summary>SQLite: the zero-configuration default, one file under <c>data/</c>.</summary>
public sealed class SqliteWeijianDb(DbContextOptions<SqliteWeijianDb> options, CurrentActor actor, TimeProvider clock, IServiceProvider? services = null)
    : WeijianDb(options, actor, clock, services)
{
    /// <summary>
    /// Nothing to do: EF begins SQLite transactions with BEGIN IMMEDIATE, which takes the database's write lock,
    /// so appends to any chain are already serialised.
    /// </summary>
    protected override Task LockAuditChainAsync(Guid organizationId, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time-offset type; exact UTC ticks keep ordering and comparison in SQL, and keep every
        // audited time bit-for-bit (EF's DateTimeOffsetToBinaryConverter drops precision, which would break hashes).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}
