using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Weijian.Enforcement.Discretion;

internal sealed class DiscretionBaselineConfiguration : IEntityTypeConfiguration<DiscretionBaseline>
{
    public void Configure(EntityTypeBuilder<DiscretionBaseline> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasIndex(x => new { x.JurisdictionId, x.EffectiveFrom });
        b.HasIndex(x => new { x.JurisdictionId, x.VersionLabel }).IsUnique();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.VersionLabel).HasMaxLength(50);
        b.Property(x => x.IssuingDocument).HasMaxLength(200);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.Property(x => x.ContentHash).HasMaxLength(64);
        b.Property(x => x.RecordedBy).HasMaxLength(100);
    }
}

internal sealed class DiscretionItemConfiguration : IEntityTypeConfiguration<DiscretionItem>
{
    public void Configure(EntityTypeBuilder<DiscretionItem> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<DiscretionBaseline>().WithMany().HasForeignKey(x => x.BaselineId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BaselineId, x.Code }).IsUnique();
        b.HasIndex(x => new { x.BaselineId, x.Specialty });
        b.Property(x => x.Code).HasMaxLength(DiscretionContentRules.MaxCodeLength);
        b.Property(x => x.PowerName).HasMaxLength(200);
        b.Property(x => x.Violation).HasMaxLength(500);
        b.Property(x => x.Specialty).HasConversion<string>().HasMaxLength(32);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.ViolatedProvisions).HasConversion(DiscretionJson.Converter<LegalCitation>(), DiscretionJson.Comparer<LegalCitation>()).HasMaxLength(4000);
        b.Property(x => x.PenaltyProvisions).HasConversion(DiscretionJson.Converter<LegalCitation>(), DiscretionJson.Comparer<LegalCitation>()).HasMaxLength(4000);
        foreach (var p in new[] { nameof(DiscretionItem.StatutoryMinYuan), nameof(DiscretionItem.StatutoryMaxYuan), nameof(DiscretionItem.GainsThresholdYuan),
            nameof(DiscretionItem.GainsFloorYuan), nameof(DiscretionItem.FineCapYuan) })
        {
            b.Property(p).HasPrecision(14, 2);
        }

        b.Property(x => x.SevereMeasures).HasConversion(DiscretionJson.Converter<PenaltyMeasure>(), DiscretionJson.Comparer<PenaltyMeasure>()).HasMaxLength(1000);
        b.Property(x => x.StatutoryMultipleMin).HasPrecision(8, 2);
        b.Property(x => x.StatutoryMultipleMax).HasPrecision(8, 2);
        b.OwnsMany(x => x.Tiers, t =>
        {
            t.ToTable("discretion_item_tiers");
            t.WithOwner().HasForeignKey("DiscretionItemId");
            t.HasKey(x => x.Id);
            t.Property(x => x.Id).ValueGeneratedNever();
            t.Property(x => x.Tier).HasConversion<string>().HasMaxLength(16);
            t.Property(x => x.PartyKind).HasConversion<string>().HasMaxLength(16);
            t.Property(x => x.Circumstances).HasMaxLength(1000);
            t.Property(x => x.FineMinYuan).HasPrecision(14, 2);
            t.Property(x => x.FineMaxYuan).HasPrecision(14, 2);
            t.Property(x => x.MultipleMin).HasPrecision(8, 2);
            t.Property(x => x.MultipleMax).HasPrecision(8, 2);
            t.Property(x => x.Measures).HasConversion(DiscretionJson.Converter<PenaltyMeasure>(), DiscretionJson.Comparer<PenaltyMeasure>()).HasMaxLength(1000);
        });
        b.Navigation(x => x.Tiers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NoPenaltyItemConfiguration : IEntityTypeConfiguration<NoPenaltyItem>
{
    public void Configure(EntityTypeBuilder<NoPenaltyItem> b)
    {
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<DiscretionBaseline>().WithMany().HasForeignKey(x => x.BaselineId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BaselineId, x.ItemCode });
        b.Property(x => x.ItemCode).HasMaxLength(DiscretionContentRules.MaxCodeLength);
        b.Property(x => x.Violation).HasMaxLength(500);
        b.Property(x => x.Basis).HasMaxLength(1000);
        b.Property(x => x.HarmLimit).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.FollowUp).HasMaxLength(1000);
        b.Property(x => x.ExclusionNote).HasMaxLength(500);
        b.Property(x => x.Source).HasMaxLength(500);
        b.Property(x => x.ExcludedSources).HasConversion(DiscretionJson.Converter<DiscoverySource>(), DiscretionJson.Comparer<DiscoverySource>()).HasMaxLength(500);
    }
}

/// <summary>Lists stored as JSON text (enums by name), as the catalogues store theirs.</summary>
internal static class DiscretionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static ValueConverter<List<T>, string> Converter<T>() => new(
        l => JsonSerializer.Serialize(l, Options),
        s => JsonSerializer.Deserialize<List<T>>(s, Options) ?? new List<T>());

    public static ValueComparer<List<T>> Comparer<T>() => new(
        (a, c) => a!.SequenceEqual(c!),
        l => l.Aggregate(0, (h, p) => HashCode.Combine(h, p == null ? 0 : p.GetHashCode())),
        l => l.ToList());
}
