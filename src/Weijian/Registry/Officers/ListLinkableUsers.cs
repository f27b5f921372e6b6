using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Officers;

/// <summary>The active users of the actor's organisation an officer record may be linked to (those not linked to another officer).</summary>
public sealed record ListLinkableUsers(Guid? ExceptOfficerId = null);

public sealed record LinkableUser(Guid Id, string UserName, string DisplayName);

public sealed class ListLinkableUsersHandler(WeijianDb db)
{
    public async Task<IReadOnlyList<LinkableUser>> HandleAsync(ListLinkableUsers query, CancellationToken ct)
    {
        OfficerAccess.RequireEditor(db);
        var orgId = db.Actor.RequireOrganization();
        var linked = db.Set<Officer>().Where(o => o.UserId != null && o.Id != query.ExceptOfficerId).Select(o => o.UserId);
        return await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == orgId && u.IsActive && !linked.Contains(u.Id))
            .OrderBy(u => u.UserName)
            .Select(u => new LinkableUser(u.Id, u.UserName!, u.DisplayName))
            .ToListAsync(ct);
    }
}
