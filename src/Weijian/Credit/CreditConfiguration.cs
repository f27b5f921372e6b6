using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;

namespace Weijian.Credit;

internal sealed class CreditRecordConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> b)
    {
        b.ToTable("credit_records");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.PartyName).HasMaxLength(200);
        b.Property(r => r.PartyKind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.PartyCreditCode).HasMaxLength(18);
        b.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.SourceNumber).HasMaxLength(CreditRecord.NumberMax);
        b.Property(r => r.Content).HasMaxLength(2000);
        b.Property(r => r.PenaltyTypes).HasMaxLength(300);
        b.Property(r => r.Severity).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.RuleSetCode).HasMaxLength(60);
        b.Property(r => r.RuleSetName).HasMaxLength(200);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.EndReason).HasMaxLength(200);
        b.Ignore(r => r.RepairRequests);
        b.Ignore(r => r.History);
        b.HasIndex(r => new { r.OrganizationId, r.Status, r.MaxUntil });
        b.HasIndex(r => new { r.OrganizationId, r.EntityId });
        b.HasIndex(r => new { r.OrganizationId, r.Source, r.SourceId }).IsUnique();
        b.HasIndex(r => new { r.OrganizationId, r.SourceNumber });
    }
}
