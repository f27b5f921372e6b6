using System.Text.Json;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Rules;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Calendar;

public class DeadlineTests
{
    private static Deadline Compute(string start, int count, DeadlineUnit unit, params PausedInterval[] pauses) =>
        Deadline.Compute(Official, "R-LIC-4", "行政许可法第四十二条", D(start), count, unit, pauses);

    private static Deadline Penalty(string start, int count, DeadlineUnit unit, params PausedInterval[] pauses) =>
        Deadline.Compute(Official, "R-PEN-20", "行政处罚法第六十七条", D(start), count, unit, pauses);

    // R-CAL-2, R-CAL-11: 2026-03-02 (Mon) + 20 working days; March 2026 has no holidays, so counting
    // Tue 3/3 … Fri 3/6 (4), 3/9–3/13 (9), 3/16–3/20 (14), 3/23–3/27 (19), Mon 3/30 (20).
    [Fact]
    public void Twenty_working_days_from_Monday_2026_03_02_end_on_Monday_2026_03_30()
    {
        var deadline = Compute("2026-03-02", 20, DeadlineUnit.WorkingDays);

        deadline.Due.ShouldBe(D("2026-03-30"));
        deadline.NominalDue.ShouldBe(deadline.Due);
        deadline.IsExtended.ShouldBeFalse();
        deadline.RuleId.ShouldBe("R-LIC-4");
        deadline.LegalBasis.ShouldBe("行政许可法第四十二条");
        deadline.Unit.ShouldBe(DeadlineUnit.WorkingDays);
        deadline.Count.ShouldBe(20);
        deadline.Start.ShouldBe(D("2026-03-02"));
        deadline.Pauses.ShouldBeEmpty();
        deadline.RuleApplied.ShouldBe(
            "R-CAL-2/R-CAL-11：按工作日计算，起算日2026-03-02不计入，法定节假日及休息日不计，调休上班日计入；第20个工作日为2026-03-30");
        deadline.ToString().ShouldBe("R-LIC-4（行政许可法第四十二条）：2026-03-02起20个工作日，届满日2026-03-30");
    }

    // R-CAL-5: the start day is not counted — one working day after a Monday is the Tuesday.
    [Fact]
    public void The_start_day_is_not_counted()
    {
        Compute("2026-03-02", 1, DeadlineUnit.WorkingDays).Due.ShouldBe(D("2026-03-03"));
        Compute("2026-03-02", 1, DeadlineUnit.CalendarDays).Due.ShouldBe(D("2026-03-03"));
    }

    // R-CAL-10, R-CAL-11: from Thu 2026-02-12: Fri 2/13 (1), Sat 2/14 调休 (2), 2/15–2/23 off, 2/24 (3) … Sat 2/28 调休 (7).
    [Theory]
    [InlineData(1, "2026-02-13")]
    [InlineData(2, "2026-02-14")]
    [InlineData(3, "2026-02-24")]
    [InlineData(6, "2026-02-27")]
    [InlineData(7, "2026-02-28")]
    [InlineData(8, "2026-03-02")]
    public void Working_days_skip_the_2026_Spring_Festival_and_count_the_adjusted_Saturdays(int count, string due) =>
        Compute("2026-02-12", count, DeadlineUnit.WorkingDays).Due.ShouldBe(D(due));

    // R-CAL-9, R-CAL-11: from Fri 2025-01-24: Sun 1/26 调休 (1), 1/27 (2), 1/28–2/4 off, 2/5 (3) … Sat 2/8 调休 (6).
    [Theory]
    [InlineData(1, "2025-01-26")]
    [InlineData(2, "2025-01-27")]
    [InlineData(3, "2025-02-05")]
    [InlineData(5, "2025-02-07")]
    [InlineData(6, "2025-02-08")]
    [InlineData(7, "2025-02-10")]
    public void Working_days_skip_the_2025_Spring_Festival_and_count_the_adjusted_Sunday_and_Saturday(int count, string due) =>
        Compute("2025-01-24", count, DeadlineUnit.WorkingDays).Due.ShouldBe(D(due));

