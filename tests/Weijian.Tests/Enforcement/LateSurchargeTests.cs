using Weijian.Enforcement.Money;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Rules;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Enforcement;

/// <summary>R-PEN-27 加处罚款: 3% of the (unpaid) fine per day from the day after the due date, capped at the fine.</summary>
public class LateSurchargeTests
{
    /// <summary>One worked example: a fine, its last day to pay, what happened, and the surcharge a clerk computes by hand.</summary>
    public sealed record WorkedExample(
        string Name,
        decimal Fine,
        string Due,
        string Through,
        (string PaidOn, decimal Amount)[] Payments,
        (string From, string To)[] Remedies,
        int DaysCounted,
        int SuspendedDays,
        decimal Amount,
        bool Capped);

    // Worked examples (calendar: data/calendar/2025.json, 2026.json). Due dates come from R-PEN-26: decision received + 15
    // calendar days, moved to the next working day when the 15th day is a holiday (R-CAL-5); see PaymentPlanTests.
    //
    // | example            | fine      | due        | through    | arithmetic                                                   | surcharge |
    // |--------------------|-----------|------------|------------|--------------------------------------------------------------|-----------|
    // | 春节2026            | 30,000.00 | 2026-02-24 | 2026-03-20 | 2/25–3/20 = 4+20 = 24 days; 30,000 × 3% × 24 = 21,600          | 21,600.00 |
    // | 春节2026 cap        | 30,000.00 | 2026-02-24 | 2026-03-31 | day 33 (3/29) = 99%, day 34 (3/30) = 102% ≥ 100% → capped     | 30,000.00 |
    // | 元旦2026 odd fen    | 1,234.56  | 2026-01-04 | 2026-01-11 | 1/5–1/11 = 7 days; 1,234.56 × 3% = 37.0368/day; × 7 = 259.2576 | 259.26    |
    // |   (per-day rounding would give 37.04 × 7 = 259.28 — we round once)                                                     |
    // | 元旦2026 partial    | 1,234.56  | 2026-01-04 | 2026-01-11 | 1,000.00 paid 1/7: 1/5–1/7 3 × 37.0368 = 111.1104;            | 139.26    |
    // |                    |           |            |            | 1/8–1/11 on 234.56: 4 × 7.0368 = 28.1472; sum 139.2576         |           |
    // | 国庆2025 复议        | 10,000.00 | 2025-10-09 | 2025-11-30 | 10/10–11/30 = 52 days, 复议 10/20–11/18 = 30 days not counted; | 6,600.00  |
    // |                    |           |            |            | 22 × 10,000 × 3% = 6,600                                      |           |
    // | half a fen         | 1,500.50  | 2026-03-31 | 2026-04-03 | 3 × 45.015 = 135.045 → 四舍五入 135.05 (banker's: 135.04)       | 135.05    |
    // | paid on the due day| 5,000.00  | 2026-03-31 | 2026-04-30 | 5,000.00 paid 3/31: nothing overdue                           | 0.00      |
    // | paid one day late  | 5,000.00  | 2026-03-31 | 2026-04-30 | paid 4/1: the payment day still accrues, 1 × 150 = 150         | 150.00    |
    // | not yet due        | 5,000.00  | 2026-03-31 | 2026-03-31 | through = due day: no day overdue                             | 0.00      |
    public static readonly TheoryData<WorkedExample> Examples =
    [
        new WorkedExample("春节2026", 30_000.00m, "2026-02-24", "2026-03-20", [], [], 24, 0, 21_600.00m, false),
        new WorkedExample("春节2026 cap", 30_000.00m, "2026-02-24", "2026-03-31", [], [], 34, 0, 30_000.00m, true),
        new WorkedExample("元旦2026 odd fen", 1_234.56m, "2026-01-04", "2026-01-11", [], [], 7, 0, 259.26m, false),
        new WorkedExample("元旦2026 partial", 1_234.56m, "2026-01-04", "2026-01-11", [("2026-01-07", 1_000.00m)], [], 7, 0, 139.26m, false),
        new WorkedExample("国庆2025 复议", 10_000.00m, "2025-10-09", "2025-11-30", [], [("2025-10-20", "2025-11-18")], 22, 30, 6_600.00m, false),
        new WorkedExample("half a fen", 1_500.50m, "2026-03-31", "2026-04-03", [], [], 3, 0, 135.05m, false),
        new WorkedExample("paid on the due day", 5_000.00m, "2026-03-31", "2026-04-30", [("2026-03-31", 5_000.00m)], [], 0, 0, 0m, false),
        new WorkedExample("paid one day late", 5_000.00m, "2026-03-31", "2026-04-30", [("2026-04-01", 5_000.00m)], [], 1, 0, 150.00m, false),
        new WorkedExample("not yet due", 5_000.00m, "2026-03-31", "2026-03-31", [], [], 0, 0, 0m, false),
    ];

