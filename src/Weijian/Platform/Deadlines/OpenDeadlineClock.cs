using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Deadlines;

/// <summary>
/// Starts a legal clock on a record of the actor's organisation. Modules call this from their own use cases (in the
/// same unit of work) when a statute starts a period: intake starts R-LIC-4's 20 working days, and so on.
/// </summary>
public sealed record OpenDeadlineClock(
    Guid? AssigneeId, string SubjectType, string SubjectId, string Title, string RuleId, string LegalBasis, DateOnly Start, int Count, DeadlineUnit Unit);

public sealed class OpenDeadlineClockHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<DeadlineClock> HandleAsync(OpenDeadlineClock command, CancellationToken ct)
    {
        var orgId = db.Actor.RequireOrganization();
        var calendar = await calendars.GetAsync(db, ct);
        var deadline = Deadline.Compute(calendar, command.RuleId, command.LegalBasis, command.Start, command.Count, command.Unit);
        var row = DeadlineClock.Open(orgId, command.AssigneeId, command.SubjectType, command.SubjectId, command.Title, deadline, clock.GetUtcNow());
        db.DeadlineClocks.Add(row);
        db.Audit(orgId, "deadline.opened", nameof(DeadlineClock), row.Id.ToString(), new
        {
            row.Title,
            row.SubjectType,
            row.SubjectId,
            row.RuleId,
            row.LegalBasis,
            Unit = row.Unit.ToWireName(),
            row.Count,
            row.Start,
            row.Due,
            row.AssigneeId,
        });
        await db.SaveChangesAsync(ct);
        return row;
    }
}