    // R-CAL-9, R-CAL-11: from Fri 2025-09-26: Sun 9/28 调休 (1), 9/29 (2), 9/30 (3), 10/1–10/8 off, 10/9 (4), 10/10 (5), Sat 10/11 调休 (6).
    [Theory]
    [InlineData(1, "2025-09-28")]
    [InlineData(3, "2025-09-30")]
    [InlineData(4, "2025-10-09")]
    [InlineData(6, "2025-10-11")]
    [InlineData(7, "2025-10-13")]
    public void Working_days_skip_the_2025_National_Day_break_and_count_its_adjusted_weekend_days(int count, string due) =>
        Compute("2025-09-26", count, DeadlineUnit.WorkingDays).Due.ShouldBe(D(due));

    // R-CAL-10, R-CAL-11: from Wed 2026-09-30: 10/1–10/7 off, Thu 10/8 (1), Fri 10/9 (2), Sat 10/10 调休 (3), Mon 10/12 (4);
    // and from Fri 2026-09-18 the adjusted Sunday 9/20 is the first working day.
    [Theory]
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-09-30", 3, "2026-10-10")]
    [InlineData("2026-09-30", 4, "2026-10-12")]
    [InlineData("2026-09-18", 1, "2026-09-20")]
    public void Working_days_skip_the_2026_National_Day_and_count_its_adjusted_Sunday_and_Saturday(string start, int count, string due) =>
        Compute(start, count, DeadlineUnit.WorkingDays).Due.ShouldBe(D(due));

    // R-CAL-5, R-CAL-11: 8 calendar days from 2026-09-26 end on Sun 10/4, inside 国庆 10/1–10/7, so the period moves to 10/8.
    [Fact]
    public void A_calendar_day_period_ending_in_the_2026_National_Day_holiday_extends_to_the_next_working_day()
    {
        var deadline = Penalty("2026-09-26", 8, DeadlineUnit.CalendarDays);

        deadline.NominalDue.ShouldBe(D("2026-10-04"));
        deadline.Due.ShouldBe(D("2026-10-08"));
        deadline.IsExtended.ShouldBeTrue();
        deadline.RuleApplied.ShouldBe(
            "R-CAL-1/R-CAL-5/R-CAL-11：按自然日计算，起算日2026-09-26不计入；第8日为2026-10-04；届满日2026-10-04为法定节假日（国庆节），顺延至2026-10-08");
    }

    // R-CAL-5, R-CAL-11: 15 days from 2025-09-16 end on 10/1; 10/1–10/8 is off, so the last day is 10/9.
    [Fact]
    public void A_calendar_day_period_ending_in_the_2025_National_Day_break_extends_past_the_whole_break() =>
        Penalty("2025-09-16", 15, DeadlineUnit.CalendarDays).Due.ShouldBe(D("2025-10-09"));

    // R-CAL-11: a calendar-day period ending on a plain weekend moves to Monday.
    [Fact]
    public void A_calendar_day_period_ending_on_a_Saturday_extends_to_Monday()
    {
        var deadline = Penalty("2026-03-02", 5, DeadlineUnit.CalendarDays);

        deadline.Due.ShouldBe(D("2026-03-09"));
        deadline.RuleApplied.ShouldEndWith("；届满日2026-03-07为休息日，顺延至2026-03-09");
    }

    // R-CAL-11 (ADJUSTED_WORKDAY): a period ending on an adjusted Saturday ends there — it is a working day.
    [Fact]
    public void A_calendar_day_period_ending_on_an_adjusted_Saturday_is_not_extended()
    {
        var deadline = Penalty("2026-02-21", 7, DeadlineUnit.CalendarDays);

        deadline.Due.ShouldBe(D("2026-02-28"));
        deadline.IsExtended.ShouldBeFalse();
        deadline.RuleApplied.ShouldEndWith("；届满日2026-02-28为调休上班日（春节调休上班），按工作日计，不顺延");
    }

