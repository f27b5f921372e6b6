using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;

namespace Weijian.Reports.AnnualReports;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> b)
    {
        b.ToTable("annual_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.CorrectionReason).HasMaxLength(AnnualReport.ReasonMax);
        b.Property(r => r.Measures).HasMaxLength(AnnualReport.SectionMax);
        b.Property(r => r.Shortcomings).HasMaxLength(AnnualReport.SectionMax);
        b.Property(r => r.Leadership).HasMaxLength(AnnualReport.SectionMax);
        b.Property(r => r.Plans).HasMaxLength(AnnualReport.SectionMax);
        b.Property(r => r.Other).HasMaxLength(AnnualReport.SectionMax);
        b.Property(r => r.DocumentSha256).HasMaxLength(64);
        b.Property(r => r.CreatedBy).HasMaxLength(100);
        b.Property(r => r.UpdatedBy).HasMaxLength(100);
        b.Property(r => r.FinalisedBy).HasMaxLength(100);
        b.Ignore(r => r.FrozenFigures);

        // One report per organisation, year and roll-up; corrections are the next versions (docs/adr/0015).
        b.HasIndex(r => new { r.OrganizationId, r.Year, r.Rollup, r.Version }).IsUnique();
    }
}
