using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Weijian.Registry.Catalogs;

internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<CatalogItem> b)
    {
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.HasIndex(i => new { i.OrganizationId, i.Kind, i.Code }).IsUnique();
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(i => i.Code).HasMaxLength(40);
        b.Property(i => i.RetireReason).HasMaxLength(200);
        b.Ignore(i => i.Latest);
        b.OwnsMany(i => i.Versions, v =>
        {
            v.ToTable("catalog_item_versions");
            v.WithOwner().HasForeignKey("CatalogItemId");
            v.HasKey(x => x.Id);
            v.Property(x => x.Id).ValueGeneratedNever();
            v.HasIndex("CatalogItemId", nameof(CatalogItemVersion.Number)).IsUnique();
            v.HasIndex(x => x.EffectiveFrom);
            v.Property(x => x.ChangeNote).HasMaxLength(200);
            v.Property(x => x.RecordedBy).HasMaxLength(100);
            v.Property(x => x.Name).HasMaxLength(200);
            v.Property(x => x.LegalBasis).HasMaxLength(4000);
            v.Property(x => x.PowerType).HasConversion<string>().HasMaxLength(32);
            v.Property(x => x.ResponsibleUnit).HasMaxLength(200);
            v.Property(x => x.Responsibilities).HasMaxLength(4000);
            v.Property(x => x.Accountability).HasMaxLength(4000);
            v.Property(x => x.Specialty).HasConversion<string>().HasMaxLength(32);
            v.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
            v.Property(x => x.Targets).HasMaxLength(500);
            v.Property(x => x.CheckContent).HasMaxLength(4000);
            v.Property(x => x.Activity).HasConversion<string>().HasMaxLength(32);
            v.Property(x => x.RecordingRequirement).HasMaxLength(2000);
            v.Property(x => x.Provisions).HasConversion(
                    l => JsonSerializer.Serialize(l, Json),
                    s => JsonSerializer.Deserialize<List<ProvisionReference>>(s, Json) ?? new List<ProvisionReference>(),
                    new ValueComparer<List<ProvisionReference>>(
                        (a, c) => a!.SequenceEqual(c!),
                        l => l.Aggregate(0, (h, p) => HashCode.Combine(h, p.GetHashCode())),
                        l => l.ToList()))
                .HasMaxLength(4000);
            v.Property(x => x.ChecklistLines).HasConversion(
                    l => JsonSerializer.Serialize(l, Json),
                    s => JsonSerializer.Deserialize<List<string>>(s, Json) ?? new List<string>(),
                    new ValueComparer<List<string>>(
                        (a, c) => a!.SequenceEqual(c!),
                        l => l.Aggregate(0, (h, p) => HashCode.Combine(h, p.GetHashCode(StringComparison.Ordinal))),
                        l => l.ToList()))
                .HasMaxLength(16000);
        });
        b.Navigation(i => i.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
