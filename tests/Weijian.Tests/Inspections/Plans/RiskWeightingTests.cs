using Weijian.Inspections.Plans;
using Weijian.Registry.Entities;

namespace Weijian.Tests.Inspections.Plans;

/// <summary>分级分类 weighting as ADR 0009 documents it: weight classes, round(ratio × Σ weight), largest-remainder apportionment.</summary>
public sealed class RiskWeightingTests
{
    private static readonly PlanStratum Places = new(Specialty.PublicPlaces, null, null, 0.1m, null, ["CC-GG-01"]);

    [Fact]
    public void The_default_table_doubles_high_risk_and_halves_low_risk_and_credit_grade_A()
    {
        RiskWeighting.ClassOf(RiskTier.High, "B", RiskWeighting.Default).ShouldBe(new WeightClass("High", 2m));
        RiskWeighting.ClassOf(RiskTier.High, "a", RiskWeighting.Default).ShouldBe(new WeightClass("High-CreditA", 1m));
        RiskWeighting.ClassOf(RiskTier.Low, "A", RiskWeighting.Default).ShouldBe(new WeightClass("Low-CreditA", 0.25m));
        RiskWeighting.ClassOf(null, null, RiskWeighting.Default).ShouldBe(new WeightClass("Unrated", 1m));
        RiskWeighting.ClassOf(RiskTier.Medium, "A", []).ShouldBe(new WeightClass("Medium", 1m));
    }

    [Fact]
    public void A_ratio_quota_is_round_of_ratio_times_the_sum_of_weights_apportioned_by_count_times_weight()
    {
        var high = new WeightClassCount(new WeightClass("High", 2m), 10);
        var medium = new WeightClassCount(new WeightClass("Medium", 1m), 20);
        var low = new WeightClassCount(new WeightClass("Low", 0.5m), 40);

        // Σ weight = 20 + 20 + 20 = 60; 10% → 6, two per class.
        var split = RiskWeighting.Split(Places, [high, medium, low]);
        split.Select(s => (s.Label, s.Quota)).ShouldBe([("PublicPlaces/*/*#High", 2), ("PublicPlaces/*/*#Low", 2), ("PublicPlaces/*/*#Medium", 2)]);

        // Unweighted, the same 70 entities give 7, mostly from the larger low-risk class.
        var flat = RiskWeighting.Split(Places, [high with { Class = high.Class with { Weight = 1m } }, medium, low with { Class = low.Class with { Weight = 1m } }]);
        flat.Sum(s => s.Quota).ShouldBe(7);
        flat.Single(s => s.Class.Key == "Low").Quota.ShouldBe(4);
    }

    [Fact]
    public void A_fixed_quota_is_apportioned_never_beyond_the_candidates_and_zero_weight_is_never_drawn()
    {
        var fixedQuota = Places with { Ratio = null, Quota = 5 };
        var split = RiskWeighting.Split(fixedQuota, [new(new WeightClass("High", 2m), 1), new(new WeightClass("Low", 0m), 50), new(new WeightClass("Medium", 1m), 3)]);
        split.Single(s => s.Class.Key == "High").Quota.ShouldBe(1);
        split.Single(s => s.Class.Key == "Low").Quota.ShouldBe(0);
        split.Single(s => s.Class.Key == "Medium").Quota.ShouldBe(3);
        RiskWeighting.Split(fixedQuota with { Quota = 500 }, [new(new WeightClass("Medium", 1m), 3)]).Single().Quota.ShouldBe(3);
    }
}
