using Weijian.Platform.Calendar;
using Weijian.Platform.Rules;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Calendar;

public class BusinessCalendarTests
{
    // R-CAL-9, R-CAL-11: 2025 春节 1/28–2/4 off, 上班 1/26 (Sun) and 2/8 (Sat).
    [Theory]
    [InlineData("2025-01-24", true)]
    [InlineData("2025-01-25", false)]
    [InlineData("2025-01-26", true)]
    [InlineData("2025-01-27", true)]
    [InlineData("2025-01-28", false)]
    [InlineData("2025-01-31", false)]
    [InlineData("2025-02-03", false)]
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-05", true)]
    [InlineData("2025-02-07", true)]
    [InlineData("2025-02-08", true)]
    [InlineData("2025-02-09", false)]
    public void The_2025_Spring_Festival_is_off_and_its_adjusted_Sunday_and_Saturday_are_working_days(string date, bool working) =>
        Official.IsWorkingDay(D(date)).ShouldBe(working, date);

    // R-CAL-9, R-CAL-11: 2025 国庆+中秋 10/1–10/8 off, 上班 9/28 (Sun) and 10/11 (Sat).
    [Theory]
    [InlineData("2025-09-27", false)]
    [InlineData("2025-09-28", true)]
    [InlineData("2025-09-30", true)]
    [InlineData("2025-10-01", false)]
    [InlineData("2025-10-06", false)]
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-09", true)]
    [InlineData("2025-10-10", true)]
    [InlineData("2025-10-11", true)]
    [InlineData("2025-10-12", false)]
    public void The_2025_National_Day_and_Mid_Autumn_break_is_off_with_two_adjusted_weekend_workdays(string date, bool working) =>
        Official.IsWorkingDay(D(date)).ShouldBe(working, date);

    // R-CAL-10, R-CAL-11: 2026 春节 2/15–2/23 off, 上班 2/14 (Sat) and 2/28 (Sat).
    [Theory]
    [InlineData("2026-02-13", true)]
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-15", false)]
    [InlineData("2026-02-17", false)]
    [InlineData("2026-02-23", false)]
    [InlineData("2026-02-24", true)]
    [InlineData("2026-02-27", true)]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-03-01", false)]
    public void The_2026_Spring_Festival_is_nine_days_off_and_both_adjusted_Saturdays_are_working_days(string date, bool working) =>
        Official.IsWorkingDay(D(date)).ShouldBe(working, date);

    // R-CAL-10, R-CAL-11: 2026 国庆 10/1–10/7 off, 上班 9/20 (Sun) and 10/10 (Sat).
    [Theory]
    [InlineData("2026-09-19", false)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-09-30", true)]
    [InlineData("2026-10-01", false)]
    [InlineData("2026-10-04", false)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-08", true)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-10-11", false)]
    public void The_2026_National_Day_is_off_and_its_adjusted_Sunday_and_Saturday_are_working_days(string date, bool working) =>
        Official.IsWorkingDay(D(date)).ShouldBe(working, date);

    // R-CAL-11: workday = (Mon–Fri and not HOLIDAY) or ADJUSTED_WORKDAY; Describe names the kind and the holiday.
    [Theory]
    [InlineData("2026-10-04", CalendarDayKind.StatutoryHoliday, "法定节假日", "国庆节")]
    [InlineData("2026-02-28", CalendarDayKind.AdjustedWorkday, "调休上班日", "春节调休上班")]
    [InlineData("2026-03-07", CalendarDayKind.RestDay, "休息日", null)]
    [InlineData("2026-03-09", CalendarDayKind.WorkingDay, "工作日", null)]
    [InlineData("2025-10-06", CalendarDayKind.StatutoryHoliday, "法定节假日", "国庆节、中秋节")]
    public void Describe_names_the_kind_of_day_and_the_holiday(string date, CalendarDayKind kind, string kindName, string? name)
    {
        var info = Official.Describe(D(date));

        info.Date.ShouldBe(D(date));
        info.Kind.ShouldBe(kind);
        info.KindName.ShouldBe(kindName);
        info.Name.ShouldBe(name);
        info.IsWorkingDay.ShouldBe(Official.IsWorkingDay(D(date)));
    }

    // R-CAL-11: a described holiday reads as the UI shows it.
    [Fact]
    public void A_described_day_prints_its_date_kind_and_holiday_name() =>
        Official.Describe(D("2026-10-04")).ToString().ShouldBe("2026-10-04 法定节假日（国庆节）");

    // R-CAL-5, R-CAL-11: the next working day on or after a date skips holidays and rest days.
    [Theory]
    [InlineData("2025-10-01", "2025-10-09")]
    [InlineData("2026-02-14", "2026-02-14")]
    [InlineData("2026-02-15", "2026-02-24")]
    [InlineData("2026-03-07", "2026-03-09")]
    [InlineData("2024-02-10", "2024-02-18")]
    public void The_next_working_day_on_or_after_a_date_skips_holidays_and_weekends(string date, string expected) =>
        Official.NextWorkingDayOnOrAfter(D(date)).ShouldBe(D(expected));

