using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weijian.Licensing.Applicants;

internal sealed class ApplicantAccountConfiguration : IEntityTypeConfiguration<ApplicantAccount>
{
    public void Configure(EntityTypeBuilder<ApplicantAccount> b)
    {
        b.ToTable("applicant_accounts");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Phone).HasMaxLength(11);
        b.Property(a => a.DisplayName).HasMaxLength(ApplicantAccount.NameMax);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.CreditCode).HasMaxLength(18);
        b.Property(a => a.PasswordHash).HasMaxLength(200);
        b.Property(a => a.SecurityStamp).HasMaxLength(64);

        // The sign-in name: one account per phone number (a race between two registrations is refused here).
        b.HasIndex(a => a.Phone).IsUnique();
    }
}
