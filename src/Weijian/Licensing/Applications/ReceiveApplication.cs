using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Applications;

/// <summary>A ticked line of the materials checklist: the item's material by name and Received / Missing / Rongque.</summary>
public sealed record MaterialInput(string? Name, string? State);

/// <summary>
/// 窗口收件: the window clerk receives an application for an item of the bureau's list, the applicant picked from the
/// entity register (or typed for a new one), the materials checklist generated from the item. The application waits
/// for the intake outcome (accept, 一次性告知, not accepted, 告知承诺) and the 5-working-day notice clock runs (R-LIC-2).
/// A change, renewal, cancellation or validation names the license it acts on; a renewal filed later than 30 days before
/// expiry is refused — the applicant applies as new (R-LIC-8).
/// </summary>
public sealed record ReceiveApplication(
    Guid? ItemId, Guid? EntityId, string? ApplicantName, string? ApplicantKind, string? CreditCode, string? ContactPerson, string? ContactPhone,
    string? Scope, Guid? LicenseId, IReadOnlyList<MaterialInput>? Materials, DateOnly? ReceivedOn = null);

public sealed class ReceiveApplicationHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<ApplicationView> HandleAsync(ReceiveApplication command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.WindowClerk);
        var orgId = db.Actor.RequireOrganization();
        var itemId = Input.Required(command.ItemId, "itemId", "许可事项");
        var item = await db.Set<LicenseItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, ct)
            ?? throw Input.Invalid("licensing.item-not-found", "itemId", "许可事项不存在或不属于本单位");
        var today = ChinaClock.Today(clock);
        var receivedOn = command.ReceivedOn ?? today;
        if (receivedOn > today)
        {
            throw Input.Invalid("validation.receivedOn", "receivedOn", "收件日期不能晚于今天");
        }

        var a = await ApplicationIntake.ReceiveAsync(
            db, calendars, clock, orgId, item, command.EntityId, command.ApplicantName, command.ApplicantKind, command.CreditCode, command.ContactPerson,
            command.ContactPhone, command.Scope, command.LicenseId, command.Materials, online: false, receivedOn, ct);
        return await ApplicationSteps.FinishAsync(db, calendars, clock, a, "receive", new { a.ReceivedOn, Channel = "窗口" }, ct, $"已收件，受理编号{a.Number}，查询码{a.QueryCode}");
    }
}

/// <summary>What window and online reception share.</summary>
public static class ApplicationIntake
{
    public static async Task<LicenseApplication> ReceiveAsync(
        WeijianDb db, CalendarSource calendars, TimeProvider clock, Guid orgId, LicenseItem item, Guid? entityId, string? applicantName, string? applicantKind,
        string? creditCode, string? contactPerson, string? contactPhone, string? scope, Guid? licenseId, IReadOnlyList<MaterialInput>? materials, bool online,
        DateOnly receivedOn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(calendars);
        ArgumentNullException.ThrowIfNull(item);
        if (item.Status != LicenseItemStatus.Active)
        {
            throw Input.Invalid("licensing.item-withdrawn", "itemId", $"许可事项“{item.Name}”已停止办理");
        }

        var applicant = await ApplicantAsync(db, entityId, applicantName, applicantKind, creditCode, contactPerson, contactPhone, ct);
        var today = ChinaClock.Today(clock);
        Guid? target = null;
        if (item.Kind is LicenseItemKind.Change or LicenseItemKind.Renewal or LicenseItemKind.Cancellation or LicenseItemKind.Validation)
        {
            var id = Input.Required(licenseId, "licenseId", "原许可证");
            var license = await db.Set<License>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct)
                ?? throw Input.Invalid("licensing.licence-not-found", "licenseId", "原许可证不存在或不属于本单位");
            if (license.LicenseType != item.LicenseType || (applicant.EntityId is { } e && e != license.EntityId))
            {
                throw Input.Invalid("licensing.licence-mismatch", "licenseId", $"许可证{license.Number}不是申请人的“{item.Name}”所针对的许可证");
            }

            if (!license.IsValidOn(receivedOn))
            {
                throw Input.Invalid("licence.not-valid", "licenseId", $"许可证{license.Number}已不在有效期内或已注销、撤销，请按新办申请");
            }

            // R-LIC-8: a renewal is filed at least 30 days before expiry; a later one is refused, the holder applies anew.
            if (item.Kind == LicenseItemKind.Renewal && license.ValidUntil is { } until && receivedOn > ApplicationDeadlines.LastRenewalFilingDay(until))
            {
                throw DomainRuleException.Conflict(
                    "licensing.renewal-too-late",
                    $"许可证{license.Number}有效期至{until:yyyy-MM-dd}，延续申请应当在届满30日前（{ApplicationDeadlines.LastRenewalFilingDay(until):yyyy-MM-dd}前）提出；已逾期，请按新办申请（R-LIC-8）");
            }

            applicant = applicant with { EntityId = license.EntityId };
            target = license.Id;
        }

