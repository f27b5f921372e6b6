using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applications;

/// <summary>容缺材料补齐 (R-LIC-14): closes the 容缺 clock; a grant waits for it.</summary>
public sealed record SupplyRongque(Guid ApplicationId) : IApplicationCommand;

public sealed class SupplyRongqueHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<ApplicationView> HandleAsync(SupplyRongque command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        var now = clock.GetUtcNow();
        a.SupplyRongque(ChinaClock.Today(clock), db.Actor, now);
        await ApplicationSteps.CloseClockAsync(db, a, ApplicationSteps.RongqueRule, DeadlineStatus.Met, "容缺材料已补齐", now, ct);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "supply-rongque", null, ct);
    }
}

/// <summary>现场核查 by two or more staff, named (R-LIC-3).</summary>
public sealed record RecordSiteCheck(Guid ApplicationId, IReadOnlyList<string>? Staff, string? Findings, DateOnly? CheckedOn) : IApplicationCommand;

public sealed class RecordSiteCheckHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<ApplicationView> HandleAsync(RecordSiteCheck command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        var staff = (command.Staff ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
        var findings = Input.Text(command.Findings, "findings", "核查情况", LicenseApplication.TextMax);
        var today = ChinaClock.Today(clock);
        var on = command.CheckedOn ?? today;
        if (on > today || (a.AcceptedOn is { } acc && on < acc))
        {
            throw Input.Invalid("validation.checkedOn", "checkedOn", "核查日期应在受理之后、不晚于今天");
        }

        a.RecordSiteCheck(on, staff, findings, db.Actor, clock.GetUtcNow());
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "site-check", new { Staff = staff, Findings = findings }, ct);
    }
}

/// <summary>审查意见 of the officer handling the file; the decision is then taken by a different person (a 局领导).</summary>
public sealed record RecordReview(Guid ApplicationId, string? Opinion) : IApplicationCommand;

public sealed class RecordReviewHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<ApplicationView> HandleAsync(RecordReview command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        var opinion = Input.Text(command.Opinion, "opinion", "审查意见", LicenseApplication.TextMax);
        a.RecordReview(ChinaClock.Today(clock), opinion, db.Actor, clock.GetUtcNow());
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "review", new { Opinion = opinion }, ct);
    }
}

/// <summary>延长审查期限 (R-LIC-4): once, 10 working days, approved by a 局领导, the reason told to the applicant.</summary>
public sealed record ExtendTime(Guid ApplicationId, string? Reason) : IApplicationCommand;

public sealed class ExtendTimeHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<ApplicationView> HandleAsync(ExtendTime command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        ApplicationWorkflow.Check(ApplicationAction.ExtendTime, a.Status, db.Actor);
        var reason = Input.Text(command.Reason, "reason", "延长理由", 500);
        var calendar = await calendars.GetAsync(db, ct);
        var deadline = ApplicationDeadlines.Decision(calendar, a.AcceptedOn!.Value, a.StatutoryDays, true, a.Pauses);
        var now = clock.GetUtcNow();
        a.Extend(ChinaClock.Today(clock), reason, deadline.Due, db.Actor, now);
        await ApplicationSteps.CloseClockAsync(db, a, ApplicationSteps.DecisionRule, DeadlineStatus.Cancelled, "经批准延长审查期限10个工作日（R-LIC-4）", now, ct);
        await ApplicationSteps.OpenAsync(db, a, "作出行政许可决定（已延长）", deadline, now, ct);
        await ApplicationDocuments.ExtensionNoticeAsync(documents, a, ct);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "extend", new { Reason = reason, a.LegalDueOn }, ct);
    }
}

/// <summary>
/// 特殊程序 (R-LIC-6): testing, appraisal or expert review stops the clock from its start; the applicant is told in
/// writing (the notice day is recorded).
/// </summary>
public sealed record StartExcludedPeriod(Guid ApplicationId, string? Kind, string? Reason, DateOnly? From) : IApplicationCommand;

public sealed class StartExcludedPeriodHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<ApplicationView> HandleAsync(StartExcludedPeriod command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        var kind = ApplicationNames.Parse<ExcludedPeriodKind>(command.Kind, ApplicationNames.Of, "kind", "特殊程序类型（检验、检测/鉴定/专家评审）");
        if (kind == ExcludedPeriodKind.Hearing)
        {
            throw Input.Invalid("validation.kind", "kind", "听证请用“安排听证”办理（R-LIC-7）");
        }

        var today = ChinaClock.Today(clock);
        var from = command.From ?? today;
        if (from > today || (a.AcceptedOn is { } acc && from <= acc))
        {
            throw Input.Invalid("validation.from", "from", "特殊程序开始日期应在受理之后、不晚于今天");
        }

        var reason = Input.Text(command.Reason, "reason", "特殊程序事由", 500);
        var period = new ExcludedPeriod(kind, from, null, reason, today);
        a.StartExcludedPeriod(ApplicationAction.StartExcludedPeriod, period, db.Actor, clock.GetUtcNow());
        await ApplicationDocuments.SpecialProcedureNoticeAsync(documents, a, period, ct);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "start-excluded-period", new { Kind = ApplicationNames.Of(kind), From = from, Reason = reason }, ct);
    }
}

