using Weijian.Enforcement.Discretion;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;
using static Weijian.Tests.Enforcement.Discretion.DiscretionSamples;

namespace Weijian.Tests.Enforcement.Discretion;

/// <summary>The discretion proposal: R-PEN-10 no-penalty and mandatory mitigation, aggravation, R-PEN-8 confiscation, multiples of illegal gains, R-PEN-9.</summary>
public class DiscretionProposalTests
{
    private static readonly DateOnly On = new(2025, 3, 1);

    private static DiscretionProposalResult Propose(DiscretionCircumstances c, params NoPenaltyContent[] list) =>
        DiscretionProposal.Propose(Under(YuanItem(), null, list), c, On);

    [Fact]
    public void R_PEN_10_no_fault_proven_is_no_penalty_even_with_harm()
    {
        var r = Propose(Organization(harm: HarmLevel.Minor, noFault: true));
        r.Tier.ShouldBe(DiscretionTier.NoPenalty);
        r.Fine.ShouldBeNull();
        r.Measures.ShouldBeEmpty();
        r.StatutoryNoPenalty.ShouldNotBeNull().ShouldContain("没有主观过错");
        r.Reasoning.ShouldContain(l => l.Basis.Contains("第三十三条第二款"));
    }

    [Fact]
    public void R_PEN_10_minor_promptly_corrected_without_harm_shall_not_be_penalised_and_requires_education()
    {
        var r = Propose(Organization(minor: true, correction: CorrectionStatus.Immediately, prior: 3));
        r.Tier.ShouldBe(DiscretionTier.NoPenalty);
        r.StatutoryNoPenalty.ShouldNotBeNull().ShouldContain("应当不予行政处罚");
        r.Reasoning.ShouldContain(l => l.Circumstance == "教育" && l.Basis.Contains("第三十三条第三款"));
    }

    [Fact]
    public void R_PEN_10_first_violation_minor_harm_promptly_corrected_is_no_penalty_when_the_list_conditions_are_all_met()
    {
        var r = Propose(Organization(harm: HarmLevel.Minor, correction: CorrectionStatus.WithinOrderedPeriod, days: 10), ListEntry(days: 15));
        r.Tier.ShouldBe(DiscretionTier.NoPenalty);
        r.NoPenalty.Listed.ShouldBeTrue();
        r.NoPenalty.Applies.ShouldBeTrue();
        r.NoPenalty.Conditions.ShouldAllBe(c => c.Met);
        r.NoPenalty.Conditions.Select(c => c.Name).ShouldContain("首次违法");
        r.Reasoning.ShouldContain(l => l.Effect.Contains("现场教育、回访检查"));
    }

    [Fact]
    public void R_DIS_5_a_listed_violation_found_by_a_random_inspection_is_excluded_and_the_unmet_condition_is_named()
    {
        var r = Propose(
            Organization(harm: HarmLevel.None, correction: CorrectionStatus.Immediately, discovery: DiscoverySource.RandomInspection),
            ListEntry(excluded: DiscoverySource.RandomInspection));
        r.NoPenalty.Listed.ShouldBeTrue();
        r.NoPenalty.Applies.ShouldBeFalse();
        r.NoPenalty.Conditions.Single(c => !c.Met).Name.ShouldBe("不属除外情形");
        r.Tier.ShouldBe(DiscretionTier.Lighter);
        r.Notes.ShouldContain(n => n.Contains("可以不予行政处罚"));
    }

    [Fact]
    public void Correcting_later_than_the_list_allows_or_a_second_violation_leaves_the_list_unmet()
    {
        Propose(Organization(harm: HarmLevel.Minor, correction: CorrectionStatus.WithinOrderedPeriod, days: 20), ListEntry(days: 15))
            .NoPenalty.Conditions.Single(c => !c.Met).Name.ShouldBe("15日内改正");
        var second = Propose(Organization(prior: 1, correction: CorrectionStatus.Immediately), ListEntry());
        second.NoPenalty.Applies.ShouldBeFalse();
        second.NoPenalty.Conditions.Where(c => !c.Met).Select(c => c.Name).ShouldBe(["首次违法", "无从重情节"]);
    }

    [Fact]
    public void First_violation_promptly_corrected_but_unlisted_is_lighter_with_a_note_that_no_penalty_may_be_chosen()
    {
        var r = Propose(Organization(harm: HarmLevel.Minor, correction: CorrectionStatus.Immediately));
        r.NoPenalty.ShouldBe(NoPenaltyAssessment.NotListed);
        r.Tier.ShouldBe(DiscretionTier.Lighter);
        r.Fine.ShouldBe(new FineRange(500, 2000, "按裁量基准罚款数额"));
        r.Notes.ShouldContain(n => n.Contains("可以不予行政处罚"));
    }

