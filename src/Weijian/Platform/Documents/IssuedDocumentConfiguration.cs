using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;

namespace Weijian.Platform.Documents;

/// <summary>
/// Issued documents. The unique key (organisation, prefix, year, serial) is the last guard against a repeated number
/// (R-PEN-33); (organisation, subject) lists a record's documents; the primary key serves the public verification page.
/// </summary>
internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> b)
    {
        b.ToTable("issued_documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.TemplateKey).HasMaxLength(60);
        b.Property(d => d.Title).HasMaxLength(60);
        b.Property(d => d.Number).HasMaxLength(60);
        b.Property(d => d.NumberPrefix).HasMaxLength(30);
        b.Property(d => d.SubjectType).HasMaxLength(100);
        b.Property(d => d.SubjectId).HasMaxLength(100);
        b.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(d => d.FileName).HasMaxLength(200);
        b.Property(d => d.IssuedBy).HasMaxLength(100);
        b.Property(d => d.VoidReason).HasMaxLength(200);
        b.Ignore(d => d.IsVoid);

        b.HasIndex(d => new { d.OrganizationId, d.NumberPrefix, d.NumberYear, d.NumberSerial }).IsUnique();
        b.HasIndex(d => new { d.OrganizationId, d.SubjectType, d.SubjectId });
        b.HasIndex(d => new { d.OrganizationId, d.IssuedAt });
    }
}
