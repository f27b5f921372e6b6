using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applications;

/// <summary>
/// 视为受理 (R-LIC-2): every application still awaiting intake whose 5-working-day notice window has passed counts as
/// accepted on the day its materials arrived; the decision clock starts from that day. Idempotent; run by the daily
/// timer of the web host and by <c>weijian licensing sweep</c>. System actor only (all bureaus).
/// </summary>
public sealed record MarkDeemedAcceptances;

public sealed record SweepResult(int Count, IReadOnlyList<string> Numbers);

public sealed class MarkDeemedAcceptancesHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<SweepResult> HandleAsync(MarkDeemedAcceptances command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!db.Actor.IsSystem)
        {
            throw DomainRuleException.Forbidden("auth.system-only", "视为受理由系统每日自动标记");
        }

        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var waiting = await db.Set<LicenseApplication>().Where(a => a.Status == ApplicationStatus.Submitted && a.ReceivedOn < today).ToListAsync(ct);
        var marked = new List<string>();
        foreach (var a in waiting.Where(a => calendar.IsYearLoaded(a.ReceivedOn.Year) && ApplicationDeadlines.NoticeWindowPassed(calendar, a.ReceivedOn, today)))
        {
            await DeemedAcceptance.MarkAsync(db, documents, calendar, a, today, now, ct);
            db.Audit(a.OrganizationId, ApplicationSteps.AuditAction("deemed-accepted"), ApplicationSteps.SubjectType, a.Id.ToString(), new { a.Number, a.ReceivedOn, a.LegalDueOn, Trigger = "每日检查" });
            marked.Add(a.Number);
        }

        if (marked.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return new SweepResult(marked.Count, marked);
    }
}

/// <summary>
/// 视为准予延续 (R-LIC-8): a renewal filed in time and not decided by the license's expiry day counts as granted; the
/// license gets a DeemedRenewed event and a new period, the grant is published like any other. Idempotent; system only.
/// </summary>
public sealed record MarkDeemedRenewals;

public sealed class MarkDeemedRenewalsHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<SweepResult> HandleAsync(MarkDeemedRenewals command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!db.Actor.IsSystem)
        {
            throw DomainRuleException.Forbidden("auth.system-only", "视为准予延续由系统每日自动标记");
        }

        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var pending = await db.Set<LicenseApplication>()
            .Where(a => a.ItemKind == LicenseItemKind.Renewal && (a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Suspended) && a.LicenseId != null)
            .ToListAsync(ct);
        var marked = new List<string>();
        foreach (var a in pending)
        {
            var license = await db.Set<License>().SingleAsync(l => l.Id == a.LicenseId, ct);
            if (license.Status != LicenseStatus.Valid || license.ValidUntil is not { } until || !ApplicationDeadlines.RenewalDeemed(until, today))
            {
                continue;
            }

            var certificate = ApplicationDeadlines.Certificate(calendar, today);
            license.DeemRenewed(today, ApplicationDeadlines.RenewedUntil(until, a.ValidityYears ?? 4), a.Id, now);
            a.DeemRenewed(today, ApplicationSteps.DecisionNumber(a, true), certificate.Due, now);
            await ApplicationSteps.CloseAllAsync(db, a, "视为准予延续（R-LIC-8）", now, ct);
            await ApplicationSteps.OpenAsync(db, a, "送达许可证件", certificate, now, ct);
            // No decision document exists for a deemed renewal (the law grants it by silence); the holder still gets the
            // renewed certificate within 10 days (R-LIC-5, R-LIC-8).
            await ApplicationDocuments.CertificateAsync(db, documents, a, license, null, ct);
            ApplicationGrants.RaiseDecided(db, a, license.Number, null);
            db.Audit(a.OrganizationId, ApplicationSteps.AuditAction("deemed-renewed"), ApplicationSteps.SubjectType, a.Id.ToString(), new { a.Number, License = license.Number, license.ValidUntil });
            marked.Add(a.Number);
        }

        if (marked.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return new SweepResult(marked.Count, marked);
    }
}
