using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Officers;

/// <summary>
/// An officer (or an editor for them) declares a relation with a regulated entity of the bureau — 亲属, 曾任职单位 or
/// other — so that they are recused from acting on it (R-PEN-12). The entity is named by id or, from a form, by its
/// 统一社会信用代码 / 身份证号 or exact name; its name is kept as a snapshot.
/// </summary>
public sealed record DeclareOfficerConflict(
    Guid Id, Guid? EntityId, string? Relation, string? Reason, DateOnly? DeclaredOn = null, string? EntityKey = null);

public sealed class DeclareOfficerConflictHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerView> HandleAsync(DeclareOfficerConflict command, CancellationToken ct)
    {
        OfficerAccess.RequireReader(db);
        var officer = await OfficerAccess.FindAsync(db, command.Id, ct);
        OfficerAccess.RequireEditorOrSelf(db, officer);
        var relation = OfficerNames.Parse<ConflictRelation>(command.Relation, OfficerNames.Of)
            ?? throw Input.Invalid("validation.conflict-relation", "relation", "利害关系不正确，应为亲属（Relative）、曾任职单位（FormerEmployer）或其他（Other）");
        var entity = await OfficerEntities.FindAsync(db, command.EntityId, command.EntityKey, ct);
        var today = ChinaClock.Today(clock);
        var conflict = officer.DeclareConflict(entity.Id, entity.Name, relation, command.DeclaredOn, command.Reason, today, clock.GetUtcNow());
        db.Audit(officer.OrganizationId, "officer.conflict-declared", nameof(Officer), officer.Id.ToString(), new
        {
            ConflictId = conflict.Id,
            conflict.EntityId,
            conflict.EntityName,
            Relation = OfficerNames.Of(conflict.Relation),
            conflict.DeclaredOn,
            conflict.Reason,
        });
        await db.SaveChangesAsync(ct);
        return await OfficerViews.FromAsync(db, officer, today, ct);
    }
}

/// <summary>Withdraws a declared conflict with a reason (e.g. the relation ended); it stays on record and no longer recuses.</summary>
public sealed record WithdrawOfficerConflict(Guid Id, Guid ConflictId, string? Reason, DateOnly? WithdrawnOn = null);

public sealed class WithdrawOfficerConflictHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerView> HandleAsync(WithdrawOfficerConflict command, CancellationToken ct)
    {
        OfficerAccess.RequireReader(db);
        var officer = await OfficerAccess.FindAsync(db, command.Id, ct);
        OfficerAccess.RequireEditorOrSelf(db, officer);
        var today = ChinaClock.Today(clock);
        var conflict = officer.WithdrawConflict(command.ConflictId, command.Reason, command.WithdrawnOn, today, clock.GetUtcNow());
        db.Audit(officer.OrganizationId, "officer.conflict-withdrawn", nameof(Officer), officer.Id.ToString(), new
        {
            ConflictId = conflict.Id,
            conflict.EntityId,
            conflict.EntityName,
            conflict.WithdrawnOn,
            Reason = conflict.WithdrawalReason,
        });
        await db.SaveChangesAsync(ct);
        return await OfficerViews.FromAsync(db, officer, today, ct);
    }
}
