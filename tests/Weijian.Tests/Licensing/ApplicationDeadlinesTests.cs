using Weijian.Licensing.Applications;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Licensing;

/// <summary>
/// Acceptance item 1 of issue #6: worked examples of the licensing periods on the shipped 2025/2026 calendars (R-CAL-2:
/// working days, holidays excluded, 调休 Saturdays and Sundays counted) across 国庆 2025 (10-01…10-08, 调休 09-28 and 10-11),
/// 春节 2026 (02-15…02-23, 调休 02-14 and 02-28) and 国庆 2026 (10-01…10-07, 中秋 09-25, 调休 09-20 and 10-10).
/// </summary>
public sealed class ApplicationDeadlinesTests
{
    private static readonly Weijian.Platform.Calendar.BusinessCalendar Cal = Official;

    private static ExcludedPeriod Testing(string from, string to) => new(ExcludedPeriodKind.Testing, D(from), D(to), "水质检验", D(from));

    [Fact]
    public void Twenty_working_days_from_acceptance_run_across_national_day_2025_R_LIC_4()
    {
        // 09-23…09-26 (4), 09-28 调休 (5), 09-29, 09-30 (7), 10-09, 10-10 (9), 10-11 调休 (10), 10-13…10-17 (15), 10-20…10-24 (20).
        ApplicationDeadlines.Decision(Cal, D("2025-09-22"), 20, false, []).Due.ShouldBe(D("2025-10-24"));
    }

    [Fact]
    public void The_one_extension_adds_ten_working_days_R_LIC_4()
    {
        ApplicationDeadlines.Decision(Cal, D("2025-09-22"), 20, true, []).Due.ShouldBe(D("2025-11-07"));
    }

    [Fact]
    public void A_testing_period_is_excluded_from_the_time_limit_R_LIC_6()
    {
        // 10-13…10-17 excluded: the five working days are counted after 10-24 instead.
        ApplicationDeadlines.Decision(Cal, D("2025-09-22"), 20, false, [Testing("2025-10-13", "2025-10-17")]).Due.ShouldBe(D("2025-10-31"));
        ApplicationDeadlines.Decision(Cal, D("2025-09-22"), 20, true, [Testing("2025-10-13", "2025-10-17")]).Due.ShouldBe(D("2025-11-14"));
    }

    [Fact]
    public void A_running_period_not_yet_ended_does_not_move_the_deadline_until_it_ends_R_LIC_6()
    {
        var open = new ExcludedPeriod(ExcludedPeriodKind.Testing, D("2025-10-13"), null, "检验中", D("2025-10-13"));
        ApplicationDeadlines.Decision(Cal, D("2025-09-22"), 20, false, [open]).Due.ShouldBe(D("2025-10-24"));
    }

    [Fact]
    public void Materials_arriving_before_national_day_2025_are_deemed_accepted_on_arrival_once_five_working_days_pass_R_LIC_2()
    {
        // Arrived 09-30: 10-09 (1), 10-10 (2), 10-11 调休 (3), 10-13 (4), 10-14 (5).
        ApplicationDeadlines.Notice(Cal, D("2025-09-30")).Due.ShouldBe(D("2025-10-14"));
        ApplicationDeadlines.NoticeWindowPassed(Cal, D("2025-09-30"), D("2025-10-14")).ShouldBeFalse();
        ApplicationDeadlines.NoticeWindowPassed(Cal, D("2025-09-30"), D("2025-10-15")).ShouldBeTrue();

        // Deemed accepted on the day of arrival: the 20 working days count from 09-30, not from the day it was marked.
        ApplicationDeadlines.Decision(Cal, D("2025-09-30"), 20, false, []).Due.ShouldBe(D("2025-11-04"));
    }

    [Fact]
    public void Materials_arriving_before_spring_festival_2026_are_deemed_accepted_after_the_holiday_window_R_LIC_2()
    {
        // Arrived 02-12: 02-13 (1), 02-14 调休 (2), 02-24 (3), 02-25 (4), 02-26 (5).
        ApplicationDeadlines.Notice(Cal, D("2026-02-12")).Due.ShouldBe(D("2026-02-26"));
        ApplicationDeadlines.NoticeWindowPassed(Cal, D("2026-02-12"), D("2026-02-26")).ShouldBeFalse();
        ApplicationDeadlines.NoticeWindowPassed(Cal, D("2026-02-12"), D("2026-02-27")).ShouldBeTrue();

        // 02-13, 02-14 调休, 02-24…02-27 (6), 02-28 调休 (7), 03-02…03-06 (12), 03-09…03-13 (17), 03-16…03-18 (20).
        ApplicationDeadlines.Decision(Cal, D("2026-02-12"), 20, false, []).Due.ShouldBe(D("2026-03-18"));
        ApplicationDeadlines.Promised(Cal, D("2026-02-12"), 5, []).ShouldBe(D("2026-02-26"));
        ApplicationDeadlines.WorkingDaysLeft(Cal, D("2026-02-12"), D("2026-02-26")).ShouldBe(5);
        ApplicationDeadlines.WorkingDaysLeft(Cal, D("2026-02-26"), D("2026-02-12")).ShouldBe(-5);
    }

    [Fact]
    public void Twenty_working_days_across_mid_autumn_and_national_day_2026_and_the_certificate_within_ten_R_LIC_4_R_LIC_5()
    {
        // 09-15…09-18 (4), 09-20 调休 (5), 09-21…09-24 (9), 09-25 中秋, 09-28…09-30 (12), 10-08, 10-09 (14), 10-10 调休 (15), 10-12…10-16 (20).
        ApplicationDeadlines.Decision(Cal, D("2026-09-14"), 20, false, []).Due.ShouldBe(D("2026-10-16"));

        // Decided 09-30: 10-08 (1), 10-09 (2), 10-10 调休 (3), 10-12…10-16 (8), 10-19, 10-20 (10).
        ApplicationDeadlines.Certificate(Cal, D("2026-09-30")).Due.ShouldBe(D("2026-10-20"));
    }

    [Fact]
    public void A_renewal_is_filed_at_least_thirty_days_before_expiry_and_deemed_renewed_after_the_expiry_day_even_in_national_day_2026_R_LIC_8()
    {
        // The expiry day is the license's own date, not a procedural period: it does not move past the holiday.
        var until = D("2026-10-05");
        ApplicationDeadlines.LastRenewalFilingDay(until).ShouldBe(D("2026-09-05"));
        ApplicationDeadlines.RenewalDeemed(until, D("2026-10-05")).ShouldBeFalse();
        ApplicationDeadlines.RenewalDeemed(until, D("2026-10-06")).ShouldBeTrue();
        ApplicationDeadlines.RenewedUntil(until, 4).ShouldBe(D("2030-10-05"));
    }
}
