using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Organizations;

/// <summary>A 系统管理员 adds a city, county bureau or enforcement agency under an organisation they administer.</summary>
public sealed record CreateOrganization(Guid? ParentId, string? Kind, string? Name, string? ShortName, string? RegionCode);

public sealed class CreateOrganizationHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OrganizationView> HandleAsync(CreateOrganization command, CancellationToken ct)
    {
        db.Actor.Require(Roles.SystemAdministrator);
        var parentId = Input.Required(command.ParentId, "parentId", "上级单位");
        var parent = await OrganizationScope.AdministeredAsync(db, parentId, ct);
        if (!Enum.TryParse<OrganizationKind>(command.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw Input.Invalid("validation.organization-kind", "kind", "单位类型不正确，应为市级卫生健康委员会（City）、区县卫生健康局（CountyBureau）或卫生健康综合监督执法机构（EnforcementAgency）");
        }

        var org = parent.AddChild(kind, command.Name!, command.ShortName!, command.RegionCode!, clock.GetUtcNow());
        db.Organizations.Add(org);
        db.Audit(org.Id, "organization.created", nameof(Organization), org.Id.ToString(), new
        {
            org.Name,
            org.ShortName,
            org.RegionCode,
            Kind = org.Kind.ToString(),
            org.ParentId,
        });
        await db.SaveChangesAsync(ct);
        return OrganizationView.From(org);
    }
}
