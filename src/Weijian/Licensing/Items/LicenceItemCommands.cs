using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Items;

/// <summary>新增许可事项 and its 办事指南 (R-LIC-10, R-TRS-2): validated, code unique in the bureau, audited.</summary>
public sealed record CreateLicenceItem(LicenceItemInput Item);

public sealed class CreateLicenceItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<LicenceItemView> HandleAsync(CreateLicenceItem command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(LicenceItemInputs.Editors);
        var orgId = db.Actor.RequireOrganization();
        var content = LicenceItemInputs.Validate(command.Item ?? throw Input.Invalid("validation.required", "item", "请填写办事指南"));
        await LicenceItemInputs.EnsureCodeFreeAsync(db, orgId, content.Code, null, ct);
        var item = LicenceItem.Create(orgId, content, clock.GetUtcNow());
        db.Set<LicenceItem>().Add(item);
        db.Audit(orgId, LicenceItemAudit.Created, LicenceItemAudit.SubjectType, item.Id.ToString(), LicenceItemInputs.Payload(item));
        await db.SaveChangesAsync(ct);
        return LicenceItemViews.From(item, ChinaClock.Today(clock));
    }
}

/// <summary>修订办事指南: the code stays; the audit entry keeps the previous text beside the new one.</summary>
public sealed record ReviseLicenceItem(Guid Id, LicenceItemInput Item);

public sealed class ReviseLicenceItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<LicenceItemView> HandleAsync(ReviseLicenceItem command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(LicenceItemInputs.Editors);
        db.Actor.RequireOrganization();
        var item = await LicenceItemInputs.LoadAsync(db, command.Id, ct);
        if (item.Status == LicenceItemStatus.Withdrawn)
        {
            throw DomainRuleException.Conflict("licence-item.withdrawn", "该事项已停用，不能修订");
        }

        var content = LicenceItemInputs.Validate((command.Item ?? throw Input.Invalid("validation.required", "item", "请填写办事指南")) with { Code = item.Code });
        var previous = LicenceItemInputs.Payload(item);
        item.Revise(content, clock.GetUtcNow());
        db.Audit(item.OrganizationId, LicenceItemAudit.Revised, LicenceItemAudit.SubjectType, item.Id.ToString(), new { Previous = previous, Current = LicenceItemInputs.Payload(item) });
        await db.SaveChangesAsync(ct);
        return LicenceItemViews.From(item, ChinaClock.Today(clock));
    }
}

/// <summary>停用事项: withdrawn from the public list with a reason, never deleted (licences it granted stay).</summary>
public sealed record WithdrawLicenceItem(Guid Id, string? Reason);

public sealed class WithdrawLicenceItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<LicenceItemView> HandleAsync(WithdrawLicenceItem command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(LicenceItemInputs.Editors);
        db.Actor.RequireOrganization();
        var item = await LicenceItemInputs.LoadAsync(db, command.Id, ct);
        var reason = Input.Text(command.Reason, "reason", "停用原因", 500);
        if (item.Status == LicenceItemStatus.Withdrawn)
        {
            throw DomainRuleException.Conflict("licence-item.withdrawn", "该事项已停用");
        }

        item.Withdraw(clock.GetUtcNow());
        db.Audit(item.OrganizationId, LicenceItemAudit.Withdrawn, LicenceItemAudit.SubjectType, item.Id.ToString(), new { item.Code, item.Name, Reason = reason });
        await db.SaveChangesAsync(ct);
        return LicenceItemViews.From(item, ChinaClock.Today(clock));
    }
}
