using System.Collections.Frozen;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Calendar;

/// <summary>
/// The working-day calendar (R-CAL-8, R-CAL-11), built from the State Council 放假调休 schedules. Immutable.
/// It never guesses: asking about a date whose year has no schedule loaded throws
/// <c>calendar.year-not-loaded</c>.
/// </summary>
public sealed class BusinessCalendar
{
    public const string YearNotLoadedCode = "calendar.year-not-loaded";

    private readonly FrozenDictionary<int, CalendarYear> _years;
    private readonly FrozenDictionary<DateOnly, string> _holidays;
    private readonly FrozenDictionary<DateOnly, string> _adjustedWorkdays;

    /// <summary>Builds a calendar; a later <see cref="CalendarYear"/> replaces an earlier one for the same year.</summary>
    public BusinessCalendar(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var byYear = new Dictionary<int, CalendarYear>();
        foreach (var year in years)
        {
            ArgumentNullException.ThrowIfNull(year, nameof(years));
            year.Validate();
            byYear[year.Year] = year;
        }

        var holidays = new Dictionary<DateOnly, string>();
        var adjustedWorkdays = new Dictionary<DateOnly, string>();
        foreach (var year in byYear.Values)
        {
            foreach (var holiday in year.Holidays)
            {
                foreach (var date in holiday.Dates())
                {
                    holidays[date] = holiday.Name;
                }
            }

            foreach (var workday in year.AdjustedWorkdays)
            {
                adjustedWorkdays[workday.Date] = workday.Name;
            }
        }

        _years = byYear.ToFrozenDictionary();
        _holidays = holidays.ToFrozenDictionary();
        _adjustedWorkdays = adjustedWorkdays.ToFrozenDictionary();
        LoadedYears = [.. byYear.Keys.Order()];
        Years = [.. LoadedYears.Select(y => byYear[y])];
    }

    /// <summary>Years with a loaded schedule, ascending.</summary>
    public IReadOnlyList<int> LoadedYears { get; }

    /// <summary>The loaded schedules, ascending by year.</summary>
    public IReadOnlyList<CalendarYear> Years { get; }

    /// <summary>
    /// Reads every <c>*.json</c> file of <paramref name="directory"/> (e.g. <c>data/calendar</c>) in ordinal
    /// file-name order. Two files for the same year are rejected (<c>calendar.invalid-file</c>).
    /// </summary>
    public static BusinessCalendar LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw DomainRuleException.NotFound(
                "calendar.directory-not-found", $"找不到节假日日历目录“{directory}”");
        }

        var years = new List<CalendarYear>();
        var fileByYear = new Dictionary<int, string>();
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            var year = CalendarYear.Parse(File.ReadAllText(path), fileName);
            if (!fileByYear.TryAdd(year.Year, fileName))
            {
                throw new DomainRuleException(
                    CalendarYear.InvalidFileCode,
                    $"日历文件“{fileByYear[year.Year]}”和“{fileName}”都是{year.Year}年的放假安排；每个年度只能有一个文件");
            }

            years.Add(year);
        }

        return new BusinessCalendar(years);
    }

    public bool IsYearLoaded(int year) => _years.ContainsKey(year);

    /// <summary>R-CAL-11: workday = (Mon–Fri and not HOLIDAY) or ADJUSTED_WORKDAY.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        EnsureYearLoaded(date.Year);
        return _adjustedWorkdays.ContainsKey(date)
            || (!_holidays.ContainsKey(date) && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
    }

    /// <summary>工作日 / 休息日 / 法定节假日 / 调休上班日, with the holiday or adjusted-workday name.</summary>
    public CalendarDayInfo Describe(DateOnly date)
    {
        EnsureYearLoaded(date.Year);
        if (_adjustedWorkdays.TryGetValue(date, out var adjustedName))
        {
            return new CalendarDayInfo(date, CalendarDayKind.AdjustedWorkday, adjustedName);
        }

        if (_holidays.TryGetValue(date, out var holidayName))
        {
            return new CalendarDayInfo(date, CalendarDayKind.StatutoryHoliday, holidayName);
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
            ? new CalendarDayInfo(date, CalendarDayKind.RestDay, null)
            : new CalendarDayInfo(date, CalendarDayKind.WorkingDay, null);
    }

    /// <summary><paramref name="date"/> itself if it is a working day, else the first working day after it (R-CAL-5, R-CAL-11).</summary>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        var day = date;
        while (!IsWorkingDay(day))
        {
            day = NextDay(day);
        }

        return day;
    }

    /// <summary>Throws <c>calendar.year-not-loaded</c> unless <paramref name="year"/> has a loaded schedule.</summary>
    public void EnsureYearLoaded(int year)
    {
        if (!_years.ContainsKey(year))
        {
            throw YearNotLoaded(year);
        }
    }

    internal static DomainRuleException YearNotLoaded(int year) =>
        new(YearNotLoadedCode, $"日历未包含{year}年的节假日安排，无法计算期限；请先导入该年度国务院办公厅放假通知（weijian calendar import）");

    /// <summary>The day after <paramref name="date"/>; past 9999-12-31 no schedule can exist.</summary>
    internal static DateOnly NextDay(DateOnly date) =>
        date == DateOnly.MaxValue ? throw YearNotLoaded(date.Year + 1) : date.AddDays(1);
}
