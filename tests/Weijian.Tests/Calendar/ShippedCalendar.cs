using System.Globalization;
using Weijian.Platform.Calendar;

namespace Weijian.Tests.Calendar;

/// <summary>The calendar files shipped in <c>data/calendar/</c>, found from the repository root.</summary>
internal static class ShippedCalendar
{
    private static readonly Lazy<BusinessCalendar> _calendar = new(() => BusinessCalendar.LoadDirectory(CalendarDirectory));

    public static string RepoRoot => RepositoryRoot.Path;

    public static string CalendarDirectory => Path.Combine(RepoRoot, "data", "calendar");

    public static BusinessCalendar Official => _calendar.Value;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