    // R-CAL-8: the shipped schedules are 2024 (国办发明电〔2023〕7号), 2025 (R-CAL-9) and 2026 (R-CAL-10); 2027 is a
    // provisional year holding only the statutory holidays of R-CAL-7 until the State Council's schedule is imported.
    [Fact]
    public void The_shipped_calendar_holds_2024_to_2026_in_order_and_a_provisional_2027()
    {
        Official.LoadedYears.ShouldBe([2024, 2025, 2026, 2027]);
        Official.Years.Select(y => y.RuleId).ShouldBe(["R-CAL-8", "R-CAL-9", "R-CAL-10", "R-CAL-7"]);
        Official.Years[3].Source.ShouldStartWith("暂定");
        Official.Years[3].AdjustedWorkdays.ShouldBeEmpty();
        Official.Years[0].Source.ShouldContain("国办发明电〔2023〕7号");
        Official.Years[1].Source.ShouldContain("国办发明电〔2024〕12号");
        Official.Years[2].Source.ShouldContain("2025年11月4日");
    }

    // R-CAL-8, R-CAL-11: never guess — a year without a State Council schedule cannot be answered.
    [Theory]
    [InlineData("2028-01-04", 2028)]
    [InlineData("2023-12-29", 2023)]
    public void Asking_about_a_year_without_a_loaded_schedule_fails_with_year_not_loaded(string date, int year)
    {
        var ex = Should.Throw<DomainRuleException>(() => Official.IsWorkingDay(D(date)));

        ex.Code.ShouldBe("calendar.year-not-loaded");
        ex.Message.ShouldBe(
            $"日历未包含{year}年的节假日安排，无法计算期限；请先导入该年度国务院办公厅放假通知（weijian calendar import）");
        Should.Throw<DomainRuleException>(() => Official.Describe(D(date))).Code.ShouldBe("calendar.year-not-loaded");
    }

    // R-CAL-8, R-CAL-11: the search for the next working day stops at the edge of the loaded years.
    [Fact]
    public void The_next_working_day_search_does_not_run_past_the_loaded_years()
    {
        var only2026 = new BusinessCalendar(Official.Years.Where(y => y.Year == 2026));

        only2026.NextWorkingDayOnOrAfter(D("2026-12-31")).ShouldBe(D("2026-12-31"));
        Should.Throw<DomainRuleException>(() => only2026.NextWorkingDayOnOrAfter(D("2027-01-01")))
            .Code.ShouldBe("calendar.year-not-loaded");
        Should.Throw<DomainRuleException>(() => only2026.IsWorkingDay(D("2025-12-31")))
            .Code.ShouldBe("calendar.year-not-loaded");
    }

    // R-CAL-8: a re-imported schedule for a year replaces the earlier one.
    [Fact]
    public void A_later_schedule_for_the_same_year_replaces_the_earlier_one()
    {
        var original = Official.Years.Single(y => y.Year == 2026);
        var corrected = original with
        {
            Source = "更正后的通知",
            AdjustedWorkdays = [.. original.AdjustedWorkdays.Where(a => a.Date != D("2026-02-28"))],
        };

        var calendar = new BusinessCalendar([original, corrected]);

        calendar.LoadedYears.ShouldBe([2026]);
        calendar.Years.Single().Source.ShouldBe("更正后的通知");
        calendar.IsWorkingDay(D("2026-02-28")).ShouldBeFalse();
        calendar.IsWorkingDay(D("2026-02-14")).ShouldBeTrue();
    }

    // R-CAL-11: a schedule built in code is validated like a file (adjusted workdays are weekend days).
    [Fact]
    public void A_schedule_built_in_code_is_validated_like_a_file()
    {
        var bad = new CalendarYear(2026, "测试", "R-CAL-10", [], [new AdjustedWorkday("错误", D("2026-01-05"))]);

        var ex = Should.Throw<DomainRuleException>(() => new BusinessCalendar([bad]));

        ex.Code.ShouldBe("calendar.invalid-file");
        ex.Message.ShouldContain("2026-01-05");
        ex.Message.ShouldContain("星期一");
    }

    // R-CAL-7: "normally no more than 6 consecutive working days around holidays" — a typo guard on the shipped data.
    [Fact]
    public void No_shipped_year_has_more_than_six_consecutive_working_days()
    {
        var longest = 0;
        var run = 0;
        for (var day = D("2024-01-01"); day <= D("2026-12-31"); day = day.AddDays(1))
        {
            run = Official.IsWorkingDay(day) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        longest.ShouldBe(6);
    }

    // R-CAL-7, R-CAL-11: working days per year, counted by hand (weekdays − weekday holidays + adjusted workdays):
    // 2024: 366 − 104 − 19 + 8 = 251; 2025: 365 − 104 − 18 + 5 = 248; 2026: 365 − 104 − 19 + 6 = 248.
    [Theory]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Each_shipped_year_has_the_hand_counted_number_of_working_days(int year, int workingDays)
    {
        var count = 0;
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            count += Official.IsWorkingDay(day) ? 1 : 0;
        }

        count.ShouldBe(workingDays);
    }
}
