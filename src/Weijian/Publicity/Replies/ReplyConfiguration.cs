using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;

namespace Weijian.Publicity.Replies;

internal sealed class EntityReplyConfiguration : IEntityTypeConfiguration<EntityReply>
{
    public void Configure(EntityTypeBuilder<EntityReply> b)
    {
        b.ToTable("entity_replies");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.SubjectKind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.SubjectNumber).HasMaxLength(200);
        b.Property(r => r.EntityName).HasMaxLength(200);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Text).HasMaxLength(EntityReply.TextMax);
        b.Property(r => r.Submitter).HasMaxLength(100);
        b.Property(r => r.Contact).HasMaxLength(100);
        b.Property(r => r.Channel).HasMaxLength(40);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.DecidedBy).HasMaxLength(100);
        b.Property(r => r.Reasons).HasMaxLength(1000);
        b.Ignore(r => r.History);
        b.HasIndex(r => new { r.OrganizationId, r.Status, r.SubmittedAt });
        b.HasIndex(r => new { r.OrganizationId, r.SubjectKind, r.SubjectId });
    }
}
