using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Plans;

internal sealed class InspectionPlanConfiguration : IEntityTypeConfiguration<InspectionPlan>
{
    public void Configure(EntityTypeBuilder<InspectionPlan> b)
    {
        b.ToTable("inspection_plans");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Title).HasMaxLength(InspectionPlan.TitleMax);
        b.Property(p => p.Notes).HasMaxLength(InspectionPlan.NotesMax);
        b.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.CreatedBy).HasMaxLength(100);
        b.Ignore(p => p.Items);
        b.Ignore(p => p.Strata);
        b.Ignore(p => p.RiskWeights);
        b.Ignore(p => p.IssuedTo);
        b.HasIndex(p => new { p.OrganizationId, p.Year, p.Status });
    }
}

internal sealed class InspectionTaskConfiguration : IEntityTypeConfiguration<InspectionTask>
{
    public void Configure(EntityTypeBuilder<InspectionTask> b)
    {
        b.ToTable("inspection_tasks");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Title).HasMaxLength(InspectionPlan.TitleMax);
        b.Property(t => t.Reason).HasMaxLength(InspectionTask.ReasonMax);
        b.Property(t => t.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.CreatedBy).HasMaxLength(100);
        b.Ignore(t => t.Items);
        b.Ignore(t => t.Strata);
        b.Ignore(t => t.RiskWeights);
        b.HasIndex(t => new { t.OrganizationId, t.Year, t.Status });
        b.HasIndex(t => new { t.OrganizationId, t.PlanId }).IsUnique();
    }
}

internal sealed class InspectionTargetConfiguration : IEntityTypeConfiguration<InspectionTarget>
{
    public void Configure(EntityTypeBuilder<InspectionTarget> b)
    {
        b.ToTable("inspection_targets");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InspectionTask>().WithMany().HasForeignKey(t => t.TaskId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RegulatedEntity>().WithMany().HasForeignKey(t => t.EntityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.EntityName).HasMaxLength(200);
        b.Property(t => t.Specialty).HasConversion<string>().HasMaxLength(40);
        b.Property(t => t.Stratum).HasMaxLength(100);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Reason).HasMaxLength(InspectionTarget.ReasonMax);
        b.Property(t => t.ClosedReason).HasMaxLength(InspectionTarget.ReasonMax);
        b.Property(t => t.ItemCodesJson).HasMaxLength(4000);
        b.Property(t => t.OfficerIdsJson).HasMaxLength(2000);
        b.Ignore(t => t.ItemCodes);
        b.Ignore(t => t.OfficerIds);
        b.HasIndex(t => new { t.OrganizationId, t.TaskId, t.Status });
        b.HasIndex(t => new { t.OrganizationId, t.EntityId, t.Status });
        b.HasIndex(t => new { t.OrganizationId, t.InspectionId });
    }
}
