using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Commitments;
using Weijian.Licensing.Items;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applications;

/// <summary>
/// A command on an existing application. Each row of <see cref="ApplicationWorkflow.Table"/> has a record named exactly as
/// its <see cref="ApplicationAction"/> with a handler <c>{Action}Handler</c>, so <c>/api/v1/applications/{id}/actions/{action}</c>
/// finds both by name (a test checks that every row has them).
/// </summary>
public interface IApplicationCommand
{
    Guid ApplicationId { get; }
}

/// <summary>
/// 受理 (R-LIC-2): materials complete, or 容缺 for materials the guide lets be missing with a due date and its clock
/// (R-LIC-14). From 一次性告知 it records the supplemented materials and accepts on that day. An application whose notice
/// window has passed was already accepted on the day its materials arrived; that is recorded instead.
/// </summary>
public sealed record Accept(Guid ApplicationId, Guid? EntityId, IReadOnlyList<MaterialInput>? Materials) : IApplicationCommand;

public sealed class AcceptHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<ApplicationView> HandleAsync(Accept command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        ApplicationWorkflow.Check(ApplicationAction.Accept, a.Status, db.Actor);
        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        if (a.Status == ApplicationStatus.Submitted && ApplicationDeadlines.NoticeWindowPassed(calendar, a.ReceivedOn, today))
        {
            await DeemedAcceptance.MarkAsync(db, documents, calendar, a, today, now, ct);
            return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "deemed-accepted", new { a.ReceivedOn, a.LegalDueOn }, ct, "收到材料已逾5个工作日，依法自收到材料之日起视为受理（R-LIC-2）");
        }

        var item = await db.Set<LicenseItem>().AsNoTracking().SingleAsync(i => i.Id == a.ItemId, ct);
        var checklist = ApplicationIntake.Checklist(item, command.Materials);
        var missing = checklist.Where(m => m.State == MaterialState.Missing).Select(m => m.Name).ToList();
        if (missing.Count > 0)
        {
            throw DomainRuleException.Conflict("licensing.materials-incomplete", $"材料不齐全（缺：{string.Join("、", missing)}），应一次性告知补正或容缺受理（R-LIC-2）");
        }

        var rongque = checklist.Where(m => m.State == MaterialState.Rongque).ToList();
        if (rongque.Count > 0 && (!item.AllowRongque || rongque.Any(m => m.Key || !m.MayBeMissing)))
        {
            throw DomainRuleException.Conflict("licensing.rongque-not-allowed", $"“{string.Join("、", rongque.Where(m => m.Key || !m.MayBeMissing || !item.AllowRongque).Select(m => m.Name))}”不属于可容缺受理的材料（R-LIC-14）");
        }

        var entityId = command.EntityId ?? a.EntityId
            ?? throw Input.Invalid("validation.entityId", "entityId", "受理前请在监管对象名录中登记申请人并选择（许可证须载明持证主体）");
        var legal = ApplicationDeadlines.Decision(calendar, today, a.StatutoryDays, false, []);
        DateOnly? rongqueDue = rongque.Count > 0 ? ApplicationDeadlines.Rongque(calendar, today, item.RongqueDueDays).Due : null;
        a.Accept(today, entityId, checklist, rongqueDue, legal.Due, ApplicationDeadlines.Promised(calendar, today, a.PromisedDays, []), db.Actor, now);
        await ApplicationSteps.CloseClockAsync(db, a, ApplicationSteps.NoticeRule, DeadlineStatus.Met, "已受理", now, ct);
        await ApplicationSteps.OpenAsync(db, a, "作出行政许可决定", legal, now, ct);
        if (rongqueDue is not null)
        {
            await ApplicationSteps.OpenAsync(db, a, "补齐容缺材料", ApplicationDeadlines.Rongque(calendar, today, item.RongqueDueDays), now, ct);
        }

        await ApplicationDocuments.AcceptanceAsync(documents, a, [.. rongque.Select(m => m.Name)], ct);

        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "accept", new { AcceptedOn = today, a.LegalDueOn, a.PromisedDueOn, Rongque = rongque.Select(m => m.Name), RongqueDue = rongqueDue }, ct);
    }
}

