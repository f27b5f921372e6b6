using Weijian.Enforcement.Money;
using Weijian.Platform.Rules;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Enforcement;

/// <summary>R-PEN-26: 15 calendar days to pay (R-CAL-1), holiday end moved (R-CAL-5), deferral and instalments.</summary>
public class PaymentPlanTests
{
    // R-PEN-26, R-CAL-1, R-CAL-5: received Sat 2026-01-31, day 15 is 2026-02-15 (春节 2/15–2/23) → Tue 2026-02-24.
    [Fact]
    public void Fifteen_days_ending_in_the_2026_Spring_Festival_move_to_the_first_working_day_after_it()
    {
        var plan = PaymentPlan.Standard(Official, 30_000.00m, D("2026-01-31"));

        plan.Kind.ShouldBe(PaymentPlanKind.Standard);
        plan.StatutoryPeriod.NominalDue.ShouldBe(D("2026-02-15"));
        plan.FinalDue.ShouldBe(D("2026-02-24"));
        plan.Instalments.ShouldHaveSingleItem().Amount.ShouldBe(30_000.00m);
        plan.StatutoryPeriod.RuleId.ShouldBe("R-PEN-26");
        plan.Description.ShouldStartWith("罚款30,000.00元，应自2026年1月31日收到处罚决定书之日起十五日内缴纳，即2026年2月24日前");
    }

    // R-PEN-26, R-CAL-8/R-CAL-11: received Fri 2026-01-30, day 15 is Sat 2026-02-14 — a 调休上班日, so no extension.
    [Fact]
    public void Fifteen_days_ending_on_an_adjusted_working_Saturday_are_not_extended()
    {
        var plan = PaymentPlan.Standard(Official, 30_000.00m, D("2026-01-30"));

        plan.FinalDue.ShouldBe(D("2026-02-14"));
        plan.StatutoryPeriod.IsExtended.ShouldBeFalse();
    }

    // R-PEN-26, R-CAL-5: received 2025-12-17, day 15 is 2026-01-01 (元旦 1/1–1/3) → Sun 2026-01-04, an adjusted workday.
    [Fact]
    public void Fifteen_days_ending_on_New_Year_2026_move_to_the_adjusted_working_Sunday()
    {
        PaymentPlan.Standard(Official, 1_234.56m, D("2025-12-17")).FinalDue.ShouldBe(D("2026-01-04"));
    }

    // R-PEN-26 暂缓: an approved date that falls on 劳动节 2026 (5/1–5/5) is payable on Wed 2026-05-06.
    [Fact]
    public void A_deferral_ending_on_a_holiday_is_payable_on_the_next_working_day()
    {
        var plan = PaymentPlan.Deferred(Official, 8_000.00m, D("2026-03-02"), D("2026-05-02"));

        plan.Kind.ShouldBe(PaymentPlanKind.Deferred);
        plan.Instalments[0].ApprovedDue.ShouldBe(D("2026-05-02"));
        plan.FinalDue.ShouldBe(D("2026-05-06"));
        plan.Description.ShouldBe("罚款8,000.00元，经批准暂缓至2026年5月6日前缴纳（批准的期限2026年5月2日为法定节假日或休息日，顺延至2026年5月6日）（行政处罚法第六十六条第二款）");
    }

    [Fact]
    public void A_deferral_no_later_than_the_statutory_due_date_is_refused()
    {
        // Received 2026-03-02 → statutory last day 2026-03-17.
        Should.Throw<DomainRuleException>(() => PaymentPlan.Deferred(Official, 8_000.00m, D("2026-03-02"), D("2026-03-17")))
            .Code.ShouldBe(PaymentPlan.DeferralDateCode);
        PaymentPlan.Deferred(Official, 8_000.00m, D("2026-03-02"), D("2026-03-18")).FinalDue.ShouldBe(D("2026-03-18"));
    }

    // R-PEN-26 分期: amounts must add up to the fine exactly, to the 分.
    [Fact]
    public void Instalments_that_do_not_sum_to_the_fine_are_refused()
    {
        var error = Should.Throw<DomainRuleException>(() => PaymentPlan.InInstalments(
            Official, 1_234.56m, D("2026-03-02"), [new(D("2026-03-31"), 617.28m), new(D("2026-04-30"), 617.27m)]));

        error.Code.ShouldBe(PaymentPlan.InstalmentsSumCode);
        error.Message.ShouldBe("各期金额合计1,234.55元，与罚款数额1,234.56元不一致");
    }

    [Fact]
    public void Instalments_that_sum_to_the_fine_make_a_plan_ending_on_the_last_instalment()
    {
        var plan = PaymentPlan.InInstalments(
            Official, 1_234.56m, D("2026-03-02"), [new(D("2026-03-31"), 617.28m), new(D("2026-05-31"), 617.28m)]);

        plan.Instalments.Select(i => (i.Number, i.Due)).ShouldBe([(1, D("2026-03-31")), (2, D("2026-06-01"))]);
        plan.FinalDue.ShouldBe(D("2026-06-01"));
    }

    [Fact]
    public void A_single_instalment_is_refused()
    {
        Should.Throw<DomainRuleException>(() => PaymentPlan.InInstalments(Official, 100.00m, D("2026-03-02"), [new(D("2026-03-31"), 100.00m)]))
            .Code.ShouldBe(PaymentPlan.InstalmentCountCode);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-04-30")] // first instalment on the day of receipt
    [InlineData("2026-04-30", "2026-04-30")] // two instalments on the same day
    [InlineData("2026-04-30", "2026-03-31")] // out of order
    public void Instalment_dates_must_increase_after_receipt(string first, string second)
    {
        Should.Throw<DomainRuleException>(() => PaymentPlan.InInstalments(
                Official, 200.00m, D("2026-03-02"), [new(D(first), 100.00m), new(D(second), 100.00m)]))
            .Code.ShouldBe(PaymentPlan.InstalmentDatesCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(0.001)]
    public void Instalment_amounts_must_be_positive_whole_fen(decimal amount)
    {
        var error = Should.Throw<DomainRuleException>(() => PaymentPlan.InInstalments(
            Official, 200.00m, D("2026-03-02"), [new(D("2026-03-31"), 100.00m), new(D("2026-04-30"), amount)]));

        error.Code.ShouldBe(PaymentPlan.InstalmentAmountCode);
        error.Fields.ShouldBe(["instalments[1].amount"]);
    }

    [Fact]
    public void The_fine_must_be_positive()
    {
        Should.Throw<DomainRuleException>(() => PaymentPlan.Standard(Official, 0m, D("2026-03-02"))).Code.ShouldBe(PaymentPlan.FineAmountCode);
    }
}
