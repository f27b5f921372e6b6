using Weijian.Enforcement.Money;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Rules;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Enforcement;

/// <summary>The clocks of a penalty case on the official 2025/2026 calendar (R-CAL-1, R-CAL-4, R-CAL-5, R-CAL-11).</summary>
public class PenaltyDeadlinesTests
{
    // R-PEN-6: filed Mon 2025-11-17 + 90 calendar days = 2026-02-15 (11/30 is day 13, 12/31 day 44, 1/31 day 75, 2/15 day 90),
    // inside 春节 2026 (2/15–2/23) → Tue 2026-02-24.
    [Fact]
    public void The_ninety_day_decision_period_ending_in_the_Spring_Festival_moves_past_it()
    {
        var deadline = PenaltyDeadlines.DecisionPeriod(Official, D("2025-11-17"));

        deadline.RuleId.ShouldBe("R-PEN-6");
        deadline.LegalBasis.ShouldBe("行政处罚法第六十条");
        deadline.Unit.ShouldBe(DeadlineUnit.CalendarDays);
        deadline.NominalDue.ShouldBe(D("2026-02-15"));
        deadline.Due.ShouldBe(D("2026-02-24"));
    }

    // R-PEN-6: ten days of 检验检测 (2025-12-01…12-10) do not count: nominal 2026-02-25, a working day.
    [Fact]
    public void Days_of_a_listed_extension_cause_are_not_counted()
    {
        var deadline = PenaltyDeadlines.DecisionPeriod(
            Official, D("2025-11-17"), [new DecisionPeriodExtension(DecisionExtensionCause.TestingOrAppraisal, D("2025-12-01"), D("2025-12-10"))]);

        deadline.Due.ShouldBe(D("2026-02-25"));
        deadline.Pauses.ShouldHaveSingleItem().Reason.ShouldBe("检验、检测、检疫、鉴定");
    }

    // R-PEN-6: only listed causes extend the period; workload and staff changes are refused.
    [Theory]
    [InlineData("工作忙")]
    [InlineData("人员变动")]
    [InlineData("")]
    [InlineData(null)]
    public void Workload_and_staff_changes_are_not_extension_causes(string? cause)
    {
        var error = Should.Throw<DomainRuleException>(() => DecisionExtensionCauses.Parse(cause));

        error.Code.ShouldBe(DecisionExtensionCauses.NotAllowedCode);
        error.Message.ShouldContain("工作繁忙、人员变动等不属于延长事由");
    }

    [Theory]
    [InlineData("force-majeure", DecisionExtensionCause.ForceMajeure)]
    [InlineData("当事人下落不明", DecisionExtensionCause.PartyMissing)]
    [InlineData(" AWAITING-OTHER-CASE-OR-AUTHORITY ", DecisionExtensionCause.AwaitingOtherCaseOrAuthority)]
    [InlineData("检验、检测、检疫、鉴定", DecisionExtensionCause.TestingOrAppraisal)]
    public void Listed_causes_parse_by_code_or_Chinese_name(string text, DecisionExtensionCause cause) =>
        DecisionExtensionCauses.Parse(text).ShouldBe(cause);

    // R-PEN-15 (practice: 3 working days): served Wed 2025-12-31, 元旦 1/1–1/3 off, Sun 1/4 调休 (1), 1/5 (2), 1/6 (3).
    [Fact]
    public void The_customary_three_working_days_for_defence_skip_New_Year_and_count_the_adjusted_Sunday()
    {
        var deadline = PenaltyDeadlines.DefensePeriod(Official, D("2025-12-31"));

        deadline.Due.ShouldBe(D("2026-01-06"));
        deadline.RuleId.ShouldBe("R-PEN-15");
        deadline.LegalBasis.ShouldContain("实践惯例");
        Should.Throw<DomainRuleException>(() => PenaltyDeadlines.DefensePeriod(Official, D("2025-12-31"), 0))
            .Code.ShouldBe(PenaltyDeadlines.InvalidDefenseDaysCode);
    }

