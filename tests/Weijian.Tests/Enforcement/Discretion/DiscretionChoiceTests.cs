using Weijian.Enforcement.Discretion;
using Weijian.Platform.Rules;
using static Weijian.Tests.Enforcement.Discretion.DiscretionSamples;

namespace Weijian.Tests.Enforcement.Discretion;

/// <summary>R-DIS-7: the officer's choice is checked against the law (R-PEN-8, R-PEN-36) and the proposal; deviations need a justification and are flagged.</summary>
public class DiscretionChoiceTests
{
    private const string Reason = "当事人首次违法，在责令改正期限内改正，涉及一名从业人员，依据基准从轻处罚。";

    private static readonly DiscretionProposalResult Lighter =
        DiscretionProposal.Propose(Under(YuanItem()), Organization(correction: CorrectionStatus.Immediately), new DateOnly(2025, 3, 1));

    [Fact]
    public void A_choice_within_the_proposal_is_accepted_and_not_flagged()
    {
        var r = DiscretionChoice.Check(Lighter, new(DiscretionTier.Lighter, 1000, [PenaltyMeasure.Warning], Reason));
        r.OutsideProposedRange.ShouldBeFalse();
        r.Deviations.ShouldBeEmpty();
        r.Justification.ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "validation.required")]
    [InlineData("同意", "discretion.reasoning-too-short")]
    [InlineData("啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊", "discretion.reasoning-too-short")]
    public void Reasoning_is_required_and_must_say_something(string? reasoning, string code)
    {
        var e = Should.Throw<DomainRuleException>(() => DiscretionChoice.Check(Lighter, new(DiscretionTier.Lighter, 1000, [PenaltyMeasure.Warning], reasoning)));
        e.Code.ShouldBe(code);
        e.Fields.ShouldBe(["reasoning"]);
    }

    [Fact]
    public void A_choice_outside_the_proposed_range_needs_a_justification_and_is_flagged()
    {
        var missing = Should.Throw<DomainRuleException>(() => DiscretionChoice.Check(Lighter, new(DiscretionTier.Standard, 3000, [PenaltyMeasure.Warning], Reason)));
        missing.Code.ShouldBe("discretion.justification-required");
        missing.Message.ShouldContain("系统建议“从轻”");

        var r = DiscretionChoice.Check(Lighter, new(DiscretionTier.Standard, 3000, [PenaltyMeasure.Warning], Reason, "当事人在检查中虚报从业人员人数，情节较重，按一般档次处罚。"));
        r.OutsideProposedRange.ShouldBeTrue();
        r.Deviations.Count.ShouldBe(2);
        r.Deviations.ShouldContain(d => d.Contains("不在建议幅度500元以上2000元以下内"));
    }

    [Fact]
    public void R_PEN_36_a_fine_above_the_statutory_maximum_or_below_the_minimum_without_reduction_is_refused()
    {
        Should.Throw<DomainRuleException>(() => DiscretionChoice.Check(Lighter, new(DiscretionTier.Heavier, 6000, [PenaltyMeasure.Warning], Reason, Reason)))
            .Code.ShouldBe("discretion.fine-above-statutory-maximum");
        Should.Throw<DomainRuleException>(() => DiscretionChoice.Check(Lighter, new(DiscretionTier.Lighter, 300, [PenaltyMeasure.Warning], Reason, Reason)))
            .Code.ShouldBe("discretion.fine-below-statutory-minimum");

        // 减轻 below the minimum is lawful only with statutory grounds: without them it is allowed but flagged.
        var reduced = DiscretionChoice.Check(Lighter, new(DiscretionTier.Reduced, 300, [PenaltyMeasure.Warning], Reason, "当事人积极配合调查并主动消除危害后果，依法减轻处罚。"));
        reduced.OutsideProposedRange.ShouldBeTrue();
        reduced.Deviations.ShouldContain(d => d.Contains("未认定"));
    }

    [Fact]
    public void A_penalty_type_the_item_does_not_provide_is_refused_and_a_serious_case_penalty_needs_a_justification()
    {
        Should.Throw<DomainRuleException>(() => DiscretionChoice.Check(Lighter, new(DiscretionTier.Lighter, 1000, [PenaltyMeasure.OrderClosure], Reason, Reason)))
            .Code.ShouldBe("discretion.measure-not-provided");
        var revoke = DiscretionChoice.Check(Lighter, new(DiscretionTier.Lighter, 1000, [PenaltyMeasure.Warning, PenaltyMeasure.RevokeLicense], Reason, "情节严重，依法吊销卫生许可证，理由详见调查终结报告。"));
        revoke.OutsideProposedRange.ShouldBeTrue();
        revoke.Deviations.ShouldContain("增加了吊销许可证件");
    }

    [Fact]
    public void R_PEN_8_illegal_gains_must_be_confiscated_and_no_penalty_carries_no_penalty()
    {
        var withGains = DiscretionProposal.Propose(ShippedItem("YL-001"), Organization(gains: 3000), new DateOnly(2025, 3, 1));
        Should.Throw<DomainRuleException>(() => DiscretionChoice.Check(withGains, new(withGains.Tier, withGains.Fine!.Min, [PenaltyMeasure.ConfiscateIllegalProperty], Reason)))
            .Code.ShouldBe("discretion.gains-must-be-confiscated");
        Should.Throw<DomainRuleException>(() => DiscretionChoice.Check(Lighter, new(DiscretionTier.NoPenalty, 500, [], Reason, Reason)))
            .Code.ShouldBe("discretion.no-penalty-with-penalty");
    }
}
