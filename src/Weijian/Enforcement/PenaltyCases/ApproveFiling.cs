using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>批准立案 by a 局领导 (R-PEN-5); the limitation period is re-checked (R-PEN-7) and the 90-day clock starts (R-PEN-6).</summary>
public sealed record ApproveFiling(Guid CaseId, string? Opinion) : ICaseCommand;

public sealed class ApproveFilingHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(ApproveFiling command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.ApproveFiling, ct);
        c.ApproveFiling(command.Opinion, await calendars.GetAsync(db, ct), ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.ApproveFiling, new { c.FiledOn, c.DecisionDue }, ct);
    }
}

/// <summary>不予立案 by a 局领导, with the reason (no violation, no jurisdiction, limitation expired …).</summary>
public sealed record DeclineFiling(Guid CaseId, string? Reason) : ICaseCommand;

public sealed class DeclineFilingHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(DeclineFiling command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.DeclineFiling, ct);
        c.DeclineFiling(command.Reason, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.DeclineFiling, null, ct);
    }
}

/// <summary>撤销立案 by a 局领导, with the reason.</summary>
public sealed record Withdraw(Guid CaseId, string? Reason) : ICaseCommand;

public sealed class WithdrawHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(Withdraw command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.Withdraw, ct);
        c.Withdraw(command.Reason, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.Withdraw, null, ct);
    }
}
