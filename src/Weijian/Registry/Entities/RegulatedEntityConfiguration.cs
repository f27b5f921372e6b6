using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;

namespace Weijian.Registry.Entities;

/// <summary>
/// Table and indexes of the entity register, sized for a million entities per database. Every index leads with
/// organization_id (every query is tenant-scoped, and sharding by organisation needs no change):
/// the unique key (organisation, credit code) refuses duplicates; (organisation, name) / (organisation, created_at) /
/// (organisation, region_code, name) serve the three sort orders; (organisation, specialty, sub_type, name) the
/// specialty filters; (organisation, status, specialty, risk_tier) the operating-entity pools of the draw;
/// (organisation, risk_tier, region_code, created_at) and (organisation, hygiene_grade, created_at) the risk, region and
/// grade filters in the default order; and on
/// PostgreSQL, trigram GIN indexes (pg_trgm) serve name and credit-code fragments (LIKE '%…%').
/// </summary>
internal sealed class RegulatedEntityConfiguration : IEntityTypeConfiguration<RegulatedEntity>
{
    public void Configure(EntityTypeBuilder<RegulatedEntity> b)
    {
        b.ToTable("regulated_entities");
        b.HasKey(e => e.Id);
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.PartyKind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.CreditCode).HasMaxLength(18);
        b.Property(e => e.LegalRepresentative).HasMaxLength(50);
        b.Property(e => e.Address).HasMaxLength(300);
        b.Property(e => e.RegionCode).HasMaxLength(6);
        b.Property(e => e.Specialty).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.SubType).HasMaxLength(40);
        b.Property(e => e.BusinessScale).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.RiskTier).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.CreditGrade).HasMaxLength(10);
        b.Property(e => e.HygieneGrade).HasConversion<string>().HasMaxLength(4);
        b.Property(e => e.ContactPerson).HasMaxLength(50);
        b.Property(e => e.ContactPhone).HasMaxLength(30);
        b.Property(e => e.Notes).HasMaxLength(1000);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.StatusReason).HasMaxLength(200);

        b.HasIndex(e => new { e.OrganizationId, e.CreditCode }).IsUnique();
        b.HasIndex(e => new { e.OrganizationId, e.Name });
        b.HasIndex(e => new { e.OrganizationId, e.CreatedAt });
        b.HasIndex(e => new { e.OrganizationId, e.RegionCode, e.Name });
        b.HasIndex(e => new { e.OrganizationId, e.Specialty, e.SubType, e.Name });
        b.HasIndex(e => new { e.OrganizationId, e.Status, e.Specialty, e.RiskTier });

        // Measured at 1 000 000 entities (docs/performance.md): a risk-tier (and region) filter had no index of its own
        // (count by full scan: 7 s on SQLite, 0.3 s on PostgreSQL), and a hygiene-grade filter sorted every match by
        // registration time on SQLite. Ending both with created_at serves the default order (newest first) too.
        b.HasIndex(e => new { e.OrganizationId, e.RiskTier, e.RegionCode, e.CreatedAt });
        b.HasIndex(e => new { e.OrganizationId, e.HygieneGrade, e.CreatedAt });

        // PostgreSQL only: the Npgsql conventions annotate the model before any configuration runs, so their presence
        // tells the two providers' models apart here (the SQLite model gets no trigram indexes and no extension).
        if (b.Metadata.Model.GetAnnotations().Any(a => a.Name.StartsWith("Npgsql:", StringComparison.Ordinal)))
        {
            b.Metadata.Model.GetOrAddPostgresExtension(null, "pg_trgm", null);
            b.HasIndex(e => e.Name, "ix_regulated_entities_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
            b.HasIndex(e => e.CreditCode, "ix_regulated_entities_credit_code_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }
}