/// <summary>
/// 一次性告知 (R-LIC-2, R-LIC-10): everything to supplement or correct in one notice — every material of the checklist
/// not ticked received, plus the corrections typed. Late (after 5 working days) it is refused with
/// <c>licensing.notice-too-late</c> and the application is recorded as accepted on the day its materials arrived.
/// </summary>
public sealed record NotifyDeficiency(Guid ApplicationId, IReadOnlyList<MaterialInput>? Materials, IReadOnlyList<string>? Corrections) : IApplicationCommand;

public sealed class NotifyDeficiencyHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public const string TooLateCode = "licensing.notice-too-late";

    public async Task<ApplicationView> HandleAsync(NotifyDeficiency command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        ApplicationWorkflow.Check(ApplicationAction.NotifyDeficiency, a.Status, db.Actor);
        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        if (ApplicationDeadlines.NoticeWindowPassed(calendar, a.ReceivedOn, today))
        {
            // R-LIC-2: the notice came too late; the law counts the application as accepted on arrival. Record that (its
            // own unit of work), then refuse the notice.
            await DeemedAcceptance.MarkAsync(db, documents, calendar, a, today, now, ct);
            db.Audit(a.OrganizationId, ApplicationSteps.AuditAction("deemed-accepted"), ApplicationSteps.SubjectType, a.Id.ToString(), new { a.Number, a.ReceivedOn, a.LegalDueOn, Trigger = "逾期一次性告知" });
            await db.SaveChangesAsync(ct);
            throw DomainRuleException.Conflict(
                TooLateCode,
                $"收到材料之日（{a.ReceivedOn:yyyy-MM-dd}）起5个工作日（至{ApplicationDeadlines.Notice(calendar, a.ReceivedOn).Due:yyyy-MM-dd}）内未一次性告知，依法自收到材料之日起视为受理，不能再告知补正（R-LIC-2）；系统已按受理处理");
        }

        var item = await db.Set<LicenseItem>().AsNoTracking().SingleAsync(i => i.Id == a.ItemId, ct);
        var checklist = ApplicationIntake.Checklist(item, command.Materials);
        var corrections = (command.Corrections ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => Input.Text(c, "corrections", "需更正的内容", 500)).ToList();
        var everything = checklist.Where(m => m.State != MaterialState.Received).Select(m => "补交：" + m.Name).Concat(corrections.Select(c => "更正：" + c)).ToList();
        if (everything.Count == 0)
        {
            throw Input.Invalid("licensing.nothing-missing", "materials", "材料齐全且无需更正，应当受理");
        }

        a.NotifyDeficiency(today, checklist, everything, db.Actor, now);
        await ApplicationSteps.CloseClockAsync(db, a, ApplicationSteps.NoticeRule, DeadlineStatus.Met, "已一次性告知", now, ct);
        await ApplicationDocuments.DeficiencyNoticeAsync(db, documents, a, today, ct);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "notify-deficiency", new { Items = everything }, ct);
    }
}

/// <summary>不予受理 (R-LIC-2): not a licensing matter (told at once) or not this authority's (naming the right one).</summary>
public sealed record RejectIntake(Guid ApplicationId, string? Reason, string? RightAuthority, string? Note) : IApplicationCommand;

public sealed class RejectIntakeHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<ApplicationView> HandleAsync(RejectIntake command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        ApplicationWorkflow.Check(ApplicationAction.RejectIntake, a.Status, db.Actor);
        var reason = ApplicationNames.Parse<IntakeRefusal>(command.Reason, ApplicationNames.Of, "reason", "不予受理的理由");
        var authority = reason == IntakeRefusal.NotOurAuthority
            ? Input.Text(command.RightAuthority, "rightAuthority", "有权受理的机关", 200)
            : null;
        var now = clock.GetUtcNow();
        a.RejectIntake(ChinaClock.Today(clock), reason, authority, Input.OptionalText(command.Note, "note", "说明", 500), db.Actor, now);
        await ApplicationSteps.CloseAllAsync(db, a, "不予受理", now, ct);
        await ApplicationDocuments.NonAcceptanceAsync(documents, a, ct);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "reject-intake", new { Reason = ApplicationNames.Of(reason), RightAuthority = authority }, ct);
    }
}

