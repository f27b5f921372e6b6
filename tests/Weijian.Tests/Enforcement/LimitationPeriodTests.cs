using Weijian.Enforcement.Money;
using Weijian.Platform.Rules;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Enforcement;

/// <summary>R-PEN-7 追责时效 (行政处罚法第三十六条): 2 years, 5 for life/health safety with harm; from the end of a continuing act.</summary>
public class LimitationPeriodTests
{
    // R-PEN-7: start day not counted, the period ends on the corresponding day — an act of 2024-03-10 may be discovered
    // on 2026-03-10 but not on 2026-03-11.
    [Theory]
    [InlineData("2026-03-10", false)]
    [InlineData("2026-03-11", true)]
    public void Two_years_end_on_the_corresponding_day(string discovered, bool expired)
    {
        var period = LimitationPeriod.Compute(D("2024-03-10"), null, false, false, D(discovered));

        period.Years.ShouldBe(2);
        period.LastDay.ShouldBe(D("2026-03-10"));
        period.IsExpired.ShouldBe(expired);
    }

    // R-PEN-7, leap day: from 2024-02-29 two years end on 2026-02-28, February 2026 having no 29th (民法典第二百零二条).
    [Theory]
    [InlineData("2026-02-28", false)]
    [InlineData("2026-03-01", true)]
    public void A_period_from_a_leap_day_ends_on_28_February(string discovered, bool expired)
    {
        var period = LimitationPeriod.Compute(D("2024-02-29"), null, false, false, D(discovered));

        period.LastDay.ShouldBe(D("2026-02-28"));
        period.IsExpired.ShouldBe(expired);
        period.RuleText.ShouldContain("至2026-02-28届满（2026年2月无29日，以2月28日为期间最后一日）");
    }

    // R-PEN-7: life/health safety AND harm → 5 years; the act of 2021-03-01 is still punishable when discovered 2026-02-10.
    [Fact]
    public void Harm_to_life_and_health_extends_the_period_to_five_years()
    {
        var period = LimitationPeriod.Compute(D("2021-03-01"), null, true, true, D("2026-02-10"));

        period.Years.ShouldBe(5);
        period.LastDay.ShouldBe(D("2026-03-01"));
        period.IsExpired.ShouldBeFalse();
        period.RuleText.ShouldBe(
            "R-PEN-7（行政处罚法第三十六条）：自违法行为发生之日2021-03-01起计算，涉及公民生命健康安全、金融安全且有危害后果，期限为五年，"
            + "起算日不计入，至2026-03-01届满；2026-02-10发现，未超过追责期限");
    }

    // R-PEN-7: both conditions are needed — life/health safety without harm stays at 2 years (and has expired here).
    [Fact]
    public void Life_and_health_safety_without_harm_keeps_two_years()
    {
        var period = LimitationPeriod.Compute(D("2021-03-01"), null, true, false, D("2026-02-10"));

        period.Years.ShouldBe(2);
        period.LastDay.ShouldBe(D("2023-03-01"));
        period.IsExpired.ShouldBeTrue();
        period.RuleText.ShouldContain("虽涉及公民生命健康安全或金融安全，但无危害后果，期限为二年");
        period.RuleText.ShouldEndWith("2026-02-10发现，已超过追责期限，不再给予行政处罚");
    }

    // R-PEN-7: a 5-year leap-day case: 2024-02-29 + 5 years → 2029-02-28.
    [Fact]
    public void A_five_year_period_from_a_leap_day_ends_on_28_February()
    {
        LimitationPeriod.Compute(D("2024-02-29"), null, true, true, D("2026-01-01")).LastDay.ShouldBe(D("2029-02-28"));
    }

    // R-PEN-7: a continuing act counts from the day it ended — begun 2023-05-10 (two years out on 2025-05-10), ended
    // 2024-06-30, it is still punishable when discovered on 2026-06-15.
    [Fact]
    public void A_continuing_act_counts_from_its_end()
    {
        var period = LimitationPeriod.Compute(D("2023-05-10"), D("2024-06-30"), false, false, D("2026-06-15"));

        period.CountsFrom.ShouldBe(D("2024-06-30"));
        period.LastDay.ShouldBe(D("2026-06-30"));
        period.IsExpired.ShouldBeFalse();
        period.RuleText.ShouldContain("违法行为有连续或者继续状态，自行为终了之日2024-06-30起计算");
    }

    // The period limits the power to punish, so a last day on a holiday is not moved: 2023-10-01 + 2 = 2025-10-01 (国庆).
    [Fact]
    public void A_last_day_on_a_holiday_is_not_extended()
    {
        var period = LimitationPeriod.Compute(D("2023-10-01"), null, false, false, D("2025-10-02"));

        period.LastDay.ShouldBe(D("2025-10-01"));
        period.IsExpired.ShouldBeTrue();
    }

    [Fact]
    public void An_end_before_the_act_or_a_discovery_before_the_act_is_refused()
    {
        Should.Throw<DomainRuleException>(() => LimitationPeriod.Compute(D("2025-05-10"), D("2025-05-09"), false, false, D("2025-06-01")))
            .Code.ShouldBe(LimitationPeriod.InvalidDatesCode);
        Should.Throw<DomainRuleException>(() => LimitationPeriod.Compute(D("2025-05-10"), null, false, false, D("2025-05-09")))
            .Code.ShouldBe(LimitationPeriod.InvalidDatesCode);
    }
}
