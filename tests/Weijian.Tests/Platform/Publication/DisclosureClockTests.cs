using Weijian.Platform.Publication;
using static Weijian.Tests.Calendar.ShippedCalendar;

namespace Weijian.Tests.Platform.Publication;

/// <summary>
/// Acceptance item 1 of issue #7: the publication clocks run on the official working-day calendar across the 2025 and
/// 2026 holidays and their adjusted working days — R-TRS-4 (7 working days for penalty and licensing decisions, 20 for
/// others) and R-PEN-32 (withdrawal within 3 working days). The start day is never counted (R-CAL-5).
/// </summary>
public sealed class DisclosureClockTests
{
    [Theory]
    // 国庆节、中秋节 2025-10-01…08, 2025-10-11 (Saturday) a working day.
    [InlineData(DisclosureKind.PenaltyDecision, "2025-09-30", 7, "2025-10-16")]
    // 元旦 2026-01-01…03, 2026-01-04 (Sunday) a working day.
    [InlineData(DisclosureKind.PenaltyDecision, "2025-12-31", 7, "2026-01-12")]
    // 劳动节 2026-05-01…05, 2026-05-09 (Saturday) a working day.
    [InlineData(DisclosureKind.LicensingDecision, "2026-04-30", 7, "2026-05-13")]
    // 春节 2026-02-15…23 with 2026-02-14 and 2026-02-28 (Saturdays) working days.
    [InlineData(DisclosureKind.OtherDecision, "2026-02-06", 20, "2026-03-12")]
    // An ordinary week: decided Monday, due the Tuesday after next.
    [InlineData(DisclosureKind.PenaltyDecision, "2026-11-02", 7, "2026-11-11")]
    public void Publication_is_due_the_nth_working_day_after_the_decision_R_TRS_4(DisclosureKind kind, string decided, int days, string due)
    {
        var deadline = DisclosureSchedule.PublicationDeadline(Official, kind, D(decided), days);

        deadline.Due.ShouldBe(D(due));
        deadline.RuleId.ShouldBe("R-TRS-4");
        deadline.LegalBasis.ShouldContain(days + "个工作日");
    }

    [Theory]
    // 国庆节 2026-10-01…07, 2026-10-10 (Saturday) a working day.
    [InlineData("2026-09-30", "2026-10-10")]
    // Requested on a Friday: Monday, Tuesday, Wednesday.
    [InlineData("2026-11-06", "2026-11-11")]
    // 春节 2025-01-28…02-04: requested the working Sunday 2025-01-26; 01-27, then 02-05 and 02-06.
    [InlineData("2025-01-26", "2025-02-06")]
    public void Withdrawal_is_due_three_working_days_after_the_request_R_PEN_32(string requested, string due)
    {
        var deadline = DisclosureSchedule.WithdrawalDeadline(Official, D(requested), 3);

        deadline.Due.ShouldBe(D(due));
        deadline.RuleId.ShouldBe("R-PEN-32");
    }

    [Fact]
    public void The_counts_are_rule_parameters_with_the_published_defaults()
    {
        DisclosureRules.DecisionWorkingDays.Default.ShouldBe(7m);
        DisclosureRules.OtherWorkingDays.Default.ShouldBe(20m);
        DisclosureRules.WithdrawalWorkingDays.Default.ShouldBe(3m);
        DisclosureRules.RetentionYears.Default.ShouldBe(5m);
        DisclosureRules.NaturalPersonRetentionYears.Default.ShouldBe(2m);
        Weijian.Platform.Rules.RuleParameterCatalog.All.ShouldContain(DisclosureRules.DecisionWorkingDays);
    }
}
