using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// 送达 the decision (R-PEN-24/25): direct, left with a witness or photo record, post (date on the receipt), electronic with
/// the party's consent, or public notice (deemed served 30 days later). Starts the 15-day payment period (R-PEN-26).
/// </summary>
public sealed record ServeDecision(Guid CaseId, string? Method, DateOnly? Date, string? Recipient, string? Witness, bool PartyConsented, string? Note) : ICaseCommand;

public sealed class ServeDecisionHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(ServeDecision command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.ServeDecision, ct);
        var method = CaseNames.Parse<ServiceMethod>(command.Method, CaseNames.Of)
            ?? throw Input.Invalid("validation.service-method", "method", "请选择送达方式");
        var today = ChinaClock.Today(clock);
        c.Serve(method, command.Date ?? today, command.Recipient, command.Witness, command.PartyConsented, command.Note, await calendars.GetAsync(db, ct), today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.ServeDecision, new { Method = CaseNames.Of(method), c.ServedOn, c.PaymentDue }, ct);
    }
}
