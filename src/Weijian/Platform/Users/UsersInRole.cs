using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Users;

/// <summary>The active users of one organisation who hold a role: whom a clock on 我的待办 is opened for.</summary>
public static class UsersInRole
{
    public static async Task<List<Guid>> ActiveAsync(WeijianDb db, Guid organizationId, string role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Users.Where(u => u.OrganizationId == organizationId && u.IsActive)
            .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => new { u.Id, ur.RoleId })
            .Join(db.Roles.Where(r => r.Name == role), x => x.RoleId, r => r.Id, (x, _) => x.Id)
            .Distinct().ToListAsync(ct);
    }
}
