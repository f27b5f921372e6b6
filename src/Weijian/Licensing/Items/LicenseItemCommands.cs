using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Items;

/// <summary>新增许可事项 and its 办事指南 (R-LIC-10, R-TRS-2): validated, code unique in the bureau, audited.</summary>
public sealed record CreateLicenseItem(LicenseItemInput Item);

public sealed class CreateLicenseItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<LicenseItemView> HandleAsync(CreateLicenseItem command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(LicenseItemInputs.Editors);
        var orgId = db.Actor.RequireOrganization();
        var content = LicenseItemInputs.Validate(command.Item ?? throw Input.Invalid("validation.required", "item", "请填写办事指南"));
        await LicenseItemInputs.EnsureCodeFreeAsync(db, orgId, content.Code, null, ct);
        var item = LicenseItem.Create(orgId, content, clock.GetUtcNow());
        db.Set<LicenseItem>().Add(item);
        db.Audit(orgId, LicenseItemAudit.Created, LicenseItemAudit.SubjectType, item.Id.ToString(), LicenseItemInputs.Payload(item));
        await db.SaveChangesAsync(ct);
        return LicenseItemViews.From(item, ChinaClock.Today(clock));
    }
}

/// <summary>修订办事指南: the code stays; the audit entry keeps the previous text beside the new one.</summary>
public sealed record ReviseLicenseItem(Guid Id, LicenseItemInput Item);

public sealed class ReviseLicenseItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<LicenseItemView> HandleAsync(ReviseLicenseItem command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(LicenseItemInputs.Editors);
        db.Actor.RequireOrganization();
        var item = await LicenseItemInputs.LoadAsync(db, command.Id, ct);
        if (item.Status == LicenseItemStatus.Withdrawn)
        {
            throw DomainRuleException.Conflict("licence-item.withdrawn", "该事项已停用，不能修订");
        }

        var content = LicenseItemInputs.Validate((command.Item ?? throw Input.Invalid("validation.required", "item", "请填写办事指南")) with { Code = item.Code });
        var previous = LicenseItemInputs.Payload(item);
        item.Revise(content, clock.GetUtcNow());
        db.Audit(item.OrganizationId, LicenseItemAudit.Revised, LicenseItemAudit.SubjectType, item.Id.ToString(), new { Previous = previous, Current = LicenseItemInputs.Payload(item) });
        await db.SaveChangesAsync(ct);
        return LicenseItemViews.From(item, ChinaClock.Today(clock));
    }
}

/// <summary>停用事项: withdrawn from the public list with a reason, never deleted (licenses it granted stay).</summary>
public sealed record WithdrawLicenseItem(Guid Id, string? Reason);

public sealed class WithdrawLicenseItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<LicenseItemView> HandleAsync(WithdrawLicenseItem command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(LicenseItemInputs.Editors);
        db.Actor.RequireOrganization();
        var item = await LicenseItemInputs.LoadAsync(db, command.Id, ct);
        var reason = Input.Text(command.Reason, "reason", "停用原因", 500);
        if (item.Status == LicenseItemStatus.Withdrawn)
        {
            throw DomainRuleException.Conflict("licence-item.withdrawn", "该事项已停用");
        }

        item.Withdraw(clock.GetUtcNow());
        db.Audit(item.OrganizationId, LicenseItemAudit.Withdrawn, LicenseItemAudit.SubjectType, item.Id.ToString(), new { item.Code, item.Name, Reason = reason });
        await db.SaveChangesAsync(ct);
        return LicenseItemViews.From(item, ChinaClock.Today(clock));
    }
}
