using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>批准结案 (结案报告) by the head: executed, served no-penalty, transferred and handed over, or withdrawn cases.</summary>
public sealed record CloseCase(Guid CaseId, string? Summary) : ICaseCommand;

public sealed class CloseCaseHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(CloseCase command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.CloseCase, ct);
        c.Close(command.Summary, ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.CloseCase, new { c.ClosedOn }, ct);
    }
}

/// <summary>立卷归档: the closed case's file is assembled in the legal order and archived (R-PEN-31).</summary>
public sealed record ArchiveCase(Guid CaseId) : ICaseCommand;

public sealed class ArchiveCaseHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(ArchiveCase command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.ArchiveCase, ct);
        c.Archive(ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.ArchiveCase, new { c.ArchivedOn }, ct);
    }
}
