using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;
using Weijian.Platform.Users;

namespace Weijian.Registry.Officers;

/// <summary>
/// The officer aggregate: one row per officer, its conflicts, trainings and exams in owned tables (loaded with it,
/// filtered by the officer's tenant). Indexes serve the list filters on both providers: name and credential number per
/// organisation (credential number unique there), status, validity end; one officer per user (NULLs are distinct in
/// unique indexes on SQLite and PostgreSQL, so staff without an account do not collide).
/// </summary>
internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> b)
    {
        b.ToTable("Officers");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Name).HasMaxLength(Officer.NameMax);
        b.Property(o => o.CredentialNumber).HasMaxLength(Officer.CredentialNumberMax);
        b.Property(o => o.IssuingAuthority).HasMaxLength(Officer.AuthorityMax);
        b.Property(o => o.EnforcementCategory).HasMaxLength(Officer.CategoryMax);
        b.Property(o => o.EnforcementArea).HasMaxLength(Officer.AreaMax);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.StatusReason).HasMaxLength(Officer.ReasonMax);
        b.Property(o => o.SpecialtyCodes).HasMaxLength(400);
        b.Property(o => o.LegalQualificationNumber).HasMaxLength(Officer.QualificationNumberMax);
        b.Property(o => o.Notes).HasMaxLength(Officer.NotesMax);
        b.Ignore(o => o.Specialties);
        b.Ignore(o => o.HasCredential);
        b.Ignore(o => o.HasLegalQualification);

        b.HasIndex(o => new { o.OrganizationId, o.CredentialNumber }).IsUnique();
        b.HasIndex(o => new { o.OrganizationId, o.Name });
        b.HasIndex(o => new { o.OrganizationId, o.Status });
        b.HasIndex(o => new { o.OrganizationId, o.ValidUntil });
        b.HasIndex(o => o.UserId).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<User>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Restrict);

        b.OwnsMany(o => o.Conflicts, c =>
        {
            c.ToTable("OfficerConflicts");
            c.WithOwner().HasForeignKey("OfficerId");
            c.HasKey(x => x.Id);
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.EntityName).HasMaxLength(200);
            c.Property(x => x.Relation).HasConversion<string>().HasMaxLength(20);
            c.Property(x => x.Reason).HasMaxLength(Officer.ReasonMax);
            c.Property(x => x.WithdrawalReason).HasMaxLength(Officer.ReasonMax);
            c.Ignore(x => x.IsInForce);
            c.HasIndex(x => x.EntityId);
        });
        b.Navigation(o => o.Conflicts).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(o => o.Trainings, t =>
        {
            t.ToTable("OfficerTrainings");
            t.WithOwner().HasForeignKey("OfficerId");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedNever();
            t.Property(x => x.Course).HasMaxLength(100);
            t.Property(x => x.Provider).HasMaxLength(100);
            t.Property(x => x.Hours).HasPrecision(6, 1);
            t.HasIndex("OfficerId", nameof(OfficerTraining.Date));
        });
        b.Navigation(o => o.Trainings).UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(o => o.Exams, e =>
        {
            e.ToTable("OfficerExams");
            e.WithOwner().HasForeignKey("OfficerId");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Score).HasPrecision(5, 1);
        });
        b.Navigation(o => o.Exams).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
