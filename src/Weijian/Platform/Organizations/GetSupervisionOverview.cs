using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Organizations;

/// <summary>
/// 上级监督: counts per organisation of the actor's subtree. This is the explicit statistics path by which a higher
/// level reads subordinate data (DESIGN principle 4): it crosses the tenant filter on purpose, read-only, and only
/// returns aggregates.
/// </summary>
public sealed record GetSupervisionOverview;

public sealed record SupervisionRow(
    Guid OrganizationId, string Name, string KindName, int Depth, bool IsActive, int ActiveUsers, long AuditEntries, int OpenDeadlines, int OverdueDeadlines);

public sealed class GetSupervisionOverviewHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<SupervisionRow>> HandleAsync(GetSupervisionOverview query, CancellationToken ct)
    {
        db.Actor.Require(Roles.Supervisor, Roles.SystemAdministrator, Roles.BureauHead);
        var orgs = await new ListOrganizationsHandler(db).HandleAsync(new ListOrganizations(), ct);
        if (!db.Actor.IsSystem && !db.Actor.IsInRole(Roles.Supervisor) && !db.Actor.IsInRole(Roles.SystemAdministrator))
        {
            orgs = orgs.Where(o => o.Id == db.Actor.OrganizationId).ToList();
        }

        var ids = orgs.Select(o => o.Id).ToList();
        var today = ChinaClock.Today(clock);
        var users = await db.Users.Where(u => ids.Contains(u.OrganizationId) && u.IsActive)
            .GroupBy(u => u.OrganizationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var audit = await db.AuditEntries.IgnoreQueryFilters().Where(a => ids.Contains(a.OrganizationId))
            .GroupBy(a => a.OrganizationId).Select(g => new { g.Key, Max = g.Max(a => a.Sequence) }).ToDictionaryAsync(x => x.Key, x => x.Max, ct);
        var open = await db.DeadlineClocks.IgnoreQueryFilters().Where(d => ids.Contains(d.OrganizationId) && d.Status == DeadlineStatus.Open)
            .GroupBy(d => d.OrganizationId)
            .Select(g => new { g.Key, Open = g.Count(), Overdue = g.Count(d => d.Due < today) })
            .ToDictionaryAsync(x => x.Key, ct);
        return orgs.Select(o => new SupervisionRow(
            o.Id, o.Name, o.KindName, o.Depth, o.IsActive,
            users.GetValueOrDefault(o.Id),
            audit.GetValueOrDefault(o.Id),
            open.TryGetValue(o.Id, out var d) ? d.Open : 0,
            open.TryGetValue(o.Id, out var d2) ? d2.Overdue : 0)).ToList();
    }
}
