using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applications;

/// <summary>
/// 准予行政许可 by a 局领导 who did not review the file: the license is issued or the existing one changed, renewed,
/// cancelled or validated; the certificate is due within 10 working days (R-LIC-5); <see cref="LicensingDecided"/> is raised
/// for publication (R-TRS-4). Decided within the legal deadline counts as on time (R-LIC-4).
/// </summary>
public sealed record Grant(Guid ApplicationId, string? Reason) : IApplicationCommand;

public sealed class GrantHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<ApplicationView> HandleAsync(Grant command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        ApplicationWorkflow.Check(ApplicationAction.Grant, a.Status, db.Actor);
        var reason = Input.OptionalText(command.Reason, "reason", "决定理由", LicenseApplication.TextMax) ?? "经审查，申请符合法定条件、标准，准予行政许可";
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var calendar = await calendars.GetAsync(db, ct);
        var certificate = ApplicationDeadlines.Certificate(calendar, today);

        var entityId = a.EntityId ?? throw DomainRuleException.Conflict("licensing.applicant-not-registered", "申请人尚未登记到监管对象名录，请先登记并在受理时选择（许可证须载明持证主体）");

        // The gates first (reviewer ≠ decider, 容缺 supplied), so a refused decision leaves the register untouched.
        a.Decide(ApplicationAction.Grant, today, ApplicationSteps.DecisionNumber(a, true), reason, null, certificate.Due, db.Actor, now);
        var license = await ApplicationGrants.IssueOrApplyAsync(db, a, entityId, today, grantedOnCommitment: false, now, ct);
        a.LinkLicense(license.Id);
        await ApplicationSteps.CloseAllAsync(db, a, "已作出准予许可决定", now, ct);
        await ApplicationSteps.OpenAsync(db, a, "送达许可证件", certificate, now, ct);
        var decision = await ApplicationDocuments.GrantAsync(db, documents, a, license, ct);
        ApplicationGrants.RaiseDecided(db, a, license.Number, decision.Id);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "grant", new { a.DecisionNumber, License = license.Number, OnTime = a.DecidedOnTime }, ct);
    }
}

/// <summary>不予行政许可 (R-LIC-5): written, reasoned, stating the rights of 行政复议 and 行政诉讼.</summary>
public sealed record Refuse(Guid ApplicationId, string? Reason, string? ReconsiderationBody, string? Court) : IApplicationCommand;

public sealed class RefuseHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<ApplicationView> HandleAsync(Refuse command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        ApplicationWorkflow.Check(ApplicationAction.Refuse, a.Status, db.Actor);
        var reason = Input.Text(command.Reason, "reason", "不予许可的理由", LicenseApplication.TextMax);
        var body = Input.Text(command.ReconsiderationBody, "reconsiderationBody", "行政复议机关", 200);
        var court = Input.Text(command.Court, "court", "管辖人民法院", 200);
        var rights = $"如不服本决定，可以自收到本决定书之日起六十日内向{body}申请行政复议，或者自收到本决定书之日起六个月内向{court}提起行政诉讼。";
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        a.Decide(ApplicationAction.Refuse, today, ApplicationSteps.DecisionNumber(a, false), $"{reason}\n{rights}", null, null, db.Actor, now);
        await ApplicationSteps.CloseAllAsync(db, a, "已作出不予许可决定", now, ct);
        var decision = await ApplicationDocuments.RefusalAsync(documents, a, reason, body, court, ct);
        ApplicationGrants.RaiseDecided(db, a, null, decision.Id);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "refuse", new { a.DecisionNumber, Reason = reason, OnTime = a.DecidedOnTime }, ct);
    }
}

/// <summary>申请人撤回申请: every running clock of the application closes.</summary>
public sealed record Withdraw(Guid ApplicationId, string? Reason) : IApplicationCommand;

public sealed class WithdrawHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<ApplicationView> HandleAsync(Withdraw command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        var reason = Input.Text(command.Reason, "reason", "撤回理由", 500);
        var now = clock.GetUtcNow();
        a.Withdraw(ChinaClock.Today(clock), reason, db.Actor, now);
        await ApplicationSteps.CloseAllAsync(db, a, "申请人撤回", now, ct);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "withdraw", new { Reason = reason }, ct);
    }
}

/// <summary>送达许可证件 within 10 working days of the decision (R-LIC-5); late service is recorded as late.</summary>
public sealed record ServeCertificate(Guid ApplicationId, string? Method, DateOnly? ServedOn) : IApplicationCommand;

public sealed class ServeCertificateHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<ApplicationView> HandleAsync(ServeCertificate command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        var method = Input.Text(command.Method, "method", "送达方式（如：窗口领取、邮寄）", 100);
        var today = ChinaClock.Today(clock);
        var on = command.ServedOn ?? today;
        if (on > today || (a.DecidedOn is { } d && on < d))
        {
            throw Input.Invalid("validation.servedOn", "servedOn", "送达日期应在决定之后、不晚于今天");
        }

        var now = clock.GetUtcNow();
        a.ServeCertificate(on, method, db.Actor, now);
        await ApplicationSteps.CloseClockAsync(db, a, ApplicationSteps.CertificateRule, DeadlineStatus.Met, "已送达：" + method, now, ct);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "serve-certificate", new { ServedOn = on, Method = method }, ct);
    }
}
