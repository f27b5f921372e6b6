using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Entities;

/// <summary>
/// 停业 (Status = Suspended) or 注销 (Status = Closed, the default) with a reason and the date it happened (not in the
/// future). The entity is never deleted; it stays in the register and its history, and may be reopened.
/// </summary>
public sealed record CloseEntity(Guid Id, string? Status, string? Reason, DateOnly? Date);

public sealed class CloseEntityHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<RegulatedEntityView> HandleAsync(CloseEntity command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(EntityRegister.WriteRoles);
        var entity = await EntityRegister.FindAsync(db, command.Id, ct);
        if (!EntityNames.TryParse<EntityStatus>(command.Status, EntityNames.Of, out var status))
        {
            throw Input.Invalid("validation.close-status", "status", "状态应为停业（Suspended）或已注销（Closed）");
        }

        var from = entity.Status;
        entity.Close(status ?? EntityStatus.Closed, command.Reason, command.Date, ChinaClock.Today(clock), clock.GetUtcNow());
        db.Audit(entity.OrganizationId, entity.Status == EntityStatus.Closed ? "entity.closed" : "entity.suspended", EntityRegister.SubjectType, entity.Id.ToString(), new
        {
            From = EntityNames.Of(from),
            Status = EntityNames.Of(entity.Status),
            Reason = entity.StatusReason,
            Date = entity.StatusChangedOn,
        });
        await db.SaveChangesAsync(ct);
        return RegulatedEntityView.From(entity);
    }
}

/// <summary>恢复经营: a suspended or closed entity operates again; a reason is required, the date defaults to today.</summary>
public sealed record ReopenEntity(Guid Id, string? Reason, DateOnly? Date = null);

public sealed class ReopenEntityHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<RegulatedEntityView> HandleAsync(ReopenEntity command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(EntityRegister.WriteRoles);
        var entity = await EntityRegister.FindAsync(db, command.Id, ct);
        var from = entity.Status;
        entity.Reopen(command.Reason, command.Date, ChinaClock.Today(clock), clock.GetUtcNow());
        db.Audit(entity.OrganizationId, "entity.reopened", EntityRegister.SubjectType, entity.Id.ToString(), new
        {
            From = EntityNames.Of(from),
            Status = EntityNames.Of(entity.Status),
            Reason = entity.StatusReason,
            Date = entity.StatusChangedOn,
        });
        await db.SaveChangesAsync(ct);
        return RegulatedEntityView.From(entity);
    }
}
