using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applicants;

/// <summary>One row of 我的许可证, with the 到期提醒 when the renewal cut-off is near (R-LIC-8).</summary>
public sealed record MyLicenseItem(
    Guid Id, string Number, string ItemName, string OrganizationName, string Scope, DateOnly IssuedOn, DateOnly? ValidUntil, string Status, string StatusName,
    DateOnly? RenewalCutoff, string? Reminder);

/// <summary>
/// 我的许可证: the licenses granted on the signed-in account's own applications (a new license, or the license a granted
/// change, renewal or validation acted on), in every bureau; paged, soonest expiry first. Only a grant links a license to
/// the account: naming a license in an application that was not granted shows nothing of it.
/// </summary>
public sealed record ListMyLicenses(int? Page = 1, int? PageSize = 20);

public sealed class ListMyLicensesHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<Paged<MyLicenseItem>> HandleAsync(ListMyLicenses query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var me = ApplicantSession.Require(db.Actor);
        var granted = await db.Set<LicenseApplication>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ApplicantAccountId == me && a.Status == ApplicationStatus.Granted && a.LicenseId != null)
            .OrderBy(a => a.ReceivedOn)
            .Select(a => new { LicenseId = a.LicenseId!.Value, a.ItemName })
            .ToListAsync(ct);

        // The item of the first grant names the license (新办 before a later 变更 of the same license).
        var items = granted.GroupBy(g => g.LicenseId).ToDictionary(g => g.Key, g => g.First().ItemName);
        var ids = items.Keys.ToList();
        var q = db.Set<License>().IgnoreQueryFilters().AsNoTracking().Where(l => ids.Contains(l.Id))
            .OrderBy(l => l.ValidUntil == null).ThenBy(l => l.ValidUntil).ThenBy(l => l.Number);
        var page = await Paged.FromQueryAsync(q, query.Page, query.PageSize, ct);
        var orgIds = page.Items.Select(l => l.OrganizationId).Distinct().ToList();
        var names = await db.Organizations.IgnoreQueryFilters().AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var calendar = await calendars.GetAsync(db, ct);
        var today = ChinaClock.Today(clock);
        var leads = new Dictionary<Guid, int>();
        var rows = new List<MyLicenseItem>();
        foreach (var l in page.Items)
        {
            DateOnly? cutoff = null;
            string? reminder = null;
            if (l.Status == LicenseStatus.Valid && l.ValidUntil is { } until)
            {
                // The register's own reminder lead (rule parameter per jurisdiction) and cut-off rule (R-LIC-8).
                if (!leads.TryGetValue(l.OrganizationId, out var lead))
                {
                    lead = (int)(await RuleParameters.ResolveAsync(db, LicenseRegister.ReminderLeadDays, l.OrganizationId, today, ct)).Value;
                    leads[l.OrganizationId] = lead;
                }

                var nominal = until.AddDays(-LicenseRegister.RenewalDaysBeforeExpiry);
                cutoff = calendar.IsYearLoaded(nominal.Year) && calendar.IsYearLoaded(nominal.Year - 1)
                    ? LicenseRules.RenewalCutoff(calendar, until, LicenseRegister.RenewalDaysBeforeExpiry)
                    : nominal;
                reminder = RenewalReminder.For(until, cutoff.Value, lead, today);
            }

            rows.Add(new MyLicenseItem(
                l.Id, l.Number, items.GetValueOrDefault(l.Id, l.LicenseType), names.GetValueOrDefault(l.OrganizationId, ""), l.Scope, l.IssuedOn, l.ValidUntil,
                l.Status.ToString(), LicenseNames.Of(l.Status), cutoff, reminder));
        }

        return new Paged<MyLicenseItem>(rows, page.Total, page.Page, page.PageSize);
    }
}

/// <summary>
/// 到期提醒 for the holder (R-LIC-8: renewal is applied for 30 days before expiry): shown from the reminder lead (the
/// register's rule parameter) before the cut-off until the last valid day — the same moment the register's sweep reminds
/// the staff and sends the 许可证到期提醒.
/// </summary>
public static class RenewalReminder
{
    public static string? For(DateOnly validUntil, DateOnly cutoff, int leadDays, DateOnly today)
    {
        if (today > validUntil || today < LicenseRules.ReminderFrom(cutoff, leadDays))
        {
            return null;
        }

        return today <= cutoff
            ? $"有效期至{validUntil:yyyy-MM-dd}，如需延续，请于{cutoff:yyyy-MM-dd}前提出延续申请（R-LIC-8）"
            : $"有效期至{validUntil:yyyy-MM-dd}，已过延续申请期限（{cutoff:yyyy-MM-dd}），如需继续经营请按新办申请（R-LIC-8）";
    }
}