    // R-PEN-17: notice served Fri 2025-09-26: Sun 9/28 调休 (1), 9/29 (2), 9/30 (3), 国庆/中秋 10/1–10/8 off, 10/9 (4), 10/10 (5).
    [Fact]
    public void The_hearing_request_period_is_five_working_days_across_National_Day_2025()
    {
        var deadline = PenaltyDeadlines.HearingRequestPeriod(Official, D("2025-09-26"));

        deadline.Due.ShouldBe(D("2025-10-10"));
        deadline.Unit.ShouldBe(DeadlineUnit.WorkingDays);
        deadline.RuleApplied.ShouldStartWith("R-CAL-1/R-CAL-11：按工作日计算");
    }

    // R-PEN-17: hearing notice served Mon 2025-09-29: 9/30 (1), 10/9 (2), 10/10 (3), Sat 10/11 调休 (4), 10/13 (5), 10/14 (6),
    // 10/15 (7) → the hearing may be held on 2025-10-15 at the earliest, not on 10/14.
    [Fact]
    public void The_earliest_hearing_is_seven_working_days_after_the_hearing_notice()
    {
        PenaltyDeadlines.EarliestHearingDate(Official, D("2025-09-29")).ShouldBe(D("2025-10-15"));
        PenaltyDeadlines.IsHearingNoticeTimely(Official, D("2025-09-29"), D("2025-10-14")).ShouldBeFalse();
        PenaltyDeadlines.IsHearingNoticeTimely(Official, D("2025-09-29"), D("2025-10-15")).ShouldBeTrue();
    }

    // R-PEN-24: announced Thu 2026-02-12: Fri 2/13 (1), Sat 2/14 调休 (2), 春节 off, 2/24 (3) … Sat 2/28 调休 (7).
    [Fact]
    public void Service_within_seven_working_days_spans_the_Spring_Festival_and_its_adjusted_Saturdays()
    {
        var deadline = PenaltyDeadlines.ServicePeriod(Official, D("2026-02-12"));

        deadline.Due.ShouldBe(D("2026-02-28"));
        deadline.LegalBasis.ShouldBe("行政处罚法第六十一条第一款");
    }

    // R-PEN-25: published 2026-01-20 + 30 days = 2026-02-19 (春节) → service takes effect 2026-02-24.
    [Fact]
    public void Public_notice_service_takes_effect_thirty_days_after_publication()
    {
        var deadline = PenaltyDeadlines.PublicNoticeService(Official, D("2026-01-20"));

        deadline.NominalDue.ShouldBe(D("2026-02-19"));
        deadline.Due.ShouldBe(D("2026-02-24"));
        deadline.RuleId.ShouldBe("R-PEN-25");
    }

    // R-PEN-26: same rule as PaymentPlan — received 2026-01-31 → 2026-02-24.
    [Fact]
    public void The_payment_period_is_fifteen_calendar_days() =>
        PenaltyDeadlines.PaymentPeriod(Official, D("2026-01-31")).Due.ShouldBe(D("2026-02-24"));

    // R-PEN-14: preserved Wed 2026-09-30: 国庆 10/1–10/7 off, 10/8 (1), 10/9 (2), Sat 10/10 调休 (3), 10/12 (4) … 10/15 (7).
    [Fact]
    public void Preserved_evidence_is_disposed_of_within_seven_working_days()
    {
        PenaltyDeadlines.PreservationDisposalPeriod(Official, D("2026-09-30")).Due.ShouldBe(D("2026-10-15"));
    }

    // R-PEN-30: reported Fri 2026-02-13 + 3 calendar days = 2/16 (春节) → 2/24; transfer within 24 hours of approval.
    [Fact]
    public void The_head_decides_a_criminal_referral_within_three_days_and_the_transfer_follows_within_24_hours()
    {
        var decision = PenaltyDeadlines.ReferralDecisionPeriod(Official, D("2026-02-13"));

        decision.Due.ShouldBe(D("2026-02-24"));
        decision.RuleId.ShouldBe("R-PEN-30");
        PenaltyDeadlines.ReferralTransferDueBy(new DateTimeOffset(2026, 2, 24, 10, 30, 0, TimeSpan.FromHours(8)))
            .ShouldBe(new DateTimeOffset(2026, 2, 25, 10, 30, 0, TimeSpan.FromHours(8)));
    }
}
