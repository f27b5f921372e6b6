using Weijian.Enforcement.Discretion;
using Weijian.Platform.Rules;
using static Weijian.Tests.Enforcement.Discretion.DiscretionSamples;

namespace Weijian.Tests.Enforcement.Discretion;

/// <summary>Every baseline, shipped or imported, keeps its tiers inside the statute (R-PEN-36) and 减轻 below the minimum.</summary>
public class DiscretionContentRulesTests
{
    private static DiscretionItemContent With(DiscretionTierContent tier)
    {
        var item = YuanItem();
        return item with { Tiers = [.. item.Tiers.Where(t => t.Tier != tier.Tier), tier] };
    }

    [Fact]
    public void A_tier_beyond_the_statutory_range_is_refused()
    {
        Should.Throw<DomainRuleException>(() => DiscretionContentRules.Item(With(new(DiscretionTier.Heavier, null, "从重", new TierFine(3500, 8000), []))))
            .Code.ShouldBe("discretion.fine-outside-statute");
    }

    [Fact]
    public void A_reduced_tier_above_the_statutory_minimum_is_refused()
    {
        Should.Throw<DomainRuleException>(() => DiscretionContentRules.Item(With(new(DiscretionTier.Reduced, null, "减轻", new TierFine(0, 800), []))))
            .Code.ShouldBe("discretion.fine-outside-statute");
    }

    [Fact]
    public void A_no_penalty_tier_with_a_penalty_and_an_item_with_only_a_no_penalty_tier_are_refused()
    {
        Should.Throw<DomainRuleException>(() => DiscretionContentRules.Item(With(new(DiscretionTier.NoPenalty, null, "不予", TierFine.None, [PenaltyMeasure.Warning]))))
            .Code.ShouldBe("discretion.no-penalty-with-penalty");
        Should.Throw<DomainRuleException>(() => DiscretionContentRules.Item(YuanItem() with { Tiers = [new(DiscretionTier.NoPenalty, null, "不予", TierFine.None, [])] }))
            .Code.ShouldBe("discretion.no-tiers");
    }

    [Fact]
    public void A_version_supersedes_the_previous_only_from_a_later_date()
    {
        var (version, _, _) = DiscretionBaseline.Create(null, Shipped, "x", null, DateTimeOffset.UnixEpoch, "测试");
        Should.Throw<DomainRuleException>(() => version.SupersedeFrom(Shipped.EffectiveFrom)).Code.ShouldBe("discretion.version-date");
        version.SupersedeFrom(new DateOnly(2026, 1, 1));
        version.IsInForceOn(new DateOnly(2025, 12, 31)).ShouldBeTrue();
        version.IsInForceOn(new DateOnly(2026, 1, 1)).ShouldBeFalse();
    }
}
