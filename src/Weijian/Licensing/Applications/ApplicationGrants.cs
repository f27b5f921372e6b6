using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Applications;

/// <summary>The effect of a grant on the license register, and the fact other modules act on (publication, R-LIC-5, R-TRS-4).</summary>
public static class ApplicationGrants
{
    /// <summary>
    /// 新办/备案/注册 issue a license (valid for the item's years); 变更 and 校验 change the existing one, 延续 renews it for
    /// a new period, 注销 cancels it.
    /// </summary>
    public static async Task<License> IssueOrApplyAsync(WeijianDb db, LicenseApplication a, Guid entityId, DateOnly on, bool grantedOnCommitment, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        var by = db.Actor.Name;
        if (a.ItemKind is LicenseItemKind.New or LicenseItemKind.Filing or LicenseItemKind.Registration)
        {
            var entity = await db.Set<RegulatedEntity>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == entityId, ct)
                ?? throw Input.Invalid("entity.not-found", "entityId", "申请人不在本单位监管对象名录中");
            var number = await ApplicationSteps.NextLicenseNumberAsync(db, a.OrganizationId, a.ItemCode, on.Year, ct);
            DateOnly? until = a.ValidityYears is { } years ? on.AddYears(years).AddDays(-1) : null;
            var issued = License.Issue(
                a.OrganizationId, entity.Id, entity.Name, entity.CreditCode, a.LicenseType, number, a.Scope, on, until, a.Id, grantedOnCommitment, by, now);
            db.Set<License>().Add(issued);
            return issued;
        }

        var license = await db.Set<License>().SingleOrDefaultAsync(l => l.Id == a.LicenseId, ct)
            ?? throw DomainRuleException.Conflict("licensing.licence-not-found", "申请所针对的许可证不存在");
        switch (a.ItemKind)
        {
            case LicenseItemKind.Change:
                license.ApplyChange(on, null, a.Scope, $"准予变更：{a.Scope}", a.Id, by, now);
                break;
            case LicenseItemKind.Validation:
                license.ApplyChange(on, null, null, "校验合格", a.Id, by, now);
                break;
            case LicenseItemKind.Renewal:
                var until = license.ValidUntil ?? throw DomainRuleException.Conflict("licensing.no-expiry", $"许可证{license.Number}长期有效，无需延续");
                license.Renew(on, ApplicationDeadlines.RenewedUntil(until, a.ValidityYears ?? 4), a.Id, by, now);
                break;
            case LicenseItemKind.Cancellation:
                license.CancelOnApplication(on, a.Scope, a.Id, by, now);
                break;
            default:
                throw new InvalidOperationException($"Unhandled item kind {a.ItemKind}.");
        }

        return license;
    }

    /// <summary>行政许可决定已作出: raised on every grant and refusal (including commitment and deemed renewal grants).</summary>
    public static void RaiseDecided(WeijianDb db, LicenseApplication a, string? licenseNumber, Guid? decisionDocumentId)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        db.Raise(new LicensingDecided(
            a.Id, a.OrganizationId, a.DecidedOn!.Value, a.Status == ApplicationStatus.Granted, a.ItemCode, a.ItemName, a.EntityId, a.ApplicantName, a.ApplicantKind,
            a.ApplicantCreditCode, licenseNumber, a.DecisionNumber!, decisionDocumentId));
    }
}

/// <summary>视为受理 (R-LIC-2), shared by the sweep, a late notice and a late acceptance.</summary>
public static class DeemedAcceptance
{
    public static async Task MarkAsync(WeijianDb db, DocumentIssuer documents, BusinessCalendar calendar, LicenseApplication a, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(a);
        var legal = ApplicationDeadlines.Decision(calendar, a.ReceivedOn, a.StatutoryDays, false, []);
        a.DeemAccepted(today, legal.Due, ApplicationDeadlines.Promised(calendar, a.ReceivedOn, a.PromisedDays, []), now);
        await ApplicationSteps.CloseClockAsync(db, a, ApplicationSteps.NoticeRule, DeadlineStatus.Cancelled, "逾期未一次性告知，视为受理（R-LIC-2）", now, ct);
        await ApplicationSteps.OpenAsync(db, a, "作出行政许可决定", legal, now, ct);
        await ApplicationDocuments.AcceptanceAsync(documents, a, [], ct);
    }
}
