using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;

namespace Weijian.Platform.Publication;

/// <summary>
/// One row per disclosure. Indexes serve the public list of a bureau (kind, newest decision first), the search by
/// decision number, the source look-up of the subscribers and the retention sweep.
/// </summary>
internal sealed class EnforcementDisclosureConfiguration : IEntityTypeConfiguration<EnforcementDisclosure>
{
    public void Configure(EntityTypeBuilder<EnforcementDisclosure> b)
    {
        b.ToTable("enforcement_disclosures");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(d => d.WithdrawalReason).HasConversion<string>().HasMaxLength(40);
        b.Property(d => d.SourceType).HasMaxLength(60);
        b.Property(d => d.SourceId).HasMaxLength(60);
        b.Property(d => d.DecisionNumber).HasMaxLength(100);
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.PartyName).HasMaxLength(200);
        b.Property(d => d.PartyCreditCode).HasMaxLength(30);
        b.Property(d => d.PublishedBy).HasMaxLength(100);
        b.Property(d => d.WithdrawalText).HasMaxLength(500);
        b.Ignore(d => d.Fields);
        b.Ignore(d => d.PublishedLate);
        b.Ignore(d => d.WithdrawnLate);
        b.Ignore(d => d.IsPublic);
        b.HasIndex(d => new { d.OrganizationId, d.SourceType, d.SourceId });
        b.HasIndex(d => new { d.OrganizationId, d.OfflineOn, d.DecidedOn });
        b.HasIndex(d => new { d.OrganizationId, d.DecisionNumber });
        b.HasIndex(d => new { d.OrganizationId, d.PublishedOn });
        b.HasIndex(d => d.RetentionEnd);
    }
}
