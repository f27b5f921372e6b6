using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>提请移送 (R-PEN-30): a group of at least two officers reports a suspected crime; the head must decide within 3 days.</summary>
public sealed record ProposeReferral(Guid CaseId, IReadOnlyList<Guid>? OfficerIds, string? Reason) : ICaseCommand;

public sealed class ProposeReferralHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(ProposeReferral command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.ProposeReferral, ct);
        var today = ChinaClock.Today(clock);
        var officers = await PenaltyCaseSteps.OfficersAsync(db, command.OfficerIds, today, c.EntityId, ct);
        c.ProposeReferral([.. officers.Select(o => o.Eligibility)], command.Reason, today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.ProposeReferral, null, ct);
    }
}

/// <summary>审批移送 by the head: approve (transfer to the named police organ within 24 hours) or decline with reasons (R-PEN-30).</summary>
public sealed record DecideReferral(Guid CaseId, bool Approve, string? Receiver, string? Opinion) : ICaseCommand;

public sealed class DecideReferralHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(DecideReferral command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.DecideReferral, ct);
        c.DecideReferral(command.Approve, command.Receiver, command.Opinion, ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.DecideReferral, new { command.Approve, c.ReferralReceiver }, ct);
    }
}

/// <summary>登记移送交接: the date the file went to the police and their receipt (R-PEN-30).</summary>
public sealed record RecordTransfer(Guid CaseId, DateOnly? TransferredOn, string? Receipt) : ICaseCommand;

public sealed class RecordTransferHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RecordTransfer command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.RecordTransfer, ct);
        c.RecordTransfer(Input.Required(command.TransferredOn, "transferredOn", "移送日期"), command.Receipt, ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RecordTransfer, new { c.TransferredOn }, ct);
    }
}
