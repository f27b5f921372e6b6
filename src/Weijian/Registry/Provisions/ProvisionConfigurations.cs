using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weijian.Registry.Provisions;

internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> b)
    {
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasIndex(d => new { d.Code, d.VersionLabel }).IsUnique();
        b.HasIndex(d => new { d.Code, d.EffectiveFrom });
        b.Property(d => d.Code).HasMaxLength(100);
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(d => d.DocumentNumber).HasMaxLength(100);
        b.Property(d => d.IssuingBody).HasMaxLength(100);
        b.Property(d => d.VersionLabel).HasMaxLength(50);
        b.Property(d => d.Source).HasMaxLength(500);
        b.Property(d => d.ContentHash).HasMaxLength(64).IsFixedLength();
        b.HasMany(d => d.Articles).WithOne().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.Navigation(d => d.Articles).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class LegalArticleConfiguration : IEntityTypeConfiguration<LegalArticle>
{
    public void Configure(EntityTypeBuilder<LegalArticle> b)
    {
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.HasIndex(a => new { a.DocumentId, a.Number }).IsUnique();
        b.Property(a => a.Label).HasMaxLength(20);
        b.Property(a => a.Text).HasMaxLength(8000);
    }
}
