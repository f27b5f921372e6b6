using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Organizations;
using Weijian.Registry.Entities;

namespace Weijian.Licensing;

internal sealed class LicenseItemConfiguration : IEntityTypeConfiguration<LicenseItem>
{
    public void Configure(EntityTypeBuilder<LicenseItem> b)
    {
        b.ToTable("licence_items");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.Code).HasMaxLength(LicenseItem.CodeMax);
        b.Property(i => i.Name).HasMaxLength(LicenseItem.NameMax);
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Specialty).HasConversion<string>().HasMaxLength(30);
        b.Property(i => i.LicenseType).HasMaxLength(60);
        b.Property(i => i.LegalBasis).HasMaxLength(LicenseItem.TextMax);
        b.Property(i => i.Conditions).HasMaxLength(LicenseItem.TextMax);
        b.Property(i => i.QuantityLimit).HasMaxLength(500);
        b.Property(i => i.Fees).HasMaxLength(500);
        b.Property(i => i.CommitmentObligations).HasMaxLength(LicenseItem.TextMax);
        b.Property(i => i.AcceptingUnit).HasMaxLength(200);
        b.Property(i => i.ApprovingUnit).HasMaxLength(200);
        b.Property(i => i.ServiceChannel).HasMaxLength(500);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.Ignore(i => i.Materials);
        b.Ignore(i => i.Steps);
        b.Ignore(i => i.CompressionRatio);
        b.Ignore(i => i.DecidedOnTheSpot);
        b.HasIndex(i => new { i.OrganizationId, i.Code }).IsUnique();
    }
}

internal sealed class LicenseConfiguration : IEntityTypeConfiguration<License>
{
    public void Configure(EntityTypeBuilder<License> b)
    {
        b.ToTable("licences");
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RegulatedEntity>().WithMany().HasForeignKey(l => l.EntityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(l => l.HolderName).HasMaxLength(200);
        b.Property(l => l.HolderCreditCode).HasMaxLength(18);
        b.Property(l => l.LicenseType).HasMaxLength(60);
        b.Property(l => l.Number).HasMaxLength(License.NumberMax);
        b.Property(l => l.Scope).HasMaxLength(License.ScopeMax);
        b.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.StatusReason).HasMaxLength(500);
        b.Ignore(l => l.History);
        b.Ignore(l => l.LastRecheckedOn);
        b.Ignore(l => l.LastRemindedOn);
        b.HasIndex(l => new { l.OrganizationId, l.Number }).IsUnique();
        b.HasIndex(l => new { l.OrganizationId, l.EntityId, l.LicenseType });
        b.HasIndex(l => new { l.OrganizationId, l.Status, l.ValidUntil });
    }
}
