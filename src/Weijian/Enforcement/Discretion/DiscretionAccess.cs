using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// Who reads and who imports baselines, and which versions an organisation sees: the national sample and the versions of
/// its own organisation and its ancestors (a province's baseline applies to every bureau below it).
/// </summary>
public static class DiscretionAccess
{
    /// <summary>执法人员, 法制审核人员 and 局领导 use baselines in cases; 系统管理员 keep them; 上级监督 reads.</summary>
    public static readonly string[] Readers = [Roles.Officer, Roles.LegalReviewer, Roles.BureauHead, Roles.SystemAdministrator, Roles.Supervisor];

    /// <summary>Only the jurisdiction's 系统管理员 imports a new version (R-PEN-11: a published baseline, not a local edit).</summary>
    public static readonly string[] Importers = [Roles.SystemAdministrator];

    public static bool CanImport(Actor actor) => actor is not null && (actor.IsSystem || Importers.Any(actor.IsInRole));

    /// <summary>The organisation and its ancestors, nearest first.</summary>
    public static async Task<IReadOnlyList<Guid>> AncestryAsync(WeijianDb db, Guid organizationId, CancellationToken ct)
    {
        var path = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == organizationId).Select(o => o.Path).SingleOrDefaultAsync(ct)
            ?? throw DomainRuleException.NotFound("organization.not-found", "单位不存在或无权访问");
        return path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).Reverse().ToList();
    }

    /// <summary>The versions the actor may read (national, or of the actor's organisation or an ancestor); the system sees all.</summary>
    public static async Task<IQueryable<DiscretionBaseline>> VisibleAsync(WeijianDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Actor.Require(Readers);
        if (db.Actor.IsSystem)
        {
            return db.Set<DiscretionBaseline>().AsNoTracking();
        }

        var chain = (await AncestryAsync(db, db.Actor.RequireOrganization(), ct)).ToList();
        return db.Set<DiscretionBaseline>().AsNoTracking().Where(b => b.JurisdictionId == null || chain.Contains(b.JurisdictionId.Value));
    }
}
