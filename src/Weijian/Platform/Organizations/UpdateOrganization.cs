using Weijian.Platform.Persistence;

namespace Weijian.Platform.Organizations;

/// <summary>Correct an organisation's name, 地区简称 or region code; the old and new values go into the audit chain.</summary>
public sealed record UpdateOrganization(Guid Id, string? Name, string? ShortName, string? RegionCode);

public sealed class UpdateOrganizationHandler(WeijianDb db)
{
    public async Task<OrganizationView> HandleAsync(UpdateOrganization command, CancellationToken ct)
    {
        var org = await OrganizationScope.AdministeredAsync(db, command.Id, ct);
        var before = new { org.Name, org.ShortName, org.RegionCode };
        org.Rename(command.Name!, command.ShortName!, command.RegionCode!);
        db.Audit(org.Id, "organization.updated", nameof(Organization), org.Id.ToString(), new
        {
            Before = before,
            After = new { org.Name, org.ShortName, org.RegionCode },
        });
        await db.SaveChangesAsync(ct);
        return OrganizationView.From(org);
    }
}
