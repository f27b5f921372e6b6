using Weijian.Enforcement.Money;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>提请先行登记保存 (R-PEN-14): the items and where they are kept; effective once the head approves.</summary>
public sealed record RequestPreservation(Guid CaseId, string? Items, string? Place) : ICaseCommand;

public sealed class RequestPreservationHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RequestPreservation command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.RequestPreservation, ct);
        var p = c.RequestPreservation(command.Items, command.Place, ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RequestPreservation, new { p.Id, p.Items }, ct);
    }
}

/// <summary>批准先行登记保存 by the head (R-PEN-14); starts the 7-working-day disposal clock.</summary>
public sealed record ApprovePreservation(Guid CaseId, Guid PreservationId) : ICaseCommand;

public sealed class ApprovePreservationHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(ApprovePreservation command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.ApprovePreservation, ct);
        var p = c.ApprovePreservation(command.PreservationId, await calendars.GetAsync(db, ct), ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.ApprovePreservation, new { p.Id, p.DisposeBy }, ct);
    }
}

/// <summary>处理先行登记保存物品 (returned, confiscated, transferred for testing …) within 7 working days (R-PEN-14).</summary>
public sealed record DisposePreservation(Guid CaseId, Guid PreservationId, string? Disposition) : ICaseCommand;

public sealed class DisposePreservationHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(DisposePreservation command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.DisposePreservation, ct);
        var p = c.DisposePreservation(command.PreservationId, command.Disposition, ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.DisposePreservation, new { p.Id, p.Disposition, Late = p.DisposedOn > p.DisposeBy }, ct);
    }
}

/// <summary>延长办案期限 by the head, only for a listed cause (R-PEN-6).</summary>
public sealed record ExtendDecisionPeriod(Guid CaseId, string? Cause, int? Days, string? Reason) : ICaseCommand;

public sealed class ExtendDecisionPeriodHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(ExtendDecisionPeriod command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.ExtendDecisionPeriod, ct);
        var e = c.ExtendDecisionPeriod(DecisionExtensionCauses.Parse(command.Cause), command.Days, command.Reason, ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.ExtendDecisionPeriod, new { Cause = DecisionExtensionCauses.ChineseName(e.Cause), e.Days, e.NewDue }, ct);
    }
}