        var checklist = Checklist(item, materials);
        var now = clock.GetUtcNow();
        var number = await ApplicationSteps.NextNumberAsync(db, orgId, receivedOn.Year, ct);
        var a = LicenseApplication.Receive(
            orgId, number, ApplicationSteps.NewQueryCode(), item, applicant, Input.OptionalText(scope, "scope", "申请许可项目", License.ScopeMax) ?? item.Name, target,
            checklist, online, receivedOn, db.Actor.Name, now);
        db.Set<LicenseApplication>().Add(a);
        var calendar = await calendars.GetAsync(db, ct);
        if (!ApplicationDeadlines.NoticeWindowPassed(calendar, receivedOn, today))
        {
            await ApplicationSteps.OpenAsync(db, a, "受理或一次性告知", ApplicationDeadlines.Notice(calendar, receivedOn), now, ct);
        }

        return a;
    }

    /// <summary>
    /// The checklist generated from the item: every material of the guide, with the ticks given; a material the guide does
    /// not list cannot be asked for (R-LIC-1).
    /// </summary>
    public static IReadOnlyList<MaterialCheck> Checklist(LicenseItem item, IReadOnlyList<MaterialInput>? ticks)
    {
        ArgumentNullException.ThrowIfNull(item);
        var given = ticks ?? [];
        foreach (var t in given)
        {
            if (!item.Materials.Any(m => m.Name == t.Name?.Trim()))
            {
                throw Input.Invalid("licensing.material-not-listed", "materials", $"“{t.Name}”不是本事项办事指南列明的申请材料，不得要求申请人提交（R-LIC-1）");
            }
        }

        return [.. item.Materials.Select(m =>
        {
            var tick = given.LastOrDefault(t => t.Name?.Trim() == m.Name);
            var state = tick is null || string.IsNullOrWhiteSpace(tick.State)
                ? MaterialState.Missing
                : ApplicationNames.Parse<MaterialState>(tick.State, ApplicationNames.Of, "materials", "材料状态（已收/缺/容缺）");
            return new MaterialCheck(m.Name, m.Key, m.MayBeMissing, state);
        })];
    }

    private static async Task<ApplicantDetails> ApplicantAsync(
        WeijianDb db, Guid? entityId, string? name, string? kind, string? creditCode, string? contactPerson, string? contactPhone, CancellationToken ct)
    {
        var person = Input.OptionalText(contactPerson, "contactPerson", "联系人", 50);
        var phone = Input.OptionalText(contactPhone, "contactPhone", "联系电话", 30);
        if (entityId is { } id)
        {
            var e = await db.Set<RegulatedEntity>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
                ?? throw Input.Invalid("entity.not-found", "entityId", "申请人不在本单位监管对象名录中");
            return new ApplicantDetails(e.Id, e.Name, e.PartyKind, e.CreditCode, person ?? e.ContactPerson, phone ?? e.ContactPhone);
        }

        var applicantName = Input.Text(name, "applicantName", "申请人名称或姓名", LicenseApplication.NameMax);
        var partyKind = string.IsNullOrWhiteSpace(kind) ? PartyKind.Organization : ApplicationNames.Parse<PartyKind>(kind, k => k == PartyKind.Organization ? "单位" : "个人", "applicantKind", "申请人类型（单位/个人）");
        var code = Input.OptionalText(creditCode, "creditCode", "统一社会信用代码或身份证号", 18);
        var match = code is null ? null : await db.Set<RegulatedEntity>().AsNoTracking().FirstOrDefaultAsync(x => x.CreditCode == code, ct);
        return new ApplicantDetails(match?.Id, applicantName, partyKind, code, person, phone ?? match?.ContactPhone);
    }
}