    [Theory]
    [InlineData(MitigatingFact.HarmRemedied, "第三十二条第（一）项")]
    [InlineData(MitigatingFact.Coerced, "第三十二条第（二）项")]
    [InlineData(MitigatingFact.ConfessedUnknownViolation, "第三十二条第（三）项")]
    [InlineData(MitigatingFact.MeritoriousCooperation, "第三十二条第（四）项")]
    [InlineData(MitigatingFact.MinorAged14To18, "第三十条")]
    [InlineData(MitigatingFact.OtherStatutoryMitigation, "第三十二条第（五）项")]
    public void R_PEN_10_each_mandatory_mitigating_fact_makes_the_proposal_lighter_citing_its_article(MitigatingFact fact, string article)
    {
        var r = Propose(Organization(mitigating: [fact]));
        r.Tier.ShouldBe(DiscretionTier.Lighter);
        r.HasStatutoryMitigation.ShouldBeTrue();
        r.Reasoning.ShouldContain(l => l.Circumstance == DiscretionNames.Of(fact) && l.Effect == "应当从轻或者减轻处罚" && l.Basis.Contains(article));
    }

    [Fact]
    public void R_PEN_10_two_mandatory_mitigating_facts_propose_the_reduced_tier_below_the_statutory_minimum()
    {
        var r = Propose(Organization(mitigating: [MitigatingFact.HarmRemedied, MitigatingFact.ConfessedUnknownViolation]));
        r.Tier.ShouldBe(DiscretionTier.Reduced);
        r.Fine!.Max.ShouldBe(500);
    }

    [Theory]
    [InlineData(AggravatingFact.RefusedCorrection)]
    [InlineData(AggravatingFact.ObstructedEnforcement)]
    [InlineData(AggravatingFact.DuringEmergency)]
    public void An_aggravating_fact_without_mitigation_proposes_the_heavier_tier_and_mentions_the_serious_case_penalties(AggravatingFact fact)
    {
        var r = Propose(Organization(prior: 0, aggravating: [fact]));
        r.Tier.ShouldBe(DiscretionTier.Heavier);
        r.Fine!.Text.ShouldBe("3500元以上5000元以下");
        r.Notes.ShouldContain(n => n.Contains("吊销许可证件"));
        r.Measures.ShouldNotContain(PenaltyMeasure.RevokeLicense);
    }

    [Fact]
    public void Prior_violations_reaching_the_version_threshold_and_serious_harm_count_as_aggravating()
    {
        var repeated = Propose(Organization(prior: 1));
        repeated.Tier.ShouldBe(DiscretionTier.Heavier);
        repeated.Reasoning.ShouldContain(l => l.Circumstance == DiscretionNames.Of(AggravatingFact.RepeatedViolation));

        var lenient = DiscretionProposal.Propose(Under(YuanItem(), Version("宽松", new DateOnly(2024, 1, 1), threshold: 3)), Organization(prior: 2), On);
        lenient.Tier.ShouldBe(DiscretionTier.Standard);

        Propose(Organization(harm: HarmLevel.Serious)).Tier.ShouldBe(DiscretionTier.Heavier);
    }

    [Fact]
    public void Mandatory_mitigation_and_aggravation_together_give_the_standard_tier()
    {
        var r = Propose(Organization(aggravating: [AggravatingFact.RefusedCorrection], mitigating: [MitigatingFact.Coerced]));
        r.Tier.ShouldBe(DiscretionTier.Standard);
        r.Reasoning.ShouldContain(l => l.Effect.Contains("综合裁量"));
    }

    [Fact]
    public void A_missing_tier_falls_back_to_the_nearest_and_says_so()
    {
        // CRB-001 (传染病防治法 Art.69) has only 警告、通报批评: aggravation cannot go beyond it.
        var r = DiscretionProposal.Propose(ShippedItem("CRB-001"), Organization(aggravating: [AggravatingFact.RefusedCorrection]), On);
        r.Tier.ShouldBe(DiscretionTier.Standard);
        r.Fine.ShouldBeNull();
        r.Measures.ShouldBe([PenaltyMeasure.Warning, PenaltyMeasure.CirculatedCriticism]);
        r.Reasoning.ShouldContain(l => l.Effect.Contains("没有“从重”档次"));
        r.Notes.ShouldContain(n => n.Contains(DiscretionBaseline.SampleNotice));
    }

    [Fact]
    public void R_PEN_8_illegal_gains_are_always_confiscated_and_multiples_use_the_statutory_floor()
    {
        // 基本医疗卫生与健康促进法 Art.99: 违法所得3000元不足一万元，按一万元计算; 从轻 5–8倍.
        var small = DiscretionProposal.Propose(ShippedItem("YL-001"), Organization(correction: CorrectionStatus.Immediately, gains: 3000), On);
        small.Tier.ShouldBe(DiscretionTier.Lighter);
        (small.Fine!.Min, small.Fine.Max).ShouldBe((50000m, 80000m));
        small.Fine.Basis.ShouldContain("按10000元计算");
        small.Measures.ShouldContain(PenaltyMeasure.ConfiscateIllegalGains);
        small.Measures.ShouldContain(PenaltyMeasure.ConfiscateIllegalProperty);
        small.StatutoryFine!.Max.ShouldBe(200000);

        // 从重 14–20倍 of 20000元.
        var large = DiscretionProposal.Propose(ShippedItem("YL-001"), Organization(prior: 1, gains: 20000), On);
        (large.Fine!.Min, large.Fine.Max).ShouldBe((280000m, 400000m));
    }

