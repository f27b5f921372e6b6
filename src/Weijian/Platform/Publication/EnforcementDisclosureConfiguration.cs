using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;

namespace Weijian.Platform.Publication;

/// <summary>
/// One row per disclosure. Indexes serve the public list of a bureau (kind, newest decision first), the search by
/// decision number, the source look-up of the subscribers and the retention sweep.
/// </summary>
internal sealed class EnforcementDisclosureConfiguration : IEntityTypeConfiguration<EnforcementDisclosure>
{
    private const string PublicFilter = "published_on IS NOT NULL AND offline_on IS NULL";

    public void Configure(EntityTypeBuilder<EnforcementDisclosure> b)
    {
        b.ToTable("enforcement_disclosures");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(d => d.WithdrawalReason).HasConversion<string>().HasMaxLength(40);
        b.Property(d => d.SourceType).HasMaxLength(60);
        b.Property(d => d.SourceId).HasMaxLength(60);
        b.Property(d => d.DecisionNumber).HasMaxLength(100);
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.PartyName).HasMaxLength(200);
        b.Property(d => d.PartyCreditCode).HasMaxLength(30);
        b.Property(d => d.PublishedBy).HasMaxLength(100);
        b.Property(d => d.WithdrawalText).HasMaxLength(500);
        b.Ignore(d => d.Fields);
        b.Ignore(d => d.PublishedLate);
        b.Ignore(d => d.WithdrawnLate);
        b.Ignore(d => d.IsPublic);
        b.HasIndex(d => new { d.OrganizationId, d.SourceType, d.SourceId });
        b.HasIndex(d => new { d.OrganizationId, d.OfflineOn, d.DecidedOn });
        b.HasIndex(d => new { d.OrganizationId, d.DecisionNumber });
        b.HasIndex(d => new { d.OrganizationId, d.PublishedOn });
        b.HasIndex(d => d.RetentionEnd);

        // The public portal (issue #7, measured at 1 000 000 published records in docs/performance.md): its list, home
        // page and counts read only what is online, newest decision first. Partial indexes on exactly that predicate give
        // the page in index order and the counts index-only; the deferred page query (ListPublicDisclosuresHandler) walks
        // deep offsets in the index alone. Same SQL on both providers (snake_case columns, IS [NOT] NULL).
        b.HasIndex(d => new { d.OrganizationId, d.DecidedOn, d.Id }, "ix_enforcement_disclosures_public")
            .IsDescending(false, true, true).HasFilter(PublicFilter + " AND withdrawn_on IS NULL");
        b.HasIndex(d => new { d.OrganizationId, d.Kind, d.DecidedOn, d.Id }, "ix_enforcement_disclosures_public_kind")
            .IsDescending(false, false, true, true).HasFilter(PublicFilter + " AND withdrawn_on IS NULL");
        b.HasIndex(d => new { d.OrganizationId, d.DecidedOn, d.Id }, "ix_enforcement_disclosures_public_withdrawn")
            .IsDescending(false, true, true).HasFilter(PublicFilter + " AND withdrawn_on IS NOT NULL");

        // PostgreSQL only (see RegulatedEntityConfiguration): the portal's search by party name or decision number is a
        // LIKE '%…%' within one bureau's published decisions; trigram GIN indexes answer it for fragments of three
        // characters or more. The bureau is in the index (btree_gin), so the search does not intersect the trigram
        // matches of every bureau with the bureau's whole index (measured at 1 000 000 records, docs/performance.md).
        // SQLite keeps the partial index walk above, filtering names as it goes.
        if (b.Metadata.Model.GetAnnotations().Any(a => a.Name.StartsWith("Npgsql:", StringComparison.Ordinal)))
        {
            b.Metadata.Model.GetOrAddPostgresExtension(null, "pg_trgm", null);
            b.Metadata.Model.GetOrAddPostgresExtension(null, "btree_gin", null);
            b.HasIndex(d => new { d.OrganizationId, d.PartyName }, "ix_enforcement_disclosures_public_party_name_trgm")
                .HasMethod("gin").HasOperators("uuid_ops", "gin_trgm_ops").HasFilter(PublicFilter);
            b.HasIndex(d => new { d.OrganizationId, d.DecisionNumber }, "ix_enforcement_disclosures_public_decision_number_trgm")
                .HasMethod("gin").HasOperators("uuid_ops", "gin_trgm_ops").HasFilter(PublicFilter);
        }
    }
}
