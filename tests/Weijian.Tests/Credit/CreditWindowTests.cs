using Weijian.Credit;

namespace Weijian.Tests.Credit;

/// <summary>
/// Acceptance item 2 of issue #7: the publication window is computed from the rule set in force on the decision date —
/// R-CRD-1 up to 2026-03-31, R-CRD-2 from 2026-04-01 — with the shipped, versioned rule sets of data/credit.
/// </summary>
public sealed class CreditWindowTests
{
    private const decimal SeriousMoney = 1_000_000m;

    private static readonly CreditRuleSets Sets = CreditRuleSets.LoadFile(Path.Combine(RepositoryRoot.Path, "data", "credit", "rule-sets.json"));

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static CreditFacts Penalty(string date, decimal money, bool simple = false, string? field = "公共场所卫生", params string[] types) =>
        new(CreditSource.Penalty, D(date), types, money, simple, field);

    [Fact]
    public void A_fine_decided_on_2026_03_31_is_published_three_months_to_three_years_without_a_grade_R_CRD_1()
    {
        var w = Sets.Compute(Penalty("2026-03-31", 5000m, types: "Fine"), SeriousMoney);
        w.RuleId.ShouldBe("R-CRD-1");
        w.Severity.ShouldBeNull();
        w.Published.ShouldBeTrue();
        w.PublishFrom.ShouldBe(D("2026-03-31"));
        w.MinUntil.ShouldBe(D("2026-06-30"));
        w.MaxUntil.ShouldBe(D("2029-03-31"));
    }

    [Fact]
    public void The_same_fine_decided_on_2026_04_01_is_general_three_months_to_one_year_R_CRD_2()
    {
        var w = Sets.Compute(Penalty("2026-04-01", 5000m, types: "Fine"), SeriousMoney);
        w.RuleId.ShouldBe("R-CRD-2");
        w.Severity.ShouldBe(CreditSeverity.General);
        w.Published.ShouldBeTrue();
        w.MinUntil.ShouldBe(D("2026-07-01"));
        w.MaxUntil.ShouldBe(D("2027-04-01"));
    }

    [Fact]
    public void A_warning_is_published_under_R_CRD_1_but_minor_and_not_published_under_R_CRD_2()
    {
        var before = Sets.Compute(Penalty("2026-03-31", 0m, types: "Warning"), SeriousMoney);
        before.Published.ShouldBeTrue();
        before.MaxUntil.ShouldBe(D("2029-03-31"));

        var after = Sets.Compute(Penalty("2026-04-01", 0m, types: "Warning"), SeriousMoney);
        after.Severity.ShouldBe(CreditSeverity.Minor);
        after.Published.ShouldBeFalse();
        after.MinUntil.ShouldBeNull();
        after.MaxUntil.ShouldBeNull();
    }

    [Fact]
    public void A_simple_procedure_fine_is_minor_from_2026_04_01_R_CRD_2()
    {
        var w = Sets.Compute(Penalty("2026-04-01", 200m, simple: true, types: "Fine"), SeriousMoney);
        w.Severity.ShouldBe(CreditSeverity.Minor);
        w.Published.ShouldBeFalse();
    }

    [Theory]
    [InlineData("LicenceRevoked")]
    [InlineData("PractiseRestricted")]
    [InlineData("Closure")]
    public void Revocation_practice_restriction_and_closure_are_serious_one_to_three_years_R_CRD_2(string type)
    {
        var w = Sets.Compute(Penalty("2026-05-15", 20000m, types: ["Fine", type]), SeriousMoney);
        w.Severity.ShouldBe(CreditSeverity.Serious);
        w.MinUntil.ShouldBe(D("2027-05-15"));
        w.MaxUntil.ShouldBe(D("2029-05-15"));
    }

    [Fact]
    public void Money_from_the_jurisdictions_serious_amount_is_serious_and_below_it_general_R_CRD_2()
    {
        Sets.Compute(Penalty("2026-05-15", 300_000m, types: "Fine"), 300_000m).Severity.ShouldBe(CreditSeverity.Serious);
        Sets.Compute(Penalty("2026-05-15", 299_999.99m, types: "Fine"), 300_000m).Severity.ShouldBe(CreditSeverity.General);
    }

    [Fact]
    public void A_false_commitment_is_serious_under_R_CRD_2_R_CRD_6()
    {
        var w = Sets.Compute(new CreditFacts(CreditSource.FalseCommitment, D("2026-06-01"), ["FalseCommitment"], 0m, false, null), SeriousMoney);
        w.Severity.ShouldBe(CreditSeverity.Serious);
        w.MaxUntil.ShouldBe(D("2029-06-01"));
    }

    [Fact]
    public void Under_R_CRD_1_the_fields_of_special_equipment_safety_and_fire_have_a_one_year_minimum()
    {
        Sets.Compute(Penalty("2025-06-10", 5000m, field: "消防", types: "Fine"), SeriousMoney).MinUntil.ShouldBe(D("2026-06-10"));
        Sets.Compute(Penalty("2025-06-10", 5000m, field: "放射卫生", types: "Fine"), SeriousMoney).MinUntil.ShouldBe(D("2025-09-10"));
    }

    [Fact]
    public void Several_types_take_the_longest_period_under_R_CRD_1()
    {
        var set = Sets.InForceOn(D("2025-01-01")) with
        {
            TypePeriods = new Dictionary<string, CreditPeriod> { ["LicenceRevoked"] = new(6, 48) },
        };
        var longer = new CreditRuleSets([set]).Compute(Penalty("2025-01-10", 1000m, types: ["Fine", "LicenceRevoked"]), SeriousMoney);
        longer.MinUntil.ShouldBe(D("2025-07-10"));
        longer.MaxUntil.ShouldBe(D("2029-01-10"));
    }

    [Theory]
    [InlineData("2025-11-30", "2026-02-28", "2028-11-30")] // no 30 February: the period ends on the month's last day
    [InlineData("2025-12-31", "2026-03-31", "2028-12-31")]
    [InlineData("2026-01-31", "2026-04-30", "2029-01-31")] // R-CRD-1 still: decided before 2026-04-01
    public void Month_end_decisions_end_on_the_last_day_of_the_shorter_month(string decided, string min, string max)
    {
        var w = Sets.Compute(Penalty(decided, 1000m, types: "Fine"), SeriousMoney);
        w.MinUntil.ShouldBe(D(min));
        w.MaxUntil.ShouldBe(D(max));
    }

    [Fact]
    public void A_general_record_decided_on_a_leap_day_ends_on_28_february()
    {
        var w = Sets.Compute(Penalty("2028-02-29", 5000m, types: "Fine"), SeriousMoney);
        w.MaxUntil.ShouldBe(D("2029-02-28"));
    }

    [Fact]
    public void The_rule_set_in_force_is_the_latest_effective_on_the_date()
    {
        Sets.InForceOn(D("2026-03-31")).Code.ShouldBe("ndrc-58-2023");
        Sets.InForceOn(D("2026-04-01")).Code.ShouldBe("ndrc-repair-2026");
        Should.Throw<Weijian.Platform.Rules.DomainRuleException>(() => Sets.InForceOn(D("2023-04-30"))).Code.ShouldBe("credit.no-rule-set");
    }
}
