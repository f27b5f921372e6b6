using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Organizations;

/// <summary>The organisations the actor may see, in tree order (materialised path).</summary>
public sealed record ListOrganizations;

public sealed class ListOrganizationsHandler(WeijianDb db)
{
    public async Task<IReadOnlyList<OrganizationView>> HandleAsync(ListOrganizations query, CancellationToken ct)
    {
        var set = await OrganizationScope.VisibleSetAsync(db, ct);
        var orgs = await set.AsNoTracking().ToListAsync(ct);
        var byId = orgs.ToDictionary(x => x.Id.ToString("N"));
        return orgs.OrderBy(o => TreeKey(o, byId), StringComparer.Ordinal).Select(OrganizationView.From).ToList();
    }

    /// <summary>Siblings sort by region code then name, so the tree reads like the official administrative list.</summary>
    private static string TreeKey(Organization o, Dictionary<string, Organization> byId)
    {
        var parts = o.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => byId.TryGetValue(id, out var n) ? $"{(int)n.Kind}{n.RegionCode}{n.Name}" : "");
        return string.Join('/', parts);
    }
}

public sealed record GetOrganization(Guid Id);

public sealed class GetOrganizationHandler(WeijianDb db)
{
    public async Task<OrganizationView> HandleAsync(GetOrganization query, CancellationToken ct) =>
        OrganizationView.From(await OrganizationScope.VisibleAsync(db, query.Id, ct));
}
