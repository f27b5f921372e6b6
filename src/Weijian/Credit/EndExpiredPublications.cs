using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Credit;

/// <summary>
/// Ends publication at the maximum (R-CRD-1/2): every record still 公示中 whose maximum has come becomes 公示期满, with an
/// event in its history and the audit chain, and its entity's grade is recomputed (R-CRD-5). Idempotent: run daily by the
/// web host and by <c>weijian credit sweep</c>. Public queries already filter by date, so nothing shows after the maximum
/// even before this runs.
/// </summary>
public sealed record EndExpiredPublications;

public sealed record EndExpiredPublicationsResult(int Ended, DateOnly Today);

public sealed class EndExpiredPublicationsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<EndExpiredPublicationsResult> HandleAsync(EndExpiredPublications command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.SystemAdministrator, Roles.BureauHead);
        var today = ChinaClock.Today(clock);
        var due = await db.Set<CreditRecord>()
            .Where(r => r.Status == CreditRecordStatus.Publishing && r.MaxUntil != null && r.MaxUntil <= today)
            .OrderBy(r => r.OrganizationId).ThenBy(r => r.MaxUntil)
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var r in due.Where(r => r.EndAtMaximum(today, now)))
        {
            db.Audit(r.OrganizationId, CreditAuditActions.Ended, CreditAuditActions.SubjectType, r.Id.ToString(), new { r.SourceNumber, r.MaxUntil, r.EndReason });
        }

        foreach (var entity in due.Where(r => r.EntityId is not null).Select(r => (r.OrganizationId, r.EntityId)).Distinct())
        {
            await CreditGrading.UpdateAsync(db, entity.OrganizationId, entity.EntityId, clock, ct);
        }

        await db.SaveChangesAsync(ct);
        return new EndExpiredPublicationsResult(due.Count, today);
    }
}
