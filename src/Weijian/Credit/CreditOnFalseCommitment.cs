using Microsoft.EntityFrameworkCore;
using Weijian.Licensing;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Credit;

/// <summary>
/// 虚假承诺 found after a license granted on 告知承诺 is written into the credit record (R-LIC-11, R-CRD-6), graded by the rule
/// set in force on the finding date (严重 by default, configurable in the rule set); the entity's grade follows (R-CRD-5), so
/// licensing refuses it the commitment route while the record is in publication.
/// </summary>
public sealed class CreditOnFalseCommitment(WeijianDb db, TimeProvider clock) : IDomainEventSubscriber<FalseCommitmentFound>
{
    public async Task OnAsync(FalseCommitmentFound domainEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (await db.Set<CreditRecord>().AnyAsync(r => r.Source == CreditSource.FalseCommitment && r.SourceId == domainEvent.LicenseId, ct))
        {
            return;
        }

        var entity = await db.Set<RegulatedEntity>().FindAsync([domainEvent.EntityId], ct);
        var seriousMoney = await RuleParameters.ResolveAsync(db, CreditParameters.SeriousMoney, domainEvent.OrganizationId, domainEvent.FoundOn, ct);
        IReadOnlyList<string> types = ["FalseCommitment"];
        var window = CreditRuleSets.Shipped.Compute(
            new CreditFacts(CreditSource.FalseCommitment, domainEvent.FoundOn, types, 0m, false, entity is null ? null : Specialties.ChineseName(entity.Specialty)),
            seriousMoney.Value);
        var record = CreditRecord.Create(
            domainEvent.OrganizationId, domainEvent.EntityId, domainEvent.PartyName, entity?.PartyKind ?? PartyKind.Organization, domainEvent.PartyCreditCode,
            CreditSource.FalseCommitment, domainEvent.LicenseId, domainEvent.LicenseNumber, $"告知承诺不实（许可证号{domainEvent.LicenseNumber}）：{domainEvent.Finding}",
            types, window, null, db.Actor.Name, clock.GetUtcNow());
        db.Set<CreditRecord>().Add(record);
        db.Audit(domainEvent.OrganizationId, CreditAuditActions.Created, CreditAuditActions.SubjectType, record.Id.ToString(), CreditOnPenaltyDecided.Payload(record));
        await CreditGrading.UpdateAsync(db, domainEvent.OrganizationId, domainEvent.EntityId, clock, ct);
    }
}
