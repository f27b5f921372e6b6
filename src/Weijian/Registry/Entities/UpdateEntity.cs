using Weijian.Platform.Persistence;

namespace Weijian.Registry.Entities;

/// <summary>修改监管对象信息: the old and new values go into the audit chain; saving unchanged details records nothing.</summary>
public sealed record UpdateEntity(Guid Id, EntityDetails Details);

public sealed class UpdateEntityHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<RegulatedEntityView> HandleAsync(UpdateEntity command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(EntityRegister.WriteRoles);
        var entity = await EntityRegister.FindAsync(db, command.Id, ct);
        var details = (command.Details ?? new EntityDetails(null, null, null, null, null, null, null, null)).Validate();
        await EntityRegister.EnsureUniqueAsync(db, entity.OrganizationId, details.CreditCode, entity.Id, ct);

        var before = entity.AuditDetails();
        if (entity.Apply(details, clock.GetUtcNow()))
        {
            db.Audit(entity.OrganizationId, "entity.updated", EntityRegister.SubjectType, entity.Id.ToString(), new
            {
                Before = before,
                After = entity.AuditDetails(),
            });
            await EntityRegister.SaveAsync(db, entity, ct);
        }

        return RegulatedEntityView.From(entity);
    }
}