    // R-CAL-1, R-CAL-5: 15 days to pay a fine from Mon 2026-03-02 end on Tue 3/17, a working day.
    [Fact]
    public void Fifteen_calendar_days_ending_on_a_working_day_are_not_extended()
    {
        var deadline = Penalty("2026-03-02", 15, DeadlineUnit.CalendarDays);

        deadline.Due.ShouldBe(D("2026-03-17"));
        deadline.RuleApplied.ShouldBe(
            "R-CAL-1/R-CAL-5/R-CAL-11：按自然日计算，起算日2026-03-02不计入；第15日为2026-03-17；届满日2026-03-17为工作日");
    }

    // R-CAL-5: a month period ends on the corresponding day; 2026-01-31 + 1 month has no 2/31, so it is 2/28 —
    // which is the adjusted Saturday (R-CAL-10), a working day, so no extension.
    [Fact]
    public void One_month_from_2026_01_31_is_clamped_to_2026_02_28_which_is_an_adjusted_workday()
    {
        var deadline = Compute("2026-01-31", 1, DeadlineUnit.Months);

        deadline.Due.ShouldBe(D("2026-02-28"));
        deadline.RuleApplied.ShouldBe(
            "R-CAL-5/R-CAL-11：按月计算，起算日2026-01-31不计入，期间届至1个月后的对应日2026-02-28（该月无对应日，以该月最后一日为准）；"
            + "届满日2026-02-28为调休上班日（春节调休上班），按工作日计，不顺延");
    }

    // R-CAL-5, R-CAL-11: month periods clamp to the month's last day and extend past holidays.
    [Theory]
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2024-03-31", 2, "2024-05-31")]
    [InlineData("2025-09-01", 1, "2025-10-09")]
    [InlineData("2026-08-04", 2, "2026-10-08")]
    [InlineData("2025-06-15", 6, "2025-12-15")]
    public void Month_periods_end_on_the_corresponding_day_clamped_and_extended_past_rest_days(string start, int months, string due) =>
        Compute(start, months, DeadlineUnit.Months).Due.ShouldBe(D(due));

    // R-CAL-5, R-MED-3 (appraisal time excluded): working days inside a pause are not counted. Without the pause
    // the 20th working day is 3/30; the pause 3/9–3/13 removes 5, so 3/31, 4/1, 4/2, 4/3, (清明 4/4–4/6), 4/7.
    [Fact]
    public void Working_days_inside_a_pause_are_not_counted()
    {
        var pause = new PausedInterval(D("2026-03-09"), D("2026-03-13"), "听证");

        var deadline = Compute("2026-03-02", 20, DeadlineUnit.WorkingDays, pause);

        deadline.Due.ShouldBe(D("2026-04-07"));
        deadline.Pauses.ShouldBe([pause]);
        deadline.RuleApplied.ShouldBe(
            "R-CAL-2/R-CAL-11：按工作日计算，起算日2026-03-02不计入，法定节假日及休息日不计，调休上班日计入，"
            + "暂停期间（2026-03-09至2026-03-13（听证））内的工作日不计；第20个工作日为2026-04-07");
    }

    // R-CAL-5: calendar days of a pause inside the period are added: 3/17 + 6 paused days (3/5–3/10) = Mon 3/23.
    [Fact]
    public void Paused_calendar_days_inside_the_period_move_the_due_date()
    {
        var deadline = Penalty("2026-03-02", 15, DeadlineUnit.CalendarDays, new PausedInterval(D("2026-03-05"), D("2026-03-10"), "检测"));

        deadline.Due.ShouldBe(D("2026-03-23"));
        deadline.RuleApplied.ShouldContain("暂停期间（2026-03-05至2026-03-10（检测））共6日不计入；第15日为2026-03-23");
    }

    // R-CAL-5: only paused days after the start day count (3/3 and 3/4 of a pause 2/25–3/4), so 3/17 + 2 = 3/19.
    [Fact]
    public void Only_the_paused_days_after_the_start_day_move_the_due_date() =>
        Penalty("2026-03-02", 15, DeadlineUnit.CalendarDays, new PausedInterval(D("2026-02-25"), D("2026-03-04")))
            .Due.ShouldBe(D("2026-03-19"));

