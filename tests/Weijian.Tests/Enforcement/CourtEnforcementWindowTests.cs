using Weijian.Enforcement.Money;
using Weijian.Platform.Rules;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Enforcement;

/// <summary>R-PEN-28: 催告 first, court application 10 working days later, within 3 months after the remedy periods end.</summary>
public class CourtEnforcementWindowTests
{
    // Decision served Mon 2025-03-03:
    //   复议 60 days → 2025-05-02 (劳动节 5/1–5/5) → 2025-05-06;  诉讼 6 months → Wed 2025-09-03 (the later one)
    //   application: 3 months after 2025-09-03 → Wed 2025-12-03
    //   催告 served Fri 2025-09-26: 9/28 调休 (1), 9/29, 9/30, 10/9, 10/10, 10/11 调休, 10/13, 10/14, 10/15, 10/16 (10)
    //   → earliest application Fri 2025-10-17; window 2025-10-17 … 2025-12-03.
    [Fact]
    public void The_window_opens_after_the_reminder_period_and_closes_three_months_after_the_litigation_period()
    {
        var window = CourtEnforcementWindow.Compute(Official, D("2025-03-03"), reminderServedOn: D("2025-09-26"));

        window.ReconsiderationPeriod!.Due.ShouldBe(D("2025-05-06"));
        window.LitigationPeriod.Due.ShouldBe(D("2025-09-03"));
        window.PeriodsExpireOn.ShouldBe(D("2025-09-03"));
        window.ReminderPeriod!.Due.ShouldBe(D("2025-10-16"));
        window.EarliestApplication.ShouldBe(D("2025-10-17"));
        window.LatestApplication.ShouldBe(D("2025-12-03"));
        window.IsMissed.ShouldBeFalse();
        window.AllowsApplicationOn(D("2025-10-16")).ShouldBeFalse();
        window.AllowsApplicationOn(D("2025-10-17")).ShouldBeTrue();
        window.AllowsApplicationOn(D("2025-12-03")).ShouldBeTrue();
        window.AllowsApplicationOn(D("2025-12-04")).ShouldBeFalse();
        window.Explanation.ShouldEndWith("可申请期间为2025年10月17日至2025年12月3日");
    }

    // R-PEN-28: without a 催告 there is no earliest day — the application may not be made at all yet.
    [Fact]
    public void Without_a_reminder_no_application_is_allowed()
    {
        var window = CourtEnforcementWindow.Compute(Official, D("2025-03-03"));

        window.EarliestApplication.ShouldBeNull();
        window.AllowsApplicationOn(D("2025-10-17")).ShouldBeFalse();
        window.Explanation.ShouldContain("尚未送达催告书，申请前应先书面催告");
    }

    // R-PEN-28 with 行政处罚法第七十二条第二款: deferral to Fri 2025-10-31 → 3 months to 2026-01-31 (Sat) → Mon 2026-02-02;
    // the earliest day is the next working day after the plan ends, Mon 2025-11-03.
    [Fact]
    public void A_deferral_starts_the_three_months_at_the_end_of_the_plan()
    {
        var plan = PaymentPlan.Deferred(Official, 5_000.00m, D("2025-03-03"), D("2025-10-31"));

        var window = CourtEnforcementWindow.Compute(Official, D("2025-03-03"), D("2025-09-26"), paymentPlan: plan);

        window.PeriodsExpireOn.ShouldBe(D("2025-10-31"));
        window.EarliestApplication.ShouldBe(D("2025-11-03"));
        window.LatestApplication.ShouldBe(D("2026-02-02"));
        window.Explanation.ShouldContain("期限自缴纳期限结束之日2025年10月31日起计算（行政处罚法第七十二条第二款）");
    }

    // After a 复议 decision received Tue 2025-06-10 the party has 15 days to sue (→ 6/25); 3 months → Thu 2025-09-25. A 催告
    // served Mon 2025-09-15 ends on Sun 2025-09-28 (调休, the 10th working day): too late, the window is missed.
    [Fact]
    public void A_reminder_served_too_late_misses_the_window()
    {
        var window = CourtEnforcementWindow.Compute(Official, D("2025-03-03"), D("2025-09-15"), reconsiderationDecisionReceivedOn: D("2025-06-10"));

        window.ReconsiderationPeriod.ShouldBeNull();
        window.LitigationPeriod.Due.ShouldBe(D("2025-06-25"));
        window.LatestApplication.ShouldBe(D("2025-09-25"));
        window.EarliestApplication.ShouldBe(D("2025-09-29"));
        window.IsMissed.ShouldBeTrue();
        window.AllowsApplicationOn(D("2025-09-29")).ShouldBeFalse();
    }

    [Fact]
    public void A_reminder_before_the_decision_was_served_is_refused()
    {
        Should.Throw<DomainRuleException>(() => CourtEnforcementWindow.Compute(Official, D("2025-03-03"), D("2025-03-02")))
            .Code.ShouldBe(CourtEnforcementWindow.InvalidDatesCode);
    }
}
