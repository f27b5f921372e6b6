using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Calendar;

/// <summary>
/// Where the working-day calendar comes from: the schedules shipped with the program (<c>data/calendar/</c>) overlaid
/// by the years a bureau imported into the database. Cached until an import changes the database's years, so every
/// web node sees an import at its next deadline computation.
/// </summary>
public sealed class CalendarSource(string shippedDirectory)
{
    private (string Stamp, BusinessCalendar Calendar)? _cached;

    public string ShippedDirectory { get; } = shippedDirectory;

    public async Task<BusinessCalendar> GetAsync(WeijianDb db, CancellationToken ct)
    {
        var imported = await db.CalendarYears.AsNoTracking().Select(c => new { c.Year, c.ImportedAt }).ToListAsync(ct);
        var stamp = string.Join(';', imported.OrderBy(c => c.Year).Select(c => $"{c.Year}@{c.ImportedAt.UtcTicks}"));
        var cached = _cached;
        if (cached is { } hit && hit.Stamp == stamp)
        {
            return hit.Calendar;
        }

        var shipped = Directory.Exists(ShippedDirectory) ? BusinessCalendar.LoadDirectory(ShippedDirectory).Years : [];
        var records = await db.CalendarYears.AsNoTracking().Select(c => c.Json).ToListAsync(ct);
        var calendar = new BusinessCalendar(shipped.Concat(records.Select(CalendarYear.Parse)));
        _cached = (stamp, calendar);
        return calendar;
    }

    /// <summary>The directory next to the program, where the build copies <c>data/calendar/*.json</c>.</summary>
    public static string DefaultShippedDirectory => Path.Combine(AppContext.BaseDirectory, "calendar");
}
