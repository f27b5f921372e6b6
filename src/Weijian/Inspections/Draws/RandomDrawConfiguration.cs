using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Inspections.Plans;
using Weijian.Platform.Organizations;

namespace Weijian.Inspections.Draws;

internal sealed class RandomDrawConfiguration : IEntityTypeConfiguration<RandomDraw>
{
    public void Configure(EntityTypeBuilder<RandomDraw> b)
    {
        b.ToTable("random_draws");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<InspectionTask>().WithMany().HasForeignKey(d => d.TaskId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.RedrawReason).HasMaxLength(RandomDraw.ReasonMax);
        b.Property(d => d.CommitmentHash).HasMaxLength(64);
        b.Property(d => d.SelectionHash).HasMaxLength(64);
        b.Property(d => d.CommittedBy).HasMaxLength(100);
        b.Property(d => d.DrawnBy).HasMaxLength(100);
        b.Ignore(d => d.RecordIsPublic);
        b.HasIndex(d => new { d.OrganizationId, d.TaskId, d.Round }).IsUnique();
    }
}
