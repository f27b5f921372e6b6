namespace Weijian.Platform.Calendar;

/// <summary>What kind of day a date is under R-CAL-11.</summary>
public enum CalendarDayKind
{
    /// <summary>工作日: Monday to Friday, not in a holiday block.</summary>
    WorkingDay,

    /// <summary>休息日: Saturday or Sunday, not designated 调休上班.</summary>
    RestDay,

    /// <summary>法定节假日: inside a 放假 block of the State Council notice (weekend days of the block included).</summary>
    StatutoryHoliday,

    /// <summary>调休上班日: a weekend day designated as a working day.</summary>
    AdjustedWorkday,
}

/// <summary>
/// A date described by <see cref="BusinessCalendar.Describe(DateOnly)"/>. <see cref="Name"/> is the holiday
/// name (e.g. 国庆节) for a statutory holiday, the notice's name for an adjusted workday (e.g. 春节调休上班),
/// and <c>null</c> otherwise.
/// </summary>
public sealed record CalendarDayInfo(DateOnly Date, CalendarDayKind Kind, string? Name)
{
    /// <summary>R-CAL-11: workday = (Mon–Fri and not HOLIDAY) or ADJUSTED_WORKDAY.</summary>
    public bool IsWorkingDay => Kind is CalendarDayKind.WorkingDay or CalendarDayKind.AdjustedWorkday;

    /// <summary>工作日 / 休息日 / 法定节假日 / 调休上班日.</summary>
    public string KindName => Kind switch
    {
        CalendarDayKind.WorkingDay => "工作日",
        CalendarDayKind.RestDay => "休息日",
        CalendarDayKind.StatutoryHoliday => "法定节假日",
        CalendarDayKind.AdjustedWorkday => "调休上班日",
        _ => throw new InvalidOperationException($"未知的日期类型：{Kind}"),
    };

    /// <summary>E.g. "2026-10-04 法定节假日（国庆节）" or "2026-03-07 休息日".</summary>
    public override string ToString() =>
        Name is null ? $"{CalendarText.Iso(Date)} {KindName}" : $"{CalendarText.Iso(Date)} {KindName}（{Name}）";
}
