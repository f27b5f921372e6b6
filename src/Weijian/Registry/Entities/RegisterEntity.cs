using Weijian.Platform.Persistence;

namespace Weijian.Registry.Entities;

/// <summary>登记监管对象: add an entity to the organisation's register (R-INS-2 检查对象名录库); its code must be new there.</summary>
public sealed record RegisterEntity(EntityDetails Details);

public sealed class RegisterEntityHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<RegulatedEntityView> HandleAsync(RegisterEntity command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(EntityRegister.WriteRoles);
        var orgId = db.Actor.RequireOrganization();
        var details = (command.Details ?? new EntityDetails(null, null, null, null, null, null, null, null)).Validate();
        await EntityRegister.EnsureUniqueAsync(db, orgId, details.CreditCode, null, ct);

        var entity = RegulatedEntity.Register(orgId, details, clock.GetUtcNow());
        db.Set<RegulatedEntity>().Add(entity);
        db.Audit(orgId, "entity.registered", EntityRegister.SubjectType, entity.Id.ToString(), entity.AuditDetails());
        await EntityRegister.SaveAsync(db, entity, ct);
        return RegulatedEntityView.From(entity);
    }
}
