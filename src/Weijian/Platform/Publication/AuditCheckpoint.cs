using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Platform.Publication;

/// <summary>
/// 审计日检查点 (DESIGN §5 audit checkpoints): per organisation per day, the sequence and hash of the last entry of its
/// audit chain at the end of that day (Beijing time), published on the portal. Anyone who kept a copy can later check
/// that the chain still holds that hash at that sequence, i.e. nothing before it was rewritten.
/// </summary>
public sealed class AuditCheckpoint : ITenantOwned
{
    private AuditCheckpoint()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public DateOnly Day { get; private set; }

    public long Sequence { get; private set; }

    public string HeadHash { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public static AuditCheckpoint Record(Guid organizationId, DateOnly day, long sequence, string headHash, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = organizationId,
        Day = day,
        Sequence = sequence,
        HeadHash = headHash,
        RecordedAt = now,
    };
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> b)
    {
        b.ToTable("audit_checkpoints");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.HeadHash).HasMaxLength(64);
        b.HasIndex(c => new { c.OrganizationId, c.Day }).IsUnique();
    }
}

/// <summary>
/// Records the checkpoint of every organisation with an audit chain for <see cref="Day"/> (default: yesterday, Beijing
/// time) — run by the daily timer and <c>weijian checkpoints record</c>; a day already recorded is left as it is.
/// </summary>
public sealed record RecordAuditCheckpoints(DateOnly? Day = null);

public sealed record AuditCheckpointsRecorded(DateOnly Day, int Recorded);

public sealed class RecordAuditCheckpointsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<AuditCheckpointsRecorded> HandleAsync(RecordAuditCheckpoints command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!db.Actor.IsSystem)
        {
            db.Actor.Require(Roles.SystemAdministrator);
        }

        var today = ChinaClock.Today(clock);
        var day = command.Day ?? today.AddDays(-1);
        if (day >= today)
        {
            throw Input.Invalid("validation.checkpoint-day", "day", "只能记录已结束的日期的检查点");
        }

        // The end of the day in Beijing, as an instant.
        var end = new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
        var done = await db.Set<AuditCheckpoint>().IgnoreQueryFilters().Where(c => c.Day == day).Select(c => c.OrganizationId).ToListAsync(ct);
        var orgs = await db.Organizations.IgnoreQueryFilters().Select(o => o.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var recorded = 0;
        foreach (var orgId in orgs.Except(done))
        {
            var head = await db.AuditEntries.IgnoreQueryFilters().Where(e => e.OrganizationId == orgId && e.RecordedAt < end)
                .OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
            if (head is null)
            {
                continue;
            }

            db.Set<AuditCheckpoint>().Add(AuditCheckpoint.Record(orgId, day, head.Sequence, head.Hash, now));
            recorded++;
        }

        await db.SaveChangesAsync(ct);
        return new AuditCheckpointsRecorded(day, recorded);
    }
}

public sealed record AuditCheckpointView(DateOnly Day, long Sequence, string HeadHash, bool StillInChain);

/// <summary>The published checkpoints of an organisation, newest first, each re-checked against the chain as it is now.</summary>
public sealed record ListAuditCheckpoints(Guid OrganizationId, int? Page = 1, int? PageSize = 30);

public sealed class ListAuditCheckpointsHandler(WeijianDb db)
{
    public async Task<Paged<AuditCheckpointView>> HandleAsync(ListAuditCheckpoints query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = await Paged.FromQueryAsync(
            db.Set<AuditCheckpoint>().IgnoreQueryFilters().AsNoTracking().Where(c => c.OrganizationId == query.OrganizationId).OrderByDescending(c => c.Day),
            query.Page, query.PageSize, ct);
        var sequences = page.Items.Select(c => c.Sequence).ToList();
        var hashes = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == query.OrganizationId && sequences.Contains(e.Sequence))
            .ToDictionaryAsync(e => e.Sequence, e => e.Hash, ct);
        return new Paged<AuditCheckpointView>(
            [.. page.Items.Select(c => new AuditCheckpointView(c.Day, c.Sequence, c.HeadHash, hashes.TryGetValue(c.Sequence, out var h) && h == c.HeadHash))],
            page.Total, page.Page, page.PageSize);
    }
}
