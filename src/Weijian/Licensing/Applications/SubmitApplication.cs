using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Items;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applications;

/// <summary>
/// 网上申请 (anonymous public page): an applicant applies for an active item of a bureau; the application is Submitted
/// with a receipt number and a query code, and the 5-working-day notice clock of the window runs from today (R-LIC-2).
/// </summary>
public sealed record SubmitApplication(
    Guid? OrganizationId, string? ItemCode, string? ApplicantName, string? ApplicantKind, string? CreditCode, string? ContactPerson, string? ContactPhone,
    string? Scope, Guid? LicenceId, IReadOnlyList<MaterialInput>? Materials);

public sealed record SubmittedApplication(Guid Id, string Number, string QueryCode, string ItemName, DateOnly ReceivedOn, DateOnly NoticeDue);

public sealed class SubmitApplicationHandler(WeijianDb db, CurrentActor current, CalendarSource calendars, TimeProvider clock)
{
    public async Task<SubmittedApplication> HandleAsync(SubmitApplication command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var orgId = Input.Required(command.OrganizationId, "organizationId", "受理机关");
        var org = await db.Organizations.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId && o.IsActive, ct)
            ?? throw Input.Invalid("organization.not-found", "organizationId", "受理机关不存在");

        // The applicant has no account: the write is the bureau's own (its tenant), recorded as a public submission.
        current.Value = Actor.System("网上申请：" + (command.ApplicantName?.Trim() ?? "申请人")) with { OrganizationId = org.Id };
        var code = Input.Text(command.ItemCode, "itemCode", "许可事项", LicenceItem.CodeMax);
        var item = await db.Set<LicenceItem>().AsNoTracking().SingleOrDefaultAsync(i => i.OrganizationId == org.Id && i.Code == code, ct)
            ?? throw Input.Invalid("licensing.item-not-found", "itemCode", "该机关没有这个许可事项");
        var today = ChinaClock.Today(clock);
        var a = await ApplicationIntake.ReceiveAsync(
            db, calendars, clock, org.Id, item, null, command.ApplicantName, command.ApplicantKind, command.CreditCode, command.ContactPerson, command.ContactPhone,
            command.Scope, command.LicenceId, command.Materials, online: true, today, ct);
        db.Audit(org.Id, ApplicationSteps.AuditAction("submit"), ApplicationSteps.SubjectType, a.Id.ToString(), new { a.Number, a.ItemName, a.ApplicantName, Channel = "网上申请" });
        await db.SaveChangesAsync(ct);
        var calendar = await calendars.GetAsync(db, ct);
        return new SubmittedApplication(a.Id, a.Number, a.QueryCode, a.ItemName, a.ReceivedOn, ApplicationDeadlines.Notice(calendar, a.ReceivedOn).Due);
    }
}
