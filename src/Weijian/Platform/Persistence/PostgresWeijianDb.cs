using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;

namespace Weijian.Platform.Persistence;

/// <summary>PostgreSQL 15: production, several stateless web nodes share it.</summary>
public sealed class PostgresWeijianDb(DbContextOptions<PostgresWeijianDb> options, CurrentActor actor, TimeProvider clock, IServiceProvider? services = null)
    : WeijianDb(options, actor, clock, services)
{
    /// <summary>
    /// A transaction-scoped advisory lock per organisation: concurrent appends to the same chain queue here, appends
    /// to different chains do not block each other. The key is the first 8 bytes of the organisation id.
    /// </summary>
    protected override async Task LockAuditChainAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        var key = BitConverter.ToInt64(organizationId.ToByteArray(), 0);
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }
}
