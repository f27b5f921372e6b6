using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Licensing.Applicants;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Organizations;

namespace Weijian.Licensing.Applications;

internal sealed class LicenseApplicationConfiguration : IEntityTypeConfiguration<LicenseApplication>
{
    public void Configure(EntityTypeBuilder<LicenseApplication> b)
    {
        b.ToTable("licence_applications");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LicenseItem>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<License>().WithMany().HasForeignKey(a => a.LicenseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ApplicantAccount>().WithMany().HasForeignKey(a => a.ApplicantAccountId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Number).HasMaxLength(20);
        b.Property(a => a.QueryCode).HasMaxLength(20);
        b.Property(a => a.ItemCode).HasMaxLength(LicenseItem.CodeMax);
        b.Property(a => a.ItemName).HasMaxLength(LicenseItem.NameMax);
        b.Property(a => a.ItemKind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.LicenseType).HasMaxLength(60);
        b.Property(a => a.ApplicantName).HasMaxLength(LicenseApplication.NameMax);
        b.Property(a => a.ApplicantKind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.ApplicantCreditCode).HasMaxLength(18);
        b.Property(a => a.ContactPerson).HasMaxLength(50);
        b.Property(a => a.ContactPhone).HasMaxLength(30);
        b.Property(a => a.Scope).HasMaxLength(License.ScopeMax);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.IntakeRefusal).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.IntakeRefusalNote).HasMaxLength(500);
        b.Property(a => a.RightAuthority).HasMaxLength(200);
        b.Property(a => a.SiteCheckFindings).HasMaxLength(LicenseApplication.TextMax);
        b.Property(a => a.ReviewerName).HasMaxLength(100);
        b.Property(a => a.ReviewOpinion).HasMaxLength(LicenseApplication.TextMax);
        b.Property(a => a.ExtensionReason).HasMaxLength(500);
        b.Property(a => a.ExtensionApprovedBy).HasMaxLength(100);
        b.Property(a => a.HearingPresider).HasMaxLength(50);
        b.Property(a => a.DecisionNumber).HasMaxLength(60);
        b.Property(a => a.DecisionReason).HasMaxLength(LicenseApplication.TextMax + 400);
        b.Property(a => a.DecidedBy).HasMaxLength(100);
        b.Property(a => a.CommitmentText).HasMaxLength(LicenseItem.TextMax * 2);
        b.Property(a => a.CertificateServiceNote).HasMaxLength(100);
        b.Property(a => a.ClerkName).HasMaxLength(100);
        b.Property(a => a.Rating).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.RatingComment).HasMaxLength(500);
        b.Ignore(a => a.Materials);
        b.Ignore(a => a.Deficiencies);
        b.Ignore(a => a.Pauses);
        b.Ignore(a => a.SiteCheckStaff);
        b.Ignore(a => a.History);
        b.Ignore(a => a.Documents);
        b.Ignore(a => a.DecisionDocument);
        b.Ignore(a => a.IsClosed);
        b.Ignore(a => a.HasRongqueGap);
        b.Ignore(a => a.OpenPause);
        b.Ignore(a => a.DecidedOnTime);
        b.HasIndex(a => new { a.OrganizationId, a.Number }).IsUnique();
        b.HasIndex(a => new { a.Number, a.QueryCode });
        b.HasIndex(a => new { a.OrganizationId, a.Status, a.ReceivedOn });
        b.HasIndex(a => new { a.OrganizationId, a.ItemId });

        // 我的申请: an account's own applications across bureaus, newest first (Applicants/MyApplications).
        b.HasIndex(a => new { a.ApplicantAccountId, a.ReceivedOn });
    }
}
