using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Platform.Organizations;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// One row per case; child records as JSON text (read and replaced whole by the aggregate). Indexes lead with the
/// organisation: the case number is unique there; status, specialty and decision date serve the list filters and the
/// yearly statistics; the party serves the first-violation history (R-PEN-10, R-DIS-5).
/// </summary>
internal sealed class PenaltyCaseConfiguration : IEntityTypeConfiguration<PenaltyCase>
{
    public void Configure(EntityTypeBuilder<PenaltyCase> b)
    {
        b.ToTable("penalty_cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RegulatedEntity>().WithMany().HasForeignKey(c => c.EntityId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Number).HasMaxLength(20);
        foreach (var e in new[] { nameof(PenaltyCase.Status), nameof(PenaltyCase.Procedure), nameof(PenaltyCase.Source), nameof(PenaltyCase.PartyKind), nameof(PenaltyCase.Specialty), nameof(PenaltyCase.Outcome), nameof(PenaltyCase.ServiceMethod) })
        {
            b.Property(e).HasConversion<string>().HasMaxLength(40);
        }

        foreach (var p in typeof(PenaltyCase).GetProperties().Where(p => p.PropertyType == typeof(decimal)))
        {
            b.Property(p.Name).HasPrecision(14, 2);
        }

        b.Property(c => c.PartyName).HasMaxLength(200);
        b.Property(c => c.PartyCreditCode).HasMaxLength(18);
        b.Property(c => c.PartyAddress).HasMaxLength(300);
        b.Property(c => c.PartyRepresentative).HasMaxLength(50);
        b.Property(c => c.PartyPhone).HasMaxLength(40);
        b.Property(c => c.Cause).HasMaxLength(PenaltyCase.ShortMax);
        b.Property(c => c.SourceReference).HasMaxLength(PenaltyCase.ShortMax);
        b.Property(c => c.HandlerUserIds).HasMaxLength(1000);
        b.Property(c => c.DiscretionItemCode).HasMaxLength(50);
        b.Property(c => c.DiscretionTier).HasMaxLength(20);
        b.Ignore(c => c.Handlers);
        b.Ignore(c => c.Acts);
        b.Ignore(c => c.Preservations);
        b.Ignore(c => c.Extensions);
        b.Ignore(c => c.Reviews);
        b.Ignore(c => c.Discussions);
        b.Ignore(c => c.Instalments);
        b.Ignore(c => c.Payments);
        b.Ignore(c => c.Remedies);
        b.Ignore(c => c.Steps);
        b.Ignore(c => c.DraftTerms);
        b.Ignore(c => c.NotifiedTerms);
        b.Ignore(c => c.DecidedTerms);
        b.Ignore(c => c.HearingHeld);
        b.Ignore(c => c.HearingConcluded);
        b.Ignore(c => c.CurrentApprovedReview);
        b.Ignore(c => c.LatestDiscussion);
        b.Ignore(c => c.PreservationPending);

        b.Property(c => c.HeaviestPenaltyType).HasMaxLength(40);
        b.OwnsMany(c => c.DiscussionDates, d =>
        {
            d.ToTable("penalty_case_discussions");
            d.WithOwner().HasForeignKey("CaseId");
            d.HasKey(x => x.Id);
            d.Property(x => x.Id).ValueGeneratedNever();
            d.HasIndex("CaseId", nameof(CaseDiscussionDate.HeldOn));
        });
        b.Navigation(c => c.DiscussionDates).HasField("_discussionDates");

        b.HasIndex(c => new { c.OrganizationId, c.Number }).IsUnique();
        b.HasIndex(c => new { c.OrganizationId, c.Status, c.UpdatedAt });
        b.HasIndex(c => new { c.OrganizationId, c.Specialty, c.FiledOn });
        b.HasIndex(c => new { c.OrganizationId, c.DecidedOn });
        b.HasIndex(c => new { c.OrganizationId, c.EntityId });
        b.HasIndex(c => new { c.OrganizationId, c.ReceivedOn });
    }
}