    // R-CAL-5: overlapping pauses stop the clock once per day: 3/5–3/10 ∪ 3/8–3/12 = 8 days, 3/17 + 8 = Wed 3/25.
    [Fact]
    public void Overlapping_pauses_count_each_paused_day_once() =>
        Penalty(
            "2026-03-02",
            15,
            DeadlineUnit.CalendarDays,
            new PausedInterval(D("2026-03-05"), D("2026-03-10")),
            new PausedInterval(D("2026-03-08"), D("2026-03-12"))).Due.ShouldBe(D("2026-03-25"));

    // R-CAL-5: a pause after the period has run out does not revive it.
    [Fact]
    public void A_pause_after_the_period_has_run_out_does_not_move_the_due_date()
    {
        var deadline = Penalty("2026-03-02", 15, DeadlineUnit.CalendarDays, new PausedInterval(D("2026-04-01"), D("2026-04-05")));

        deadline.Due.ShouldBe(D("2026-03-17"));
        deadline.RuleApplied.ShouldNotContain("暂停");
    }

    // R-CAL-5, R-CAL-11: the rest-day extension also waits out a pause: nominal Sat 3/7, pause 3/8–3/10, due Wed 3/11.
    [Fact]
    public void The_rest_day_extension_moves_past_a_pause_that_begins_on_the_weekend() =>
        Penalty("2026-03-02", 5, DeadlineUnit.CalendarDays, new PausedInterval(D("2026-03-08"), D("2026-03-10")))
            .Due.ShouldBe(D("2026-03-11"));

    // R-CAL-5: a month period is lengthened by the paused days inside it: 2026-01-15 + 1 month = 2/15, + 3 days = 2/18
    // (春节), so the period moves to 2/24.
    [Fact]
    public void A_month_period_is_lengthened_by_paused_days_and_then_extended_past_the_holiday()
    {
        var deadline = Compute("2026-01-15", 1, DeadlineUnit.Months, new PausedInterval(D("2026-01-20"), D("2026-01-22"), "鉴定"));

        deadline.NominalDue.ShouldBe(D("2026-02-18"));
        deadline.Due.ShouldBe(D("2026-02-24"));
        deadline.RuleApplied.ShouldContain("共3日不计入，届满日相应顺延为2026-02-18");
        deadline.RuleApplied.ShouldEndWith("届满日2026-02-18为法定节假日（春节），顺延至2026-02-24");
    }

    // R-CAL-5: WithPause returns a recomputed copy and leaves the original as it was.
    [Fact]
    public void Adding_a_pause_returns_a_recomputed_copy()
    {
        var original = Compute("2026-03-02", 20, DeadlineUnit.WorkingDays);
        var pause = new PausedInterval(D("2026-03-09"), D("2026-03-13"), "听证");

        var paused = original.WithPause(Official, pause);

        original.Due.ShouldBe(D("2026-03-30"));
        original.Pauses.ShouldBeEmpty();
        paused.Due.ShouldBe(D("2026-04-07"));
        paused.ShouldBe(Compute("2026-03-02", 20, DeadlineUnit.WorkingDays, pause));
        paused.ShouldNotBe(original);
    }

    // R-CAL-5: pauses are stored as JSON on the clock row; they round-trip with System.Text.Json.
    [Fact]
    public void Pauses_round_trip_through_System_Text_Json()
    {
        List<PausedInterval> pauses = [new(D("2026-03-09"), D("2026-03-13"), "听证"), new(D("2026-04-01"), D("2026-04-01"))];

        var json = JsonSerializer.Serialize(pauses);

        JsonSerializer.Deserialize<List<PausedInterval>>(json).ShouldBe(pauses);
        json.ShouldNotContain("Days");
    }

    // R-CAL-5: a pause must not end before it begins.
    [Fact]
    public void A_pause_that_ends_before_it_begins_is_refused()
    {
        var ex = Should.Throw<DomainRuleException>(() => new PausedInterval(D("2026-03-10"), D("2026-03-09"), "听证"));

        ex.Code.ShouldBe("deadline.invalid-pause");
        ex.Message.ShouldBe("暂停期间的开始日2026-03-10晚于结束日2026-03-09");
    }

    // R-CAL-1 … R-CAL-6: a period is at least one day.
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_count_below_one_is_refused(int count)
    {
        var ex = Should.Throw<DomainRuleException>(() => Compute("2026-03-02", count, DeadlineUnit.WorkingDays));

        ex.Code.ShouldBe("deadline.invalid-count");
        ex.Fields.ShouldBe(["count"]);
    }

