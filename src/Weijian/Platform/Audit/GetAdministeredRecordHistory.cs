using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Audit;

/// <summary>
/// The history of an administration record (an organisation or a user) kept in the audit chain of an organisation
/// the actor administers. This is the explicit administration path across the tenant filter (DESIGN principle 4):
/// only a 系统管理员 of that organisation or an ancestor, and only for the records they administer — never a
/// subordinate's business records.
/// </summary>
public sealed record GetAdministeredRecordHistory(Guid OrganizationId, string SubjectType, string SubjectId);

public sealed class GetAdministeredRecordHistoryHandler(WeijianDb db)
{
    /// <summary>Subject types an administrator administers across organisations.</summary>
    public static readonly IReadOnlySet<string> AdministeredSubjectTypes = new HashSet<string>(StringComparer.Ordinal) { "Organization", "User" };

    public async Task<IReadOnlyList<AuditEntryView>> HandleAsync(GetAdministeredRecordHistory query, CancellationToken ct)
    {
        if (!AdministeredSubjectTypes.Contains(query.SubjectType))
        {
            throw DomainRuleException.NotFound("audit.history-not-found", "记录不存在或无权查看其历史");
        }

        var org = await OrganizationScope.AdministeredAsync(db, query.OrganizationId, ct);
        var entries = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.OrganizationId == org.Id && a.SubjectType == query.SubjectType && a.SubjectId == query.SubjectId)
            .OrderBy(a => a.Sequence)
            .ToListAsync(ct);
        return entries.Select(AuditActions.View).ToList();
    }
}
