using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Licensing.Applications;

/// <summary>
/// 许可统计 of a year: received, accepted, granted, refused, not accepted, withdrawn, revoked (from the licenses), hearings,
/// on-time rate (decided within the legal deadline, R-LIC-4), average working days from acceptance to decision per item,
/// share decided on the spot, 告知承诺 share, the item's compression ratio (R-LIC-14) and 好差评 per item and per clerk.
/// </summary>
public sealed record LicensingStatistics(int? Year = null);

public sealed record LicensingStatisticsView(
    int Year, int Received, int Accepted, int Granted, int Refused, int NotAccepted, int Withdrawn, int Pending, int Revoked, int Hearings, int DeemedAccepted,
    int DeemedRenewed, int Decided, int DecidedOnTime, decimal? OnTimeRate, decimal? OnTheSpotShare, decimal? CommitmentShare,
    IReadOnlyList<ItemStatistics> Items, IReadOnlyList<ClerkRatings> Clerks);

public sealed record ItemStatistics(
    string ItemCode, string ItemName, int StatutoryDays, int PromisedDays, decimal CompressionRatio, int Received, int Granted, int Refused, decimal? AverageWorkingDays,
    int Good, int Average, int Bad);

public sealed record ClerkRatings(string Clerk, int Handled, int Good, int Average, int Bad);

public sealed class LicensingStatisticsHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock)
{
    public async Task<LicensingStatisticsView> HandleAsync(LicensingStatistics query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(ApplicationReadRoles.All);
        var year = query.Year ?? ChinaClock.Today(clock).Year;
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var apps = await db.Set<LicenseApplication>().AsNoTracking().Where(a => a.ReceivedOn >= from && a.ReceivedOn <= to).ToListAsync(ct);
        var items = await db.Set<LicenseItem>().AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct);
        var revoked = await db.Set<License>().AsNoTracking().CountAsync(l => l.Status == LicenseStatus.Revoked && l.StatusChangedOn >= from && l.StatusChangedOn <= to, ct);
        var calendar = await calendars.GetAsync(db, ct);
        var decided = apps.Where(a => a.Status is ApplicationStatus.Granted or ApplicationStatus.Refused).ToList();
        var onTime = decided.Count(a => a.DecidedOnTime == true);
        var granted = apps.Count(a => a.Status == ApplicationStatus.Granted);
        decimal? Share(int n, int of) => of == 0 ? null : Math.Round((decimal)n / of, 4);
        decimal? AverageDays(IEnumerable<LicenseApplication> list)
        {
            var days = list.Where(a => a.AcceptedOn is not null && a.DecidedOn is not null && calendar.IsYearLoaded(a.AcceptedOn.Value.Year) && calendar.IsYearLoaded(a.DecidedOn.Value.Year))
                .Select(a => ApplicationDeadlines.WorkingDaysBetween(calendar, a.AcceptedOn!.Value, a.DecidedOn!.Value)).ToList();
            return days.Count == 0 ? null : Math.Round((decimal)days.Average(), 1);
        }

        var perItem = items.Select(i =>
        {
            var mine = apps.Where(a => a.ItemId == i.Id).ToList();
            return new ItemStatistics(
                i.Code, i.Name, i.StatutoryDays, i.PromisedDays, i.CompressionRatio, mine.Count, mine.Count(a => a.Status == ApplicationStatus.Granted),
                mine.Count(a => a.Status == ApplicationStatus.Refused), AverageDays(mine.Where(a => a.Status is ApplicationStatus.Granted or ApplicationStatus.Refused)),
                mine.Count(a => a.Rating == ApplicationRating.Good), mine.Count(a => a.Rating == ApplicationRating.Average), mine.Count(a => a.Rating == ApplicationRating.Bad));
        }).ToList();
        var clerks = apps.Where(a => a.ClerkName.Length > 0).GroupBy(a => a.ClerkName).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ClerkRatings(g.Key, g.Count(), g.Count(a => a.Rating == ApplicationRating.Good), g.Count(a => a.Rating == ApplicationRating.Average), g.Count(a => a.Rating == ApplicationRating.Bad)))
            .ToList();
        return new LicensingStatisticsView(
            year, apps.Count, apps.Count(a => a.AcceptedOn is not null), granted, apps.Count(a => a.Status == ApplicationStatus.Refused),
            apps.Count(a => a.Status == ApplicationStatus.NotAccepted), apps.Count(a => a.Status == ApplicationStatus.Withdrawn), apps.Count(a => !a.IsClosed), revoked,
            apps.Count(a => a.Pauses.Any(p => p.Kind == ExcludedPeriodKind.Hearing)), apps.Count(a => a.DeemedAccepted), apps.Count(a => a.DeemedRenewal), decided.Count, onTime,
            Share(onTime, decided.Count), Share(apps.Count(a => a.Status == ApplicationStatus.Granted && a.DecidedOn == a.AcceptedOn), granted),
            Share(apps.Count(a => a.GrantedOnCommitment), granted), perItem, clerks);
    }
}
