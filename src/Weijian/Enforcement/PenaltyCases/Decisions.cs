using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// 作出行政处罚决定 by a 局领导 on the current draft, through every gate of R-PEN-15/17/19/20/21 (see
/// <see cref="PenaltyCase.DecidePenalty"/>); thresholds are those in force on the act date.
/// </summary>
public sealed record DecidePenalty(Guid CaseId) : ICaseCommand;

public sealed class DecidePenaltyHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(DecidePenalty command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.DecidePenalty, ct);
        var today = ChinaClock.Today(clock);
        var thresholds = await CaseThresholds.ResolveAsync(db, c.OrganizationId, c.ActDate ?? today, ct);
        c.DecidePenalty(thresholds, await calendars.GetAsync(db, ct), today, clock.GetUtcNow(), db.Actor.Name);
        db.Raise(new PenaltyDecided(c.Id, c.OrganizationId, today));
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.DecidePenalty, new { Terms = c.DecidedTerms?.Describe(), c.DecidedFine, c.DecidedConfiscation }, ct);
    }
}

/// <summary>作出不予行政处罚决定 (R-PEN-10, R-PEN-19), with the reason and its legal basis.</summary>
public sealed record DecideNoPenalty(Guid CaseId, string? Reason, string? Basis) : ICaseCommand;

public sealed class DecideNoPenaltyHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(DecideNoPenalty command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.DecideNoPenalty, ct);
        c.DecideNoPenalty(command.Reason, command.Basis, await calendars.GetAsync(db, ct), ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.DecideNoPenalty, new { c.NoPenaltyReason }, ct);
    }
}

/// <summary>简易程序当场处罚 (R-PEN-23) by two officers on a registered lead: a warning or a small fine, handed over on the spot.</summary>
public sealed record DecideSummarily(
    Guid CaseId, IReadOnlyList<Guid>? OfficerIds, IReadOnlyList<string>? Measures, decimal? Fine, string? Facts, string? ViolatedProvision, string? PenaltyBasis,
    bool PartySigned) : ICaseCommand;

public sealed class DecideSummarilyHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(DecideSummarily command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.DecideSummarily, ct);
        var today = ChinaClock.Today(clock);
        var officers = await PenaltyCaseSteps.OfficersAsync(db, command.OfficerIds, today, c.EntityId, ct);
        var terms = PenaltyTerms.Create(command.Measures, command.Fine, null, null, null, null);
        c.DecideSummarily(officers, terms, command.Facts, command.ViolatedProvision, command.PenaltyBasis, command.PartySigned, await calendars.GetAsync(db, ct), today, clock.GetUtcNow(), db.Actor.Name);
        db.Raise(new PenaltyDecided(c.Id, c.OrganizationId, today));
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.DecideSummarily, new { Terms = terms.Describe() }, ct);
    }
}

/// <summary>简易程序备案: the on-the-spot decision is filed with the authority (R-PEN-23).</summary>
public sealed record FileSummaryRecord(Guid CaseId) : ICaseCommand;

public sealed class FileSummaryRecordHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(FileSummaryRecord command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.FileSummaryRecord, ct);
        c.FileSummaryRecord(ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.FileSummaryRecord, null, ct);
    }
}