    // R-PEN-27: every worked example of the table above, to the 分.
    [Theory]
    [MemberData(nameof(Examples))]
    public void Surcharge_matches_the_worked_example_to_the_fen(WorkedExample example)
    {
        var result = LateSurcharge.Compute(
            example.Fine,
            D(example.Due),
            D(example.Through),
            [.. example.Payments.Select(p => new FinePayment(D(p.PaidOn), p.Amount))],
            [.. example.Remedies.Select(r => new PausedInterval(D(r.From), D(r.To), "行政复议"))]);

        result.DaysCounted.ShouldBe(example.DaysCounted, example.Name);
        result.SuspendedDays.ShouldBe(example.SuspendedDays, example.Name);
        result.Amount.ShouldBe(example.Amount, example.Name);
        result.IsCapped.ShouldBe(example.Capped, example.Name);
        result.Amount.ShouldBeLessThanOrEqualTo(example.Fine);
    }

    // R-PEN-27 + R-PEN-26: a ¥30,000 fine received 2026-01-31 falls due on 2026-02-15 (春节), so the last day is 2026-02-24
    // and the surcharge starts on 2026-02-25; the Chinese explanation says so.
    [Fact]
    public void A_fine_due_in_the_2026_Spring_Festival_accrues_from_the_day_after_the_holiday()
    {
        var plan = PaymentPlan.Standard(Official, 30_000.00m, D("2026-01-31"));

        var result = LateSurcharge.Compute(plan, D("2026-03-20"));

        plan.FinalDue.ShouldBe(D("2026-02-24"));
        result.AccruesFrom.ShouldBe(D("2026-02-25"));
        result.Amount.ShouldBe(21_600.00m);
        result.Explanation.ShouldBe(
            "自2026年2月25日起按罚款数额每日3%加处罚款，至2026年3月20日计24日，加处罚款21,600.00元（每日金额累加后四舍五入至分）"
            + "（R-PEN-27，行政处罚法第七十二条第一款第一项、第七十三条第三款）");
    }

    // R-PEN-27: the surcharge never exceeds the fine; accrual stops on the day it reaches it (day 34 at 3%).
    [Fact]
    public void The_surcharge_stops_at_the_fine_on_the_day_the_cap_is_reached()
    {
        var result = LateSurcharge.Compute(30_000.00m, D("2026-02-24"), D("2026-12-31"));

        result.CapReachedOn.ShouldBe(D("2026-03-30"));
        result.DaysCounted.ShouldBe(34);
        result.Amount.ShouldBe(30_000.00m);
        result.UncappedAmount.ShouldBe(30_600.00m);
        result.IsCapped.ShouldBeTrue();
        result.Explanation.ShouldContain("按日累计于2026年3月30日达到罚款数额，加处罚款不得超出罚款数额，以30,000.00元为限");
    }

    // R-PEN-27 (行政处罚法第七十三条第三款): days while 行政复议 is pending do not accrue; the explanation names the interval.
    [Fact]
    public void Days_while_reconsideration_is_pending_are_not_counted_and_are_named()
    {
        var result = LateSurcharge.Compute(
            10_000.00m, D("2025-10-09"), D("2025-11-30"), remedyPeriods: [new PausedInterval(D("2025-10-20"), D("2025-11-18"), "行政复议期间")]);

        result.Amount.ShouldBe(6_600.00m);
        result.Explanation.ShouldStartWith(
            "自2025年10月10日起按罚款数额每日3%加处罚款，至2025年11月30日计22日（2025年10月20日至2025年11月18日行政复议期间不予计算，共30日）");
    }

    // R-PEN-27: the cap is not reached while 复议 suspends accrual — 40 overdue days with 10 suspended is 30 × 3% = 90%.
    [Fact]
    public void A_suspension_keeps_a_long_overdue_fine_below_the_cap()
    {
        var result = LateSurcharge.Compute(
            1_000.00m, D("2026-03-31"), D("2026-05-10"), remedyPeriods: [new PausedInterval(D("2026-04-11"), D("2026-04-20"))]);

        result.DaysCounted.ShouldBe(30);
        result.SuspendedDays.ShouldBe(10);
        result.Amount.ShouldBe(900.00m);
        result.IsCapped.ShouldBeFalse();
    }

