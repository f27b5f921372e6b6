using Weijian.Platform.Calendar;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Calendar;

public class ChinaClockTests
{
    // R-CAL-5 (dates are decided in Asia/Shanghai, DESIGN §3): 16:30 UTC on New Year's Eve is already 1 January in Beijing.
    [Fact]
    public void Today_is_decided_in_Beijing_time_not_UTC()
    {
        ChinaClock.Today(new FixedTime(new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero))).ShouldBe(D("2026-01-01"));
        ChinaClock.Today(new FixedTime(new DateTimeOffset(2025, 12, 31, 15, 59, 59, TimeSpan.Zero))).ShouldBe(D("2025-12-31"));
    }

    // R-CAL-5: Now is the same instant shown at UTC+8.
    [Fact]
    public void Now_is_the_same_instant_at_offset_plus_eight_hours()
    {
        var instant = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

        var now = ChinaClock.Now(new FixedTime(instant));

        now.ShouldBe(instant);
        now.Offset.ShouldBe(TimeSpan.FromHours(8));
        now.Hour.ShouldBe(9);
    }

    private sealed class FixedTime(DateTimeOffset utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => utcNow;
    }
}
