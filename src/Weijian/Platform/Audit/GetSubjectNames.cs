using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Users;

namespace Weijian.Platform.Audit;

/// <summary>
/// Readable names for the subjects of audit entries on screen ("用户 · 李建国" rather than an id): organisations and users
/// the actor may see (their own organisation, or their subtree for administrators and supervisors). Other subjects and
/// ids outside that scope are simply left out.
/// </summary>
public sealed record GetSubjectNames(IReadOnlyCollection<SubjectRef> Subjects);

public sealed record SubjectRef(string SubjectType, string SubjectId);

public sealed class GetSubjectNamesHandler(WeijianDb db)
{
    public async Task<IReadOnlyDictionary<SubjectRef, string>> HandleAsync(GetSubjectNames query, CancellationToken ct)
    {
        var names = new Dictionary<SubjectRef, string>();
        if (db.Actor.OrganizationId is null && !db.Actor.IsSystem)
        {
            return names;
        }

        var visible = await OrganizationScope.VisibleSetAsync(db, ct);
        var orgIds = Ids(query, nameof(Organization));
        if (orgIds.Count > 0)
        {
            foreach (var o in await visible.Where(o => orgIds.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            {
                names[new SubjectRef(nameof(Organization), o.Id.ToString())] = o.Name;
            }
        }

        var userIds = Ids(query, nameof(User));
        if (userIds.Count > 0)
        {
            var users = await db.Users.Where(u => userIds.Contains(u.Id) && visible.Any(o => o.Id == u.OrganizationId))
                .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
            foreach (var u in users)
            {
                names[new SubjectRef(nameof(User), u.Id.ToString())] = u.DisplayName;
            }
        }

        return names;
    }

    private static List<Guid> Ids(GetSubjectNames query, string type) =>
        query.Subjects.Where(s => s.SubjectType == type)
            .Select(s => Guid.TryParse(s.SubjectId, out var id) ? id : (Guid?)null)
            .OfType<Guid>().Distinct().ToList();
}