/// <summary>
/// 告知承诺 (R-LIC-11/12): for an item that allows it and an eligible applicant (<see cref="CommitmentRoute.EnsureEligibleAsync"/>),
/// the 承诺书 is generated from the item's obligations, the applicant signs it, the license is issued on the spot and the
/// post-issue verification is scheduled.
/// </summary>
public sealed record GrantOnCommitment(Guid ApplicationId, Guid? EntityId, bool? CommitmentSigned) : IApplicationCommand;

public sealed class GrantOnCommitmentHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<ApplicationView> HandleAsync(GrantOnCommitment command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var a = await ApplicationSteps.LoadAsync(db, command.ApplicationId, ct);
        ApplicationWorkflow.Check(ApplicationAction.GrantOnCommitment, a.Status, db.Actor);
        var item = await db.Set<LicenseItem>().AsNoTracking().SingleAsync(i => i.Id == a.ItemId, ct);
        if (!item.CommitmentAllowed)
        {
            throw DomainRuleException.Conflict("licensing.commitment-not-allowed", $"“{item.Name}”不适用告知承诺，请按一般程序办理（R-LIC-11）");
        }

        if (command.CommitmentSigned != true)
        {
            throw Input.Invalid("validation.commitmentSigned", "commitmentSigned", "申请人须签署告知承诺书（R-LIC-11）");
        }

        var entityId = command.EntityId ?? a.EntityId
            ?? throw Input.Invalid("validation.entityId", "entityId", "请先在监管对象名录中登记申请人并选择（许可证须载明持证主体）");
        var today = ChinaClock.Today(clock);
        await CommitmentRoute.EnsureEligibleAsync(db, entityId, today, ct);
        var text = CommitmentLetter(item, a);
        var calendar = await calendars.GetAsync(db, ct);
        var now = clock.GetUtcNow();
        var license = await ApplicationGrants.IssueOrApplyAsync(db, a, entityId, today, grantedOnCommitment: true, now, ct);
        var certificate = ApplicationDeadlines.Certificate(calendar, today);
        a.GrantOnCommitment(today, entityId, text, ApplicationSteps.DecisionNumber(a, true), license.Id, certificate.Due, db.Actor, now);
        await ApplicationSteps.CloseAllAsync(db, a, "告知承诺当场发证", now, ct);
        await ApplicationSteps.OpenAsync(db, a, "送达许可证件", certificate, now, ct);
        await CommitmentRoute.ScheduleVerificationAsync(db, license, calendars, today, now, ct);
        await ApplicationDocuments.CommitmentAsync(documents, a, item, ct);
        var decision = await ApplicationDocuments.GrantAsync(db, documents, a, license, ct);
        ApplicationGrants.RaiseDecided(db, a, license.Number, decision.Id);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "grant-on-commitment", new { License = license.Number, a.DecisionNumber }, ct);
    }

    /// <summary>告知承诺书 from the item's obligations: conditions, what to prove, the liability for a false promise (R-LIC-11).</summary>
    public static string CommitmentLetter(LicenseItem item, LicenseApplication a)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(a);
        return $"告知承诺书\n申请人：{a.ApplicantName}\n申请事项：{item.Name}\n许可条件：{item.Conditions}\n本人（单位）承诺：\n{item.CommitmentObligations}\n"
            + "申请人知晓：承诺不实的，行政机关将责令限期整改，整改后仍不符合条件的依法撤销许可，并记入信用记录（R-LIC-11）。";
    }
}
