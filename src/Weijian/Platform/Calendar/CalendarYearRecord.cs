namespace Weijian.Platform.Calendar;

/// <summary>
/// A holiday schedule a bureau imported (<c>weijian calendar import</c>). Imported years take precedence over the
/// files shipped in <c>data/calendar/</c>; re-importing a year replaces it and is audited.
/// </summary>
public sealed class CalendarYearRecord
{
    public int Year { get; set; }

    public string Source { get; set; } = "";

    /// <summary>The schedule as canonical <see cref="CalendarYear"/> JSON.</summary>
    public string Json { get; set; } = "";

    public DateTimeOffset ImportedAt { get; set; }

    public string ImportedBy { get; set; } = "";
}