    [Fact]
    public void Multiples_apply_only_with_gains_and_stop_at_the_cap_otherwise_the_yuan_range()
    {
        // 生活饮用水卫生监督管理办法 Art.27: 违法所得3倍以下（最高30000元），或500–10000元.
        var none = DiscretionProposal.Propose(ShippedItem("SHCP-001"), Organization(prior: 1), On);
        none.Tier.ShouldBe(DiscretionTier.Heavier);
        (none.Fine!.Min, none.Fine.Max).ShouldBe((6000m, 10000m));
        var big = DiscretionProposal.Propose(ShippedItem("SHCP-001"), Organization(prior: 1, gains: 15000), On);
        (big.Fine!.Min, big.Fine.Max).ShouldBe((30000m, 30000m));
        big.Fine.Basis.ShouldContain("最高不超过30000元");
        big.Measures.ShouldContain(PenaltyMeasure.ConfiscateIllegalGains);
    }

    [Fact]
    public void Items_for_individuals_refuse_an_organisation()
    {
        Should.Throw<DomainRuleException>(() => DiscretionProposal.Propose(ShippedItem("YL-005"), Organization(), On)).Code.ShouldBe("discretion.party-kind");
        DiscretionProposal.Propose(ShippedItem("YL-005"), Organization(party: PartyKind.Individual), On).Fine.ShouldNotBeNull();
    }

    [Fact]
    public void R_PEN_9_the_decision_date_version_applies_when_it_is_lighter()
    {
        var old = Under(YuanItem(lighterMax: 2000, standardMax: 3500), Version("2024年版", new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)));
        var lighter = Under(YuanItem(lighterMax: 1000, standardMax: 2500), Version("2025年版", new DateOnly(2025, 1, 1)));
        var r = DiscretionProposal.Propose(new DiscretionResolution("T-001", new DateOnly(2024, 6, 1), new DateOnly(2025, 3, 1), old, lighter), Organization(prior: 0));
        r.Baseline.VersionLabel.ShouldBe("2025年版");
        r.Fine!.Text.ShouldBe("1000元以上2500元以下");
        r.Reasoning[0].Circumstance.ShouldBe("从旧兼从轻");
        r.Reasoning[0].Effect.ShouldContain("较轻，适用新基准");
        r.Reasoning[0].Basis.ShouldContain("第三十七条");
    }

    [Fact]
    public void R_PEN_9_a_heavier_or_mixed_later_version_leaves_the_act_date_version_in_force()
    {
        var old = Under(YuanItem(lighterMax: 1000, standardMax: 2500), Version("2024年版", new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)));
        var heavier = Under(YuanItem(lighterMax: 2000, standardMax: 3500), Version("2025年版", new DateOnly(2025, 1, 1)));
        var r = DiscretionProposal.Propose(new DiscretionResolution("T-001", new DateOnly(2024, 6, 1), new DateOnly(2025, 3, 1), old, heavier), Organization());
        r.Baseline.VersionLabel.ShouldBe("2024年版");
        r.Reasoning[0].Effect.ShouldContain("不轻于旧基准");

        // Lower maximum but a heavier other penalty: not lighter on every count.
        var mixedItem = YuanItem(lighterMax: 1000, standardMax: 2000) with { };
        var mixed = mixedItem with { Tiers = [.. mixedItem.Tiers.Select(t => t.Tier == DiscretionTier.Standard ? t with { Measures = [PenaltyMeasure.SuspendLicense] } : t)] };
        var oldStandard = Under(YuanItem(lighterMax: 1000, standardMax: 2500), Version("2024年版", new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)));
        var m = DiscretionProposal.Propose(
            new DiscretionResolution("T-001", new DateOnly(2024, 6, 1), new DateOnly(2025, 3, 1), oldStandard, Under(mixed, Version("2025年版", new DateOnly(2025, 1, 1)))),
            Organization());
        m.Baseline.VersionLabel.ShouldBe("2024年版");
        m.Reasoning[0].Effect.ShouldContain("各有轻重");
    }

    [Fact]
    public void R_PEN_9_a_later_version_listing_the_item_for_no_penalty_is_lighter()
    {
        var old = Under(YuanItem(), Version("2024年版", new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)));
        var listed = Under(YuanItem(), Version("2025年版", new DateOnly(2025, 1, 1)), ListEntry());
        var r = DiscretionProposal.Propose(
            new DiscretionResolution("T-001", new DateOnly(2024, 6, 1), new DateOnly(2025, 3, 1), old, listed), Organization(correction: CorrectionStatus.Immediately));
        r.Tier.ShouldBe(DiscretionTier.NoPenalty);
        r.Baseline.VersionLabel.ShouldBe("2025年版");
    }
}
