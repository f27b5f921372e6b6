using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Organizations;

/// <summary>
/// The explicit path by which a higher level reaches its subtree (DESIGN principle 4): administration by a
/// 系统管理员 and read-only supervision by a 上级监督. Anything outside the actor's subtree answers "not found",
/// never revealing that it exists.
/// </summary>
public static class OrganizationScope
{
    public static async Task<Organization> ActorOrganizationAsync(WeijianDb db, CancellationToken ct)
    {
        var orgId = db.Actor.RequireOrganization();
        return await db.Organizations.SingleAsync(o => o.Id == orgId, ct);
    }

    /// <summary>The organisation, if the actor may see it: their own, or (for the system, administrators and supervisors) one in their subtree.</summary>
    public static async Task<Organization> VisibleAsync(WeijianDb db, Guid organizationId, CancellationToken ct)
    {
        var target = await db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId, ct) ?? throw NotFound();
        if (db.Actor.IsSystem || target.Id == db.Actor.OrganizationId)
        {
            return target;
        }

        if (db.Actor.IsInRole(Roles.SystemAdministrator) || db.Actor.IsInRole(Roles.Supervisor))
        {
            var own = await ActorOrganizationAsync(db, ct);
            if (target.IsInSubtreeOf(own))
            {
                return target;
            }
        }

        throw NotFound();
    }

    /// <summary>The organisation, if the actor administers it (system, or a 系统管理员 of it or an ancestor).</summary>
    public static async Task<Organization> AdministeredAsync(WeijianDb db, Guid organizationId, CancellationToken ct)
    {
        var target = await VisibleAsync(db, organizationId, ct);
        db.Actor.Require(Roles.SystemAdministrator);
        return target;
    }

    /// <summary>Organisations the actor may list: the subtree for administrators and supervisors, else their own.</summary>
    public static async Task<IQueryable<Organization>> VisibleSetAsync(WeijianDb db, CancellationToken ct)
    {
        if (db.Actor.IsSystem)
        {
            return db.Organizations;
        }

        var own = await ActorOrganizationAsync(db, ct);
        return db.Actor.IsInRole(Roles.SystemAdministrator) || db.Actor.IsInRole(Roles.Supervisor)
            ? db.Organizations.Where(o => o.Path.StartsWith(own.Path))
            : db.Organizations.Where(o => o.Id == own.Id);
    }

    /// <summary>
    /// The active county bureaus of the actor's subtree (the actor's own organisation when it is one), and permission for
    /// this unit of work to add rows they own: the one sanctioned way a higher level writes into lower tenants (a plan
    /// issuing its tasks, R-INS-4). Existing rows of those bureaus stay out of reach (only additions pass the guard).
    /// </summary>
    public static async Task<IReadOnlyList<Organization>> PushDownToBureausAsync(WeijianDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var own = await ActorOrganizationAsync(db, ct);
        var bureaus = await db.Organizations
            .Where(o => o.Path.StartsWith(own.Path) && o.Kind == OrganizationKind.CountyBureau && o.IsActive)
            .OrderBy(o => o.Path).ToListAsync(ct);
        db.PermitAddsFor(bureaus.Select(b => b.Id));
        return bureaus;
    }

    public static DomainRuleException NotFound() => DomainRuleException.NotFound("organization.not-found", "单位不存在或无权访问");
}
