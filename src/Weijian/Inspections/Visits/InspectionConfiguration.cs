using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Visits;

/// <summary>
/// One row per visit; child records as JSON text. The number is unique in the organisation; (entity, planned date)
/// serves merging and the yearly cap (R-INS-9); status/date the list; publication the public page.
/// </summary>
internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.ToTable("inspections");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RegulatedEntity>().WithMany().HasForeignKey(i => i.EntityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(i => i.Number).HasMaxLength(20);
        b.Property(i => i.EntityName).HasMaxLength(200);
        foreach (var e in new[] { nameof(Inspection.PartyKind), nameof(Inspection.Specialty), nameof(Inspection.Kind), nameof(Inspection.Status), nameof(Inspection.Conclusion), nameof(Inspection.Grade), nameof(Inspection.OriginalConclusion) })
        {
            b.Property(e).HasConversion<string>().HasMaxLength(40);
        }

        b.Property(i => i.GradeScore).HasPrecision(6, 2);
        b.Property(i => i.Findings).HasMaxLength(Inspection.TextMax);
        b.Property(i => i.Opinion).HasMaxLength(Inspection.TextMax);
        b.Property(i => i.CorrectionRequirement).HasMaxLength(Inspection.TextMax);
        b.Property(i => i.CaseNumber).HasMaxLength(20);
        b.Property(i => i.RevocationReason).HasMaxLength(Inspection.TextMax);
        b.Property(i => i.ChangeReason).HasMaxLength(Inspection.TextMax);
        b.Property(i => i.CreatedBy).HasMaxLength(100);
        b.Ignore(i => i.Officers);
        b.Ignore(i => i.Targets);
        b.Ignore(i => i.Checklist);
        b.Ignore(i => i.Measurements);
        b.Ignore(i => i.Evidence);
        b.Ignore(i => i.PublishedLate);
        b.HasIndex(i => new { i.OrganizationId, i.Number }).IsUnique();
        b.HasIndex(i => new { i.OrganizationId, i.EntityId, i.PlannedOn });
        b.HasIndex(i => new { i.OrganizationId, i.Status, i.PlannedOn });
        b.HasIndex(i => new { i.OrganizationId, i.PublishedOn });
    }
}