/// <summary>
/// 听证 (R-LIC-7): requested within 5 days of being told of the right, held within 20 working days of the request, notice
/// at least 7 days before, presided by someone other than the reviewer; the time is excluded (R-LIC-6).
/// </summary>
public sealed record ScheduleHearing(
    Guid ApplicationId, bool? Requested, DateOnly? ToldOn, DateOnly? RequestedOn, DateOnly? HearingOn, string? Presider, string? Reason, string? Place = null) : IApplicationCommand;

public sealed class ScheduleHearingHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<ApplicationView> HandleAsync(ScheduleHearing command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        ApplicationWorkflow.Check(ApplicationAction.ScheduleHearing, a.Status, db.Actor);
        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaClock.Today(clock);
        var requested = command.Requested ?? true;
        var start = today;
        if (requested)
        {
            var told = Input.Required(command.ToldOn, "toldOn", "告知听证权利日期");
            var on = Input.Required(command.RequestedOn, "requestedOn", "申请听证日期");
            var window = Deadline.Compute(calendar, "R-LIC-7", "行政许可法第四十七条", told, 5, DeadlineUnit.CalendarDays);
            if (on < told || on > window.Due)
            {
                throw DomainRuleException.Conflict("licensing.hearing-request-late", $"听证申请应在被告知听证权利之日起5日内（至{window.Due:yyyy-MM-dd}）提出（R-LIC-7）");
            }

            start = on > today ? today : on;
        }

        var hearingOn = Input.Required(command.HearingOn, "hearingOn", "听证日期");
        if (hearingOn < today.AddDays(7))
        {
            throw DomainRuleException.Conflict("licensing.hearing-notice-short", $"应当于举行听证的7日前通知申请人，听证日期不得早于{today.AddDays(7):yyyy-MM-dd}（R-LIC-7）");
        }

        var heldBy = Deadline.Compute(calendar, "R-LIC-7", "行政许可法第四十八条", start, 20, DeadlineUnit.WorkingDays);
        if (requested && hearingOn > heldBy.Due)
        {
            throw DomainRuleException.Conflict("licensing.hearing-too-late", $"应当在收到听证申请之日起20个工作日内（至{heldBy.Due:yyyy-MM-dd}）组织听证（R-LIC-7）");
        }

        var presider = Input.Text(command.Presider, "presider", "听证主持人", 50);
        if (presider == a.ReviewerName || presider == db.Actor.Name)
        {
            throw DomainRuleException.Conflict("licensing.presider-is-reviewer", "听证主持人应当由审查该申请的工作人员以外的人员担任（R-LIC-7）");
        }

        var reason = Input.OptionalText(command.Reason, "reason", "听证事由", 500) ?? (requested ? "申请人、利害关系人申请听证" : "依法应当听证或涉及公共利益的重大许可事项");
        var place = Input.OptionalText(command.Place, "place", "听证地点", 200);
        var period = new ExcludedPeriod(ExcludedPeriodKind.Hearing, start, null, reason, today, hearingOn, presider, Place: place);
        a.StartExcludedPeriod(ApplicationAction.ScheduleHearing, period, db.Actor, clock.GetUtcNow());
        await ApplicationDocuments.HearingNoticeAsync(documents, a, period, ct);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "schedule-hearing", new { HearingOn = hearingOn, Presider = presider, Reason = reason }, ct);
    }
}

/// <summary>特殊程序结束: the pause closes and the decision deadline moves by the working days it covered (R-LIC-6).</summary>
public sealed record EndExcludedPeriod(Guid ApplicationId, DateOnly? EndedOn, string? Result) : IApplicationCommand;

public sealed class EndExcludedPeriodHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<ApplicationView> HandleAsync(EndExcludedPeriod command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        ApplicationWorkflow.Check(ApplicationAction.EndExcludedPeriod, a.Status, db.Actor);
        var today = ChinaClock.Today(clock);
        var on = command.EndedOn ?? today;
        if (on > today)
        {
            throw Input.Invalid("validation.endedOn", "endedOn", "结束日期不能晚于今天");
        }

        var open = a.OpenPause ?? throw DomainRuleException.Conflict("licensing.no-excluded-period", "没有进行中的特殊程序");
        var calendar = await calendars.GetAsync(db, ct);
        var closedPauses = a.Pauses.Where(p => p.To is not null).Append(open with { To = on < open.From ? open.From : on }).ToList();
        var legal = ApplicationDeadlines.Decision(calendar, a.AcceptedOn!.Value, a.StatutoryDays, a.ExtendedOn is not null, closedPauses);
        var promised = ApplicationDeadlines.Promised(calendar, a.AcceptedOn.Value, a.PromisedDays, closedPauses);
        var now = clock.GetUtcNow();
        var closed = a.EndExcludedPeriod(on, Input.OptionalText(command.Result, "result", "结果", 1000), legal.Due, promised, db.Actor, now);
        if (await ApplicationSteps.OpenClockAsync(db, a, ApplicationSteps.DecisionRule, ct) is { } c)
        {
            c.Pause(calendar, new PausedInterval(closed.From, closed.To!.Value, ApplicationNames.Of(closed.Kind)));
        }

        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "end-excluded-period", new { Kind = ApplicationNames.Of(closed.Kind), closed.From, closed.To, a.LegalDueOn }, ct);
    }
}
