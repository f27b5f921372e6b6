using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Applicants;
using Weijian.Licensing.Items;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applications;

/// <summary>
/// 网上申请 (public page): an applicant applies for an active item of a bureau; the application is Submitted with a
/// receipt number and a query code, and the 5-working-day notice clock of the window runs from today (R-LIC-2). When an
/// applicant account is signed in (the actor is an applicant, <see cref="ApplicantSession"/>), the application is linked
/// to it and appears on that account's 我的申请; otherwise it is anonymous and followed by number and code only.
/// </summary>
public sealed record SubmitApplication(
    Guid? OrganizationId, string? ItemCode, string? ApplicantName, string? ApplicantKind, string? CreditCode, string? ContactPerson, string? ContactPhone,
    string? Scope, Guid? LicenseId, IReadOnlyList<MaterialInput>? Materials);

public sealed record SubmittedApplication(Guid Id, string Number, string QueryCode, string ItemName, DateOnly ReceivedOn, DateOnly NoticeDue);

public sealed class SubmitApplicationHandler(WeijianDb db, CurrentActor current, CalendarSource calendars, TimeProvider clock)
{
    public async Task<SubmittedApplication> HandleAsync(SubmitApplication command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var orgId = Input.Required(command.OrganizationId, "organizationId", "受理机关");
        var org = await db.Organizations.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId && o.IsActive, ct)
            ?? throw Input.Invalid("organization.not-found", "organizationId", "受理机关不存在");

        // The account (if any) is read from the actor before the write switches to the bureau's own tenant, recorded as a
        // public submission. The account is looked up by the id the applicant cookie proved, never by anything typed.
        var accountId = ApplicantSession.AccountOf(current.Value);
        if (accountId is { } signedIn && !await db.Set<ApplicantAccount>().AnyAsync(x => x.Id == signedIn, ct))
        {
            throw DomainRuleException.Forbidden("applicant.sign-in-required", "申请人账号已失效，请重新登录");
        }

        current.ActAsVisitorOf(org.Id, "网上申请：" + (command.ApplicantName?.Trim() ?? "申请人"));
        var code = Input.Text(command.ItemCode, "itemCode", "许可事项", LicenseItem.CodeMax);
        var item = await db.Set<LicenseItem>().AsNoTracking().SingleOrDefaultAsync(i => i.OrganizationId == org.Id && i.Code == code, ct)
            ?? throw Input.Invalid("licensing.item-not-found", "itemCode", "该机关没有这个许可事项");
        var today = ChinaClock.Today(clock);
        var a = await ApplicationIntake.ReceiveAsync(
            db, calendars, clock, org.Id, item, null, command.ApplicantName, command.ApplicantKind, command.CreditCode, command.ContactPerson, command.ContactPhone,
            command.Scope, command.LicenseId, command.Materials, online: true, today, ct);
        if (accountId is { } account)
        {
            a.SubmittedFrom(account);
        }

        db.Audit(org.Id, ApplicationSteps.AuditAction("submit"), ApplicationSteps.SubjectType, a.Id.ToString(), new
        {
            a.Number,
            a.ItemName,
            a.ApplicantName,
            Channel = accountId is null ? "网上申请" : "网上申请（申请人账号）",
            ApplicantAccount = accountId,
        });
        await db.SaveChangesAsync(ct);
        var calendar = await calendars.GetAsync(db, ct);
        return new SubmittedApplication(a.Id, a.Number, a.QueryCode, a.ItemName, a.ReceivedOn, ApplicationDeadlines.Notice(calendar, a.ReceivedOn).Due);
    }
}