    // R-CAL-11: only the three units exist.
    [Fact]
    public void An_undefined_unit_is_refused() =>
        Should.Throw<DomainRuleException>(() => Compute("2026-03-02", 1, (DeadlineUnit)99)).Code.ShouldBe("deadline.unknown-unit");

    // R-CAL-8, R-CAL-11: never guess — a deadline that reaches a year without a schedule fails.
    [Theory]
    [InlineData("2027-12-15", 20, DeadlineUnit.WorkingDays, 2028)]
    [InlineData("2027-12-20", 15, DeadlineUnit.CalendarDays, 2028)]
    [InlineData("2027-06-30", 12, DeadlineUnit.Months, 2028)]
    [InlineData("2023-12-28", 1, DeadlineUnit.WorkingDays, 2023)]
    public void A_deadline_reaching_a_year_without_a_loaded_schedule_fails(string start, int count, DeadlineUnit unit, int year)
    {
        var ex = Should.Throw<DomainRuleException>(() => Compute(start, count, unit));

        ex.Code.ShouldBe("calendar.year-not-loaded");
        ex.Message.ShouldStartWith($"日历未包含{year}年的节假日安排");
    }

    // R-CAL-8: absurd counts fail fast with year-not-loaded instead of looping or overflowing.
    [Theory]
    [InlineData(int.MaxValue, DeadlineUnit.CalendarDays)]
    [InlineData(int.MaxValue, DeadlineUnit.Months)]
    [InlineData(int.MaxValue, DeadlineUnit.WorkingDays)]
    public void Absurd_counts_fail_with_year_not_loaded(int count, DeadlineUnit unit) =>
        Should.Throw<DomainRuleException>(() => Compute("2026-03-02", count, unit)).Code.ShouldBe("calendar.year-not-loaded");

    // R-CAL-5: pauses reaching the end of the representable calendar fail cleanly too.
    [Fact]
    public void A_pause_to_the_end_of_time_fails_with_year_not_loaded() =>
        Should.Throw<DomainRuleException>(
                () => Compute("2026-03-02", 1, DeadlineUnit.WorkingDays, new PausedInterval(D("2026-03-03"), DateOnly.MaxValue)))
            .Code.ShouldBe("calendar.year-not-loaded");

    // R-CAL-1, R-CAL-2: a deadline is a value — the same inputs give an equal deadline.
    [Fact]
    public void Deadlines_with_the_same_inputs_are_equal()
    {
        var a = Compute("2026-03-02", 20, DeadlineUnit.WorkingDays, new PausedInterval(D("2026-03-09"), D("2026-03-13"), "听证"));
        var b = Compute("2026-03-02", 20, DeadlineUnit.WorkingDays, new PausedInterval(D("2026-03-09"), D("2026-03-13"), "听证"));

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
    }

    // R-CAL-6, R-CAL-11: the rule family picks the law's counting rule; a bare counting question cites only R-CAL.
    [Theory]
    [InlineData("R-OGI-5", DeadlineUnit.WorkingDays, "R-CAL-6/R-CAL-11：")]
    [InlineData("R-REC-3", DeadlineUnit.WorkingDays, "R-CAL-3/R-CAL-11：")]
    [InlineData("R-PEN-20", DeadlineUnit.WorkingDays, "R-CAL-1/R-CAL-11：")]
    [InlineData("R-CAL-11", DeadlineUnit.WorkingDays, "R-CAL-11：")]
    [InlineData("R-CAL-5", DeadlineUnit.CalendarDays, "R-CAL-5/R-CAL-11：")]
    [InlineData("R-PET-2", DeadlineUnit.CalendarDays, "R-CAL-6/R-CAL-5/R-CAL-11：")]
    public void The_rule_applied_cites_the_counting_rule_of_the_law(string ruleId, DeadlineUnit unit, string prefix) =>
        Deadline.Compute(Official, ruleId, "", D("2026-03-02"), 5, unit).RuleApplied.ShouldStartWith(prefix);
}
