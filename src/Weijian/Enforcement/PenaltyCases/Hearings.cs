using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>登记听证申请: only where a hearing trigger applies (R-PEN-16), within 5 working days of the notice (R-PEN-17).</summary>
public sealed record RequestHearing(Guid CaseId, DateOnly? RequestedOn) : ICaseCommand;

public sealed class RequestHearingHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RequestHearing command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.RequestHearing, ct);
        var today = ChinaClock.Today(clock);
        c.RequestHearing(command.RequestedOn ?? today, today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RequestHearing, new { c.HearingRequestedOn }, ct);
    }
}

/// <summary>安排听证: date, place, a presiding officer who did not investigate, notified at least 7 working days ahead (R-PEN-17).</summary>
public sealed record ScheduleHearing(Guid CaseId, DateOnly? HearingDate, string? Place, Guid? PresidingUserId, DateOnly? NotifiedOn) : ICaseCommand;

public sealed class ScheduleHearingHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(ScheduleHearing command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.ScheduleHearing, ct);
        var presidingId = Input.Required(command.PresidingUserId, "presidingUserId", "听证主持人");
        var presiding = await db.Users.AsNoTracking().Where(u => u.Id == presidingId && u.OrganizationId == c.OrganizationId)
            .Select(u => u.DisplayName).SingleOrDefaultAsync(ct)
            ?? throw Input.Invalid("user.not-found", "presidingUserId", "听证主持人不存在或不属于本单位");
        var today = ChinaClock.Today(clock);
        c.ScheduleHearing(
            Input.Required(command.HearingDate, "hearingDate", "听证日期"), command.Place, presidingId, presiding, command.NotifiedOn ?? today,
            await calendars.GetAsync(db, ct), today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.ScheduleHearing, new { c.HearingDate, c.HearingPlace, c.HearingPresidingName }, ct);
    }
}

/// <summary>听证笔录; a party who does not appear has waived the hearing (R-PEN-17).</summary>
public sealed record RecordHearing(Guid CaseId, DateOnly? HeldOn, bool PartyAttended, string? Transcript) : ICaseCommand;

public sealed class RecordHearingHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RecordHearing command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.RecordHearing, ct);
        var today = ChinaClock.Today(clock);
        c.RecordHearing(command.HeldOn ?? today, command.PartyAttended, command.Transcript, today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RecordHearing, new { c.HearingHeldOn, c.HearingPartyAttended }, ct);
    }
}
