using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// 事先告知 (R-PEN-15): the notice of the intended penalty, facts, basis and rights was served on <see cref="ServedOn"/>;
/// the hearing right follows from the local thresholds in force on that date (R-PEN-16, R-PEN-18).
/// </summary>
public sealed record NotifyParty(Guid CaseId, DateOnly? ServedOn) : ICaseCommand;

public sealed class NotifyPartyHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(NotifyParty command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.NotifyParty, ct);
        var today = ChinaClock.Today(clock);
        var servedOn = command.ServedOn ?? today;
        var thresholds = await CaseThresholds.ResolveAsync(db, c.OrganizationId, servedOn, ct);
        c.Notify(servedOn, thresholds, await calendars.GetAsync(db, ct), today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.NotifyParty, new { c.NoticeServedOn, c.HearingRight, c.StatementDue, c.HearingRequestDue }, ct);
    }
}

/// <summary>陈述申辩 with the 复核 opinion (R-PEN-15), or the party's written waiver of statement and hearing.</summary>
public sealed record RecordStatement(Guid CaseId, bool Waived, DateOnly? ReceivedOn, string? Statement, string? ReExamination) : ICaseCommand;

public sealed class RecordStatementHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RecordStatement command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.RecordStatement, ct);
        c.RecordStatement(command.Waived, command.ReceivedOn, command.Statement, command.ReExamination, ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RecordStatement, new { command.Waived }, ct);
    }
}
