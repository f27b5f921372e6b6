namespace Weijian.Platform.Calendar;

/// <summary>
/// Legal dates are decided in Asia/Shanghai (DESIGN §3), whatever time zone the server runs in.
/// Time always comes from a <see cref="TimeProvider"/>.
/// </summary>
public static class ChinaClock
{
    /// <summary>China Standard Time (UTC+8, no daylight saving since 1991).</summary>
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>The current instant as Beijing time (offset +08:00).</summary>
    public static DateTimeOffset Now(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), TimeZone);
    }

    /// <summary>Today's date in Beijing.</summary>
    public static DateOnly Today(TimeProvider timeProvider) => DateOnly.FromDateTime(Now(timeProvider).DateTime);
}
