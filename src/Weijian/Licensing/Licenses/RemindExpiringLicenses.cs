using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Users;

namespace Weijian.Licensing.Licenses;

/// <summary>
/// The daily sweep of the register (R-LIC-8), run by the web host's timer, <c>weijian licensing remind</c> or a bureau
/// user for its own bureau. Idempotent: a license whose renewal cut-off (30 days before expiry, moved back to a working
/// day) is within the reminder lead (rule parameter) gets, once per validity period, a clock on the window clerks'
/// 我的待办 and a dated 许可证到期提醒 to the holder; a license past its last valid day without renewal becomes 已过期.
/// </summary>
public sealed record RemindExpiringLicenses(Guid? OrganizationId = null);

public sealed record ReminderSweepResult(DateOnly On, int Reminded, int Expired);

public sealed class RemindExpiringLicensesHandler(WeijianDb db, TimeProvider clock, CalendarSource calendars, DocumentIssuer documents)
{
    public async Task<ReminderSweepResult> HandleAsync(RemindExpiringLicenses command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        Guid? orgId = command.OrganizationId;
        if (!db.Actor.IsSystem)
        {
            db.Actor.Require(Roles.Officer, Roles.BureauHead, Roles.WindowClerk);
            orgId = db.Actor.RequireOrganization();
        }

        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var calendar = await calendars.GetAsync(db, ct);
        var q = db.Set<License>().Where(l => l.Status == LicenseStatus.Valid && l.ValidUntil != null);
        if (orgId is { } o)
        {
            q = q.Where(l => l.OrganizationId == o);
        }

        // Only the licenses near their cut-off: the lead is at most a year, so a license valid beyond that is not loaded.
        var horizon = today.AddDays(LicenseRegister.RenewalDaysBeforeExpiry + 366);
        var licenses = await q.Where(l => l.ValidUntil <= horizon).OrderBy(l => l.ValidUntil).ToListAsync(ct);
        var leads = new Dictionary<Guid, int>();
        var clerks = new Dictionary<Guid, List<Guid>>();
        int reminded = 0, expired = 0;
        foreach (var l in licenses)
        {
            var until = l.ValidUntil!.Value;
            if (until < today)
            {
                l.Expire(today, "系统", now);
                await LicenseRegister.CloseClocksAsync(db, l, "许可证已过期", now, ct);
                db.Audit(l.OrganizationId, LicenseAudit.Expired, LicenseRegister.SubjectType, l.Id.ToString(), new { l.Number, Holder = l.HolderName, ValidUntil = until });
                expired++;
                continue;
            }

            if (!leads.TryGetValue(l.OrganizationId, out var lead))
            {
                lead = (int)(await Platform.Rules.RuleParameters.ResolveAsync(db, LicenseRegister.ReminderLeadDays, l.OrganizationId, today, ct)).Value;
                leads[l.OrganizationId] = lead;
            }

            // The nominal cut-off first (no calendar needed for licenses far from it); then moved back over days off.
            var nominal = until.AddDays(-LicenseRegister.RenewalDaysBeforeExpiry);
            if (today < LicenseRules.ReminderFrom(nominal, lead + 14))
            {
                continue;
            }

            var cutoff = calendar.IsYearLoaded(nominal.Year) && calendar.IsYearLoaded(nominal.Year - 1)
                ? LicenseRules.RenewalCutoff(calendar, until, LicenseRegister.RenewalDaysBeforeExpiry)
                : nominal;
            var from = LicenseRules.ReminderFrom(cutoff, lead);
            if (today < from || (l.LastRemindedOn is { } last && last >= from))
            {
                continue;
            }

            if (!clerks.TryGetValue(l.OrganizationId, out var assignees))
            {
                assignees = await ClerksAsync(l.OrganizationId, ct);
                clerks[l.OrganizationId] = assignees;
            }

            var target = cutoff > today ? cutoff : until;
            var deadline = Deadline.Compute(
                calendar, "R-LIC-8", $"被许可人应当在有效期届满30日前（{cutoff:yyyy-MM-dd}前）提出延续申请（行政许可法第五十条，R-LIC-8）",
                today, Math.Max(1, target.DayNumber - today.DayNumber), DeadlineUnit.CalendarDays);
            foreach (var user in assignees)
            {
                db.DeadlineClocks.Add(DeadlineClock.Open(l.OrganizationId, user, LicenseRegister.RenewalSubjectType, l.Id.ToString(),
                    $"许可证到期提醒：{l.HolderName}（{l.Number}）有效期至{until:yyyy-MM-dd}", deadline, now));
            }

            var note = $"有效期至{until:yyyy-MM-dd}，请于{cutoff:yyyy-MM-dd}前提出延续申请";
            l.RecordExpiryReminder(today, note, "系统", now);
            var doc = await LicenseRegister.IssueAsync(documents, l, "licence-expiry-reminder", new Dictionary<string, string>
            {
                ["renewal.cutoff"] = DocumentNumbers.ChineseDate(cutoff),
            }, ct);
            db.Audit(l.OrganizationId, LicenseAudit.Reminded, LicenseRegister.SubjectType, l.Id.ToString(), new { l.Number, Holder = l.HolderName, ValidUntil = until, Cutoff = cutoff, Notice = doc.Id });
            reminded++;
        }

        await db.SaveChangesAsync(ct);
        return new ReminderSweepResult(today, reminded, expired);
    }

    /// <summary>The bureau's active window clerks (行政许可受理), else its heads: whoever must see the renewal coming.</summary>
    private async Task<List<Guid>> ClerksAsync(Guid orgId, CancellationToken ct)
    {
        foreach (var role in new[] { Roles.WindowClerk, Roles.BureauHead })
        {
            var ids = await UsersInRole.ActiveAsync(db, orgId, role, ct);
            if (ids.Count > 0)
            {
                return ids;
            }
        }

        return [];
    }
}
