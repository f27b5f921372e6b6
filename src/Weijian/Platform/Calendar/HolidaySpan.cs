namespace Weijian.Platform.Calendar;

/// <summary>
/// One 放假 block of a State Council holiday notice, <paramref name="From"/> to <paramref name="To"/> inclusive
/// (R-CAL-8, R-CAL-11: entries typed <c>HOLIDAY</c>). Weekend days inside the block are part of it.
/// </summary>
public sealed record HolidaySpan(string Name, DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => From <= date && date <= To;

    public IEnumerable<DateOnly> Dates()
    {
        for (var day = From.DayNumber; day <= To.DayNumber; day++)
        {
            yield return DateOnly.FromDayNumber(day);
        }
    }
}
