using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Users;

/// <summary>Users of the organisations a 系统管理员 administers, optionally one organisation, searched by name.</summary>
public sealed record ListUsers(Guid? OrganizationId = null, string? Search = null, int? Page = 1, int? PageSize = 20);

public sealed class ListUsersHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<Paged<UserView>> HandleAsync(ListUsers query, CancellationToken ct)
    {
        db.Actor.Require(Roles.SystemAdministrator);
        IQueryable<Organization> orgs;
        if (query.OrganizationId is { } orgId)
        {
            var org = await OrganizationScope.AdministeredAsync(db, orgId, ct);
            orgs = db.Organizations.Where(o => o.Id == org.Id);
        }
        else
        {
            orgs = await OrganizationScope.VisibleSetAsync(db, ct);
        }

        var users = db.Users.Where(u => orgs.Any(o => o.Id == u.OrganizationId));
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            users = users.Where(u => u.UserName!.Contains(s) || u.DisplayName.Contains(s));
        }

        var ordered = users.OrderBy(u => u.OrganizationId).ThenBy(u => u.UserName);
        var size = Math.Clamp(query.PageSize ?? 20, 1, Paged.MaxPageSize);
        var number = Math.Max(query.Page ?? 1, 1);
        var total = await ordered.CountAsync(ct);
        var ids = await ordered.Skip((number - 1) * size).Take(size).Select(u => u.Id).ToListAsync(ct);
        var items = await UserViews.LoadAsync(db, db.Users.Where(u => ids.Contains(u.Id)), clock.GetUtcNow(), ct);
        return new Paged<UserView>(items.OrderBy(u => ids.IndexOf(u.Id)).ToList(), total, number, size);
    }
}

/// <summary>One user: yourself, or a user of an organisation you administer.</summary>
public sealed record GetUser(Guid Id);

public sealed class GetUserHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<UserView> HandleAsync(GetUser query, CancellationToken ct)
    {
        if (query.Id != db.Actor.UserId)
        {
            await UserAdministration.AdministeredUserAsync(db, query.Id, ct);
        }

        var view = await UserViews.LoadAsync(db, db.Users.Where(u => u.Id == query.Id), clock.GetUtcNow(), ct);
        return view.SingleOrDefault() ?? throw UserAdministration.NotFound();
    }
}
