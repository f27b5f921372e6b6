using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Organizations;

/// <summary>Organisations are never deleted (DESIGN principle 2): one that is merged or dissolved is deactivated with a reason.</summary>
public sealed record DeactivateOrganization(Guid Id, string? Reason);

public sealed class DeactivateOrganizationHandler(WeijianDb db)
{
    public async Task<OrganizationView> HandleAsync(DeactivateOrganization command, CancellationToken ct)
    {
        var org = await OrganizationScope.AdministeredAsync(db, command.Id, ct);
        if (org.Id == db.Actor.OrganizationId)
        {
            throw DomainRuleException.Conflict("organization.cannot-deactivate-own", "不能停用自己所在的单位");
        }

        if (await db.Organizations.AnyAsync(o => o.ParentId == org.Id && o.IsActive, ct))
        {
            throw DomainRuleException.Conflict("organization.has-active-children", "该单位仍有启用的下级单位，请先停用下级单位");
        }

        org.Deactivate(command.Reason!);
        db.Audit(org.Id, "organization.deactivated", nameof(Organization), org.Id.ToString(), new { org.DeactivationReason });
        await db.SaveChangesAsync(ct);
        return OrganizationView.From(org);
    }
}
