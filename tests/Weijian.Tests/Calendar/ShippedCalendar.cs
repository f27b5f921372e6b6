using System.Globalization;
using Weijian.Platform.Calendar;

namespace Weijian.Tests.Calendar;

/// <summary>The calendar files shipped in <c>data/calendar/</c>, found from the repository root.</summary>
internal static class ShippedCalendar
{
    private static readonly Lazy<string> _repoRoot = new(FindRepoRoot);
    private static readonly Lazy<BusinessCalendar> _calendar = new(() => BusinessCalendar.LoadDirectory(CalendarDirectory));

    public static string RepoRoot => _repoRoot.Value;

    public static string CalendarDirectory => Path.Combine(RepoRoot, "data", "calendar");

    public static BusinessCalendar Official => _calendar.Value;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Weijian.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No directory above {AppContext.BaseDirectory} contains Weijian.slnx.");
    }
}
