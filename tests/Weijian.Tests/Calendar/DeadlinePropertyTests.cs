using FsCheck;
using FsCheck.Fluent;
using Weijian.Platform.Deadlines;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Calendar;

/// <summary>Properties over random starts in 2024-01-01 … 2025-11-30 and counts 1 … 40, on the shipped calendar.</summary>
public class DeadlinePropertyTests
{
    private static readonly DateOnly _firstStart = new(2024, 1, 1);
    private static readonly DateOnly _lastStart = new(2025, 11, 30);

    private static Gen<DateOnly> Starts =>
        Gen.Choose(0, _lastStart.DayNumber - _firstStart.DayNumber).Select(_firstStart.AddDays);

    private static Arbitrary<(DateOnly Start, int Count)> StartsAndCounts =>
        (from start in Starts
         from count in Gen.Choose(1, 40)
         select (start, count)).ToArbitrary();

    private static Deadline Compute(DateOnly start, int count, DeadlineUnit unit, params PausedInterval[] pauses) =>
        Deadline.Compute(Official, "R-CAL-11", "", start, count, unit, pauses);

    private static int WorkingDaysIn(DateOnly afterStart, DateOnly throughDue, Func<DateOnly, bool>? paused = null)
    {
        var n = 0;
        for (var day = afterStart.AddDays(1); day <= throughDue; day = day.AddDays(1))
        {
            n += Official.IsWorkingDay(day) && !(paused?.Invoke(day) ?? false) ? 1 : 0;
        }

        return n;
    }

    // R-CAL-11: a working-day period always ends on a working day.
    [Fact]
    public void A_working_day_period_always_ends_on_a_working_day() =>
        Prop.ForAll(StartsAndCounts, x => Official.IsWorkingDay(Compute(x.Start, x.Count, DeadlineUnit.WorkingDays).Due))
            .QuickCheckThrowOnFailure();

    // R-CAL-5: the start day is not counted, so every period ends after its start.
    [Fact]
    public void Every_period_ends_after_its_start() =>
        Prop.ForAll(StartsAndCounts, x =>
                Compute(x.Start, x.Count, DeadlineUnit.WorkingDays).Due > x.Start
                && Compute(x.Start, x.Count, DeadlineUnit.CalendarDays).Due > x.Start)
            .QuickCheckThrowOnFailure();

    // R-CAL-2, R-CAL-11: exactly Count working days lie in (start, due].
    [Fact]
    public void Exactly_count_working_days_lie_between_the_start_and_the_due_date() =>
        Prop.ForAll(StartsAndCounts, x =>
                WorkingDaysIn(x.Start, Compute(x.Start, x.Count, DeadlineUnit.WorkingDays).Due) == x.Count)
            .QuickCheckThrowOnFailure();

    // R-CAL-5, R-CAL-11: a calendar-day period ends on a working day on or after start + count, and only rest days
    // lie between start + count and the due date.
    [Fact]
    public void A_calendar_day_period_ends_on_the_first_working_day_on_or_after_start_plus_count() =>
        Prop.ForAll(StartsAndCounts, x =>
            {
                var due = Compute(x.Start, x.Count, DeadlineUnit.CalendarDays).Due;
                var nominal = x.Start.AddDays(x.Count);
                var restDaysBetween = true;
                for (var day = nominal; day < due; day = day.AddDays(1))
                {
                    restDaysBetween &= !Official.IsWorkingDay(day);
                }

                return Official.IsWorkingDay(due) && due >= nominal && restDaysBetween;
            })
            .QuickCheckThrowOnFailure();

    // R-CAL-5, R-CAL-11: a month period ends on the first working day on or after the corresponding day.
    [Fact]
    public void A_month_period_ends_on_the_first_working_day_on_or_after_the_corresponding_day() =>
        Prop.ForAll(
                (from start in Starts from months in Gen.Choose(1, 12) select (start, months)).ToArbitrary(),
                x =>
                {
                    var due = Compute(x.start, x.months, DeadlineUnit.Months).Due;
                    return due == Official.NextWorkingDayOnOrAfter(x.start.AddMonths(x.months));
                })
            .QuickCheckThrowOnFailure();

    // R-CAL-2, R-CAL-5: a longer period never ends earlier (strictly later for working days).
    [Fact]
    public void Due_dates_are_monotonic_in_the_count() =>
        Prop.ForAll(StartsAndCounts, x =>
                Compute(x.Start, x.Count, DeadlineUnit.WorkingDays).Due < Compute(x.Start, x.Count + 1, DeadlineUnit.WorkingDays).Due
                && Compute(x.Start, x.Count, DeadlineUnit.CalendarDays).Due <= Compute(x.Start, x.Count + 1, DeadlineUnit.CalendarDays).Due)
            .QuickCheckThrowOnFailure();

    // R-CAL-5: with a pause, exactly Count unpaused working days lie in (start, due], the due date is not paused,
    // and the due date is never earlier than without the pause.
    [Fact]
    public void A_pause_removes_exactly_its_working_days_from_the_count() =>
        Prop.ForAll(
                (from x in StartsAndCounts.Generator
                 from offset in Gen.Choose(-5, 30)
                 from length in Gen.Choose(1, 15)
                 select (x.Start, x.Count, Pause: new PausedInterval(x.Start.AddDays(offset), x.Start.AddDays(offset + length - 1), "测试")))
                .ToArbitrary(),
                x =>
                {
                    var withPause = Compute(x.Start, x.Count, DeadlineUnit.WorkingDays, x.Pause).Due;
                    var without = Compute(x.Start, x.Count, DeadlineUnit.WorkingDays).Due;
                    return WorkingDaysIn(x.Start, withPause, x.Pause.Contains) == x.Count
                        && !x.Pause.Contains(withPause)
                        && withPause >= without;
                })
            .QuickCheckThrowOnFailure();

    // R-CAL-5: with a pause, a calendar-day period runs at least Count unpaused days and ends on a working day outside the pause.
    [Fact]
    public void A_paused_calendar_day_period_runs_at_least_count_unpaused_days() =>
        Prop.ForAll(
                (from x in StartsAndCounts.Generator
                 from offset in Gen.Choose(-5, 30)
                 from length in Gen.Choose(1, 15)
                 select (x.Start, x.Count, Pause: new PausedInterval(x.Start.AddDays(offset), x.Start.AddDays(offset + length - 1))))
                .ToArbitrary(),
                x =>
                {
                    var deadline = Compute(x.Start, x.Count, DeadlineUnit.CalendarDays, x.Pause);
                    var unpaused = 0;
                    for (var day = x.Start.AddDays(1); day <= deadline.NominalDue; day = day.AddDays(1))
                    {
                        unpaused += x.Pause.Contains(day) ? 0 : 1;
                    }

                    return unpaused == x.Count
                        && !x.Pause.Contains(deadline.NominalDue)
                        && Official.IsWorkingDay(deadline.Due)
                        && !x.Pause.Contains(deadline.Due)
                        && deadline.Due >= deadline.NominalDue;
                })
            .QuickCheckThrowOnFailure();
}
