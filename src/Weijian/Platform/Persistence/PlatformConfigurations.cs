using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Audit;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Organizations;
using Weijian.Platform.Rules;
using Weijian.Platform.Users;

namespace Weijian.Platform.Persistence;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.HasKey(o => o.Id);
        b.Property(o => o.Path).HasMaxLength(400);
        b.HasIndex(o => o.Path);
        b.HasIndex(o => o.ParentId);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(o => o.Name).HasMaxLength(100);
        b.Property(o => o.ShortName).HasMaxLength(10);
        b.Property(o => o.RegionCode).HasMaxLength(6);
        b.Property(o => o.DeactivationReason).HasMaxLength(200);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(50);
        b.Property(u => u.DeactivationReason).HasMaxLength(200);
        b.HasIndex(u => u.OrganizationId);
        b.HasOne<Organization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The role catalogue is reference data: seeded with fixed ids so both providers' migrations insert the same rows.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b) =>
        b.HasData(Roles.All.Select((r, i) => new Role
        {
            Id = new Guid($"00000000-0000-0000-0000-{i + 1:D12}"),
            Name = r.Code,
            NormalizedName = r.Code.ToUpperInvariant(),
            ConcurrencyStamp = r.Code,
        }));
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasKey(a => a.Id);
        b.HasIndex(a => new { a.OrganizationId, a.Sequence }).IsUnique();
        b.HasIndex(a => new { a.OrganizationId, a.SubjectType, a.SubjectId });
        b.Property(a => a.ActorName).HasMaxLength(100);
        b.Property(a => a.Action).HasMaxLength(100);
        b.Property(a => a.SubjectType).HasMaxLength(100);
        b.Property(a => a.SubjectId).HasMaxLength(100);
        b.Property(a => a.PreviousHash).HasMaxLength(64).IsFixedLength();
        b.Property(a => a.Hash).HasMaxLength(64).IsFixedLength();
    }
}

internal sealed class DeadlineClockConfiguration : IEntityTypeConfiguration<DeadlineClock>
{
    public void Configure(EntityTypeBuilder<DeadlineClock> b)
    {
        b.HasKey(d => d.Id);
        b.HasIndex(d => new { d.OrganizationId, d.AssigneeId, d.Status });
        b.HasIndex(d => new { d.OrganizationId, d.SubjectType, d.SubjectId });
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.SubjectType).HasMaxLength(100);
        b.Property(d => d.SubjectId).HasMaxLength(100);
        b.Property(d => d.RuleId).HasMaxLength(20);
        b.Property(d => d.LegalBasis).HasMaxLength(200);
        b.Property(d => d.Unit).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.RuleApplied).HasMaxLength(500);
        b.Property(d => d.CloseReason).HasMaxLength(200);
        b.Ignore(d => d.Pauses);
    }
}

internal sealed class CalendarYearRecordConfiguration : IEntityTypeConfiguration<CalendarYearRecord>
{
    public void Configure(EntityTypeBuilder<CalendarYearRecord> b)
    {
        b.HasKey(c => c.Year);
        b.Property(c => c.Year).ValueGeneratedNever();
        b.Property(c => c.Source).HasMaxLength(200);
        b.Property(c => c.ImportedBy).HasMaxLength(100);
    }
}

internal sealed class DataProtectionKeyRecordConfiguration : IEntityTypeConfiguration<DataProtectionKeyRecord>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRecord> b)
    {
        b.HasKey(k => k.Id);
        b.Property(k => k.FriendlyName).HasMaxLength(200);
    }
}

internal sealed class RuleParameterConfiguration : IEntityTypeConfiguration<RuleParameter>
{
    public void Configure(EntityTypeBuilder<RuleParameter> b)
    {
        b.HasKey(p => p.Id);
        b.HasIndex(p => new { p.Key, p.JurisdictionId, p.EffectiveFrom });
        b.Property(p => p.Key).HasMaxLength(100);
        b.Property(p => p.Value).HasMaxLength(100);
        b.Property(p => p.Source).HasMaxLength(200);
        b.Property(p => p.RecordedBy).HasMaxLength(100);
    }
}
