using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>提请立案: two handlers eligible today (R-PEN-12, R-OFF-1), the act dates and harm (R-PEN-7), the case flags and the handler's opinion.</summary>
public sealed record RequestFiling(
    Guid CaseId, IReadOnlyList<Guid>? OfficerIds, DateOnly? ActDate, DateOnly? ActEndDate, bool LifeHealthHarm, string? Opinion,
    bool MajorPublicInterest = false, bool Complex = false, bool HighImpact = false, bool CrossDistrict = false, bool ReviewRequiredByLaw = false) : ICaseCommand;

public sealed class RequestFilingHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RequestFiling command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.RequestFiling, ct);
        var today = ChinaClock.Today(clock);
        var officers = await PenaltyCaseSteps.OfficersAsync(db, command.OfficerIds, today, c.EntityId, ct);
        c.RequestFiling(
            officers, command.ActDate, command.ActEndDate, command.LifeHealthHarm, command.Opinion,
            new CaseFlags(command.MajorPublicInterest, command.Complex, command.HighImpact, command.CrossDistrict, command.ReviewRequiredByLaw),
            today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RequestFiling, new { Handlers = c.Handlers.Select(h => h.Name) }, ct);
    }
}
