using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Inspections.Visits;
using Weijian.Platform.Organizations;
using Weijian.Registry.Officers;

namespace Weijian.Publicity.Officers;

/// <summary>The token is unique across organisations (a scan finds one code); (organisation, officer) lists an officer's codes.</summary>
internal sealed class OfficerCodeConfiguration : IEntityTypeConfiguration<OfficerCode>
{
    public void Configure(EntityTypeBuilder<OfficerCode> b)
    {
        b.ToTable("officer_codes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Officer>().WithMany().HasForeignKey(x => x.OfficerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Token).HasMaxLength(OfficerCode.TokenLength);
        b.Property(x => x.IssuedBy).HasMaxLength(100);
        b.Property(x => x.RevokedReason).HasMaxLength(OfficerCode.ReasonMax);
        b.Ignore(x => x.IsActive);
        b.HasIndex(x => x.Token).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.OfficerId });
    }
}

/// <summary>One confirmation per inspection (a visit is confirmed and rated once); the rating token hash is unique.</summary>
internal sealed class VisitConfirmationConfiguration : IEntityTypeConfiguration<VisitConfirmation>
{
    public void Configure(EntityTypeBuilder<VisitConfirmation> b)
    {
        b.ToTable("visit_confirmations");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.InspectionNumber).HasMaxLength(20);
        b.Property(x => x.RatingTokenHash).HasMaxLength(64);
        b.Property(x => x.Satisfaction).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Comment).HasMaxLength(VisitConfirmation.CommentMax);
        b.Ignore(x => x.Officers);
        b.Ignore(x => x.IsRated);
        b.HasIndex(x => x.InspectionId).IsUnique();
        b.HasIndex(x => x.RatingTokenHash).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.ConfirmedOn });
    }
}

internal sealed class VisitComplaintConfiguration : IEntityTypeConfiguration<VisitComplaint>
{
    public void Configure(EntityTypeBuilder<VisitComplaint> b)
    {
        b.ToTable("visit_complaints");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<VisitConfirmation>().WithMany().HasForeignKey(x => x.ConfirmationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.InspectionNumber).HasMaxLength(20);
        b.Property(x => x.Text).HasMaxLength(VisitComplaint.TextMax);
        b.Property(x => x.Reply).HasMaxLength(VisitComplaint.TextMax);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.HandlerName).HasMaxLength(100);
        b.Property(x => x.AnsweredBy).HasMaxLength(100);
        b.Ignore(x => x.AnsweredLate);
        b.HasIndex(x => x.ConfirmationId).IsUnique();
        b.HasIndex(x => new { x.OrganizationId, x.Status });
    }
}
