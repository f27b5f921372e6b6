using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Entities;

/// <summary>
/// Registers or corrects an entity keyed by its credit code / ID number within the organisation (imports): a new code is
/// registered, a known one gets the given details (audited before/after), identical details change nothing. The
/// status is not touched (close and reopen are separate use cases).
/// </summary>
public sealed record UpsertEntityByKey(EntityDetails Details);

public enum UpsertOutcome
{
    Created,
    Updated,
    Unchanged,
}

public sealed record UpsertEntityResult(UpsertOutcome Outcome, RegulatedEntityView Entity);

public sealed class UpsertEntityByKeyHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<UpsertEntityResult> HandleAsync(UpsertEntityByKey command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(EntityRegister.WriteRoles);
        var orgId = db.Actor.RequireOrganization();
        var details = (command.Details ?? new EntityDetails(null, null, null, null, null, null, null, null)).Validate();
        var existing = await db.Set<RegulatedEntity>().SingleOrDefaultAsync(e => e.OrganizationId == orgId && e.CreditCode == details.CreditCode, ct);
        var (entity, outcome) = Apply(db, orgId, existing, details, clock.GetUtcNow());
        if (outcome != UpsertOutcome.Unchanged)
        {
            await EntityRegister.SaveAsync(db, entity, ct);
        }

        return new UpsertEntityResult(outcome, RegulatedEntityView.From(entity));
    }

    /// <summary>Creates or updates (tracked, audit queued, not saved): shared with the batched import.</summary>
    internal static (RegulatedEntity Entity, UpsertOutcome Outcome) Apply(
        WeijianDb db, Guid orgId, RegulatedEntity? existing, ValidEntityDetails details, DateTimeOffset now)
    {
        if (existing is null)
        {
            var created = RegulatedEntity.Register(orgId, details, now);
            db.Set<RegulatedEntity>().Add(created);
            db.Audit(orgId, "entity.registered", EntityRegister.SubjectType, created.Id.ToString(), created.AuditDetails());
            return (created, UpsertOutcome.Created);
        }

        var before = existing.AuditDetails();
        if (!existing.Apply(details, now))
        {
            return (existing, UpsertOutcome.Unchanged);
        }

        db.Audit(orgId, "entity.updated", EntityRegister.SubjectType, existing.Id.ToString(), new { Before = before, After = existing.AuditDetails() });
        return (existing, UpsertOutcome.Updated);
    }
}