    // R-PEN-26/R-PEN-27: instalments accrue separately on their own unpaid amounts; a payment goes to the earliest
    // instalment. 30,000 in three 10,000 instalments due 3/31, 4/30 and 5/31 (a Sunday → 6/1); paid 3/31 and 5/8:
    //   instalment 2: 5/1–5/8 (the 劳动节 days accrue too — the surcharge counts calendar days) = 8 × 300 = 2,400
    //   instalment 3: 6/2–6/10 = 9 × 300 = 2,700; total 5,100 over 17 days.
    [Fact]
    public void Each_overdue_instalment_accrues_on_its_own_amount()
    {
        var plan = PaymentPlan.InInstalments(
            Official,
            30_000.00m,
            D("2026-03-10"),
            [new(D("2026-03-31"), 10_000.00m), new(D("2026-04-30"), 10_000.00m), new(D("2026-05-31"), 10_000.00m)]);

        var result = LateSurcharge.Compute(
            plan, D("2026-06-10"), [new FinePayment(D("2026-03-31"), 10_000.00m), new FinePayment(D("2026-05-08"), 10_000.00m)]);

        result.Lines.Select(l => (l.InstalmentNumber, l.DaysCounted, l.Amount)).ShouldBe([(1, 0, 0m), (2, 8, 2_400.00m), (3, 9, 2_700.00m)]);
        result.Amount.ShouldBe(5_100.00m);
        result.DaysCounted.ShouldBe(17);
        result.Explanation.ShouldContain("第1期（2026年3月31日到期）未逾期，第2期（2026年4月30日到期）计8日2,400.00元，第3期（2026年6月1日到期）计9日2,700.00元");
    }

    // R-PEN-27: with instalments the cap is the whole fine, not each instalment.
    [Fact]
    public void The_cap_over_all_instalments_is_the_fine()
    {
        var plan = PaymentPlan.InInstalments(
            Official, 2_000.00m, D("2026-03-10"), [new(D("2026-03-31"), 1_000.00m), new(D("2026-04-30"), 1_000.00m)]);

        // 4/1–4/30: 30 × 30 = 900 on instalment 1; from 5/1 both accrue 60/day: 900 + 60n ≥ 2,000 at n = 19 (5/19).
        var result = LateSurcharge.Compute(plan, D("2026-06-30"));

        result.CapReachedOn.ShouldBe(D("2026-05-19"));
        result.Amount.ShouldBe(2_000.00m);
    }

    [Fact]
    public void Nothing_accrues_before_the_due_date_and_the_explanation_says_so()
    {
        var result = LateSurcharge.Compute(5_000.00m, D("2026-03-31"), D("2026-03-20"));

        result.Amount.ShouldBe(0m);
        result.AccruesFrom.ShouldBeNull();
        result.Explanation.ShouldBe("截至2026年3月20日未逾期或已按期缴清（缴纳期限至2026年3月31日），不加处罚款");
    }

    [Fact]
    public void Payments_above_the_fine_are_refused()
    {
        var error = Should.Throw<DomainRuleException>(() => LateSurcharge.Compute(
            1_000.00m, D("2026-03-31"), D("2026-04-30"), [new FinePayment(D("2026-04-01"), 600.00m), new FinePayment(D("2026-04-02"), 400.01m)]));

        error.Code.ShouldBe(LateSurcharge.PaymentExceedsFineCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.005)]
    public void Payments_must_be_positive_whole_fen(decimal amount)
    {
        var error = Should.Throw<DomainRuleException>(() => LateSurcharge.Compute(
            1_000.00m, D("2026-03-31"), D("2026-04-30"), [new FinePayment(D("2026-04-01"), amount)]));

        error.Code.ShouldBe(LateSurcharge.PaymentAmountCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100.001)]
    public void The_fine_must_be_positive_whole_fen(decimal fine)
    {
        Should.Throw<DomainRuleException>(() => LateSurcharge.Compute(fine, D("2026-03-31"), D("2026-04-30")))
            .Code.ShouldBe(PaymentPlan.FineAmountCode);
    }

    // Rounding rule: 四舍五入 to the 分, not banker's rounding.
    [Theory]
    [InlineData(0.015, 0.02)]
    [InlineData(0.025, 0.03)]
    [InlineData(135.045, 135.05)]
    [InlineData(-0.025, -0.03)]
    public void Rounding_to_the_fen_is_half_away_from_zero(decimal exact, decimal rounded) =>
        Yuan.RoundToFen(exact).ShouldBe(rounded);
}
