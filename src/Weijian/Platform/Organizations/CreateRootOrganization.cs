using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Organizations;

/// <summary>
/// Installs the top of a deployment's tree (usually the provincial health commission). Only the system actor
/// (the command line, <c>weijian org add</c>) may do it; everything below is created by administrators.
/// </summary>
public sealed record CreateRootOrganization(string? Name, string? ShortName, string? RegionCode);

public sealed class CreateRootOrganizationHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OrganizationView> HandleAsync(CreateRootOrganization command, CancellationToken ct)
    {
        if (!db.Actor.IsSystem)
        {
            throw DomainRuleException.Forbidden("organization.root-by-system-only", "顶级单位只能由系统命令行创建");
        }

        if (await db.Organizations.AnyAsync(o => o.Name == command.Name && o.ParentId == null, ct))
        {
            throw DomainRuleException.Conflict("organization.duplicate-root", $"顶级单位“{command.Name}”已存在");
        }

        var org = Organization.CreateRoot(command.Name!, command.ShortName!, command.RegionCode!, clock.GetUtcNow());
        db.Organizations.Add(org);
        db.Audit(org.Id, "organization.created", nameof(Organization), org.Id.ToString(), new
        {
            org.Name,
            org.ShortName,
            org.RegionCode,
            Kind = org.Kind.ToString(),
            ParentId = (Guid?)null,
        });
        await db.SaveChangesAsync(ct);
        return OrganizationView.From(org);
    }
}
