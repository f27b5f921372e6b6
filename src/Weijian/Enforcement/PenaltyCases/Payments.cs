using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>登记缴款: the bank's receipt for a payment (罚缴分离, R-PEN-26), booked by kind.</summary>
public sealed record RecordPayment(Guid CaseId, string? Kind, decimal? Amount, DateOnly? PaidOn, string? ReceiptNumber) : ICaseCommand;

public sealed class RecordPaymentHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RecordPayment command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.RecordPayment, ct);
        var kind = CaseNames.Parse<PaymentKind>(command.Kind, CaseNames.Of) ?? PaymentKind.Fine;
        var today = ChinaClock.Today(clock);
        var p = c.RecordPayment(kind, Input.Required(command.Amount, "amount", "缴款金额"), command.PaidOn ?? today, command.ReceiptNumber, today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RecordPayment, new { Kind = CaseNames.Of(p.Kind), p.Amount, p.PaidOn, p.ReceiptNumber }, ct);
    }
}

/// <summary>批准暂缓或分期缴纳 (R-PEN-26) on the party's application: one instalment is a deferral; amounts add up to the money due.</summary>
public sealed record GrantPaymentPlan(Guid CaseId, IReadOnlyList<PaymentInstalment>? Instalments, string? Reason) : ICaseCommand;

public sealed class GrantPaymentPlanHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(GrantPaymentPlan command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.GrantPaymentPlan, ct);
        c.GrantPaymentPlan(command.Instalments ?? [], command.Reason, await calendars.GetAsync(db, ct), ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.GrantPaymentPlan, new { c.Instalments, c.PaymentDue }, ct);
    }
}

/// <summary>登记行政复议/行政诉讼 (start, and end when known): the surcharge does not accrue meanwhile (R-PEN-27).</summary>
public sealed record RecordRemedyProceeding(Guid CaseId, string? Kind, DateOnly? From, DateOnly? To, string? Note) : ICaseCommand;

public sealed class RecordRemedyProceedingHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RecordRemedyProceeding command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.RecordRemedyProceeding, ct);
        var kind = CaseNames.Parse<RemedyKind>(command.Kind, CaseNames.Of) ?? throw Input.Invalid("validation.remedy-kind", "kind", "请选择行政复议或行政诉讼");
        c.RecordRemedy(kind, Input.Required(command.From, "from", "开始日期"), command.To, command.Note, ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RecordRemedyProceeding, new { Kind = CaseNames.Of(kind), command.From, command.To }, ct);
    }
}

/// <summary>送达催告书 (R-PEN-28) once the party is overdue; the court application may follow 10 working days after service.</summary>
public sealed record SendPaymentReminder(Guid CaseId, DateOnly? ServedOn) : ICaseCommand;

public sealed class SendPaymentReminderHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(SendPaymentReminder command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.SendPaymentReminder, ct);
        var today = ChinaClock.Today(clock);
        c.SendReminder(command.ServedOn ?? today, today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.SendPaymentReminder, new { c.ReminderServedOn }, ct);
    }
}

/// <summary>申请法院强制执行 (R-PEN-28): only after a 催告 served at least 10 working days earlier.</summary>
public sealed record ApplyCourtEnforcement(Guid CaseId, string? Court) : ICaseCommand;

public sealed class ApplyCourtEnforcementHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(ApplyCourtEnforcement command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.ApplyCourtEnforcement, ct);
        c.ApplyCourtEnforcement(command.Court, await calendars.GetAsync(db, ct), ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.ApplyCourtEnforcement, new { c.CourtAppliedOn }, ct);
    }
}

/// <summary>确认执行完毕: every amount due is paid, including any late surcharge (R-PEN-27), or the non-monetary measures are carried out.</summary>
public sealed record ConfirmExecution(Guid CaseId, string? Note) : ICaseCommand;

public sealed class ConfirmExecutionHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(ConfirmExecution command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.ConfirmExecution, ct);
        var today = ChinaClock.Today(clock);
        c.ConfirmExecution(CaseMoney.Of(c, await calendars.GetAsync(db, ct), today)?.Outstanding ?? 0, command.Note, today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.ConfirmExecution, new { c.ExecutedOn }, ct);
    }
}
