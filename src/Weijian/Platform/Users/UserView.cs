using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Users;

public sealed record UserView(
    Guid Id,
    string UserName,
    string DisplayName,
    Guid OrganizationId,
    string OrganizationName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> RoleNames,
    bool IsActive,
    bool IsLockedOut,
    string? Email,
    string? PhoneNumber,
    string? DeactivationReason);

internal static class UserViews
{
    /// <summary>Loads views for a filtered user query in two round trips (users with organisation, then their roles).</summary>
    public static async Task<List<UserView>> LoadAsync(WeijianDb db, IQueryable<User> users, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await users
            .Join(db.Organizations, u => u.OrganizationId, o => o.Id, (u, o) => new { User = u, OrganizationName = o.Name })
            .AsNoTracking()
            .ToListAsync(ct);
        var ids = rows.Select(r => r.User.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var codes = roles.Where(x => x.UserId == r.User.Id).Select(x => x.Name!).OrderBy(Order).ToList();
            return new UserView(
                r.User.Id,
                r.User.UserName!,
                r.User.DisplayName,
                r.User.OrganizationId,
                r.OrganizationName,
                codes,
                codes.Select(Authorization.Roles.ChineseName).ToList(),
                r.User.IsActive,
                r.User.LockoutEnd is { } end && end > now,
                r.User.Email,
                r.User.PhoneNumber,
                r.User.DeactivationReason);
        }).ToList();
    }

    private static int Order(string code) => Authorization.Roles.All.ToList().FindIndex(r => r.Code == code);
}
