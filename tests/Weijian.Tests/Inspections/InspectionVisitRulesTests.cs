using Weijian.Inspections.Plans;
using Weijian.Inspections.Visits;
using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Tests.Inspections;

/// <summary>Pure rules of the visits: 量化分级 bands (R-INS-12), masking on the public page, the transition table.</summary>
public class InspectionVisitRulesTests
{
    [Theory]
    [InlineData(100, HygieneGrade.A)]
    [InlineData(90, HygieneGrade.A)]
    [InlineData(89.99, HygieneGrade.B)]
    [InlineData(70, HygieneGrade.B)]
    [InlineData(69.5, HygieneGrade.C)]
    [InlineData(60, HygieneGrade.C)]
    public void Scores_fall_into_the_default_bands_R_INS_12(double score, HygieneGrade grade) =>
        GradeBands.Default.GradeOf((decimal)score).ShouldBe(grade);

    [Fact]
    public void Below_the_C_floor_there_is_no_grade_but_a_correction_R_INS_12() =>
        GradeBands.Default.GradeOf(59.99m).ShouldBeNull();

    [Fact]
    public void Bands_follow_the_rule_parameters_when_a_jurisdiction_sets_others() =>
        new GradeBands(85m, 65m, 50m).GradeOf(86m).ShouldBe(HygieneGrade.A);

    [Fact]
    public void A_raw_score_is_normalised_to_100_and_an_impossible_one_refused()
    {
        GradeBands.Normalise(135m, 150m).ShouldBe(90m);
        Should.Throw<DomainRuleException>(() => GradeBands.Normalise(151m, 150m)).Code.ShouldBe("validation.grade-score");
    }

    [Theory]
    [InlineData("张三", "张**")]
    [InlineData("欧阳建国", "欧***")]
    [InlineData("李", "李**")]
    public void A_natural_persons_name_is_masked_on_the_public_page(string name, string masked) =>
        InspectionVisitNames.MaskPerson(name).ShouldBe(masked);

    [Fact]
    public void Every_action_has_one_row_with_roles_and_a_Chinese_label()
    {
        foreach (var a in Enum.GetValues<InspectionAction>())
        {
            var t = InspectionWorkflow.Find(a);
            t.Roles.ShouldNotBeEmpty();
            t.From.ShouldNotBeEmpty();
            t.Label.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Only_the_table_moves_a_visit_from_planned_to_completed()
    {
        var officer = new Actor(Guid.NewGuid(), "执法人员", Guid.NewGuid(), new HashSet<string> { Roles.Officer }, false);
        var clerk = new Actor(Guid.NewGuid(), "窗口", Guid.NewGuid(), new HashSet<string> { Roles.WindowClerk }, false);
        InspectionWorkflow.AllowedFor(InspectionStatus.Planned, officer).Select(t => t.Action).ShouldBe([InspectionAction.Start]);
        InspectionWorkflow.AllowedFor(InspectionStatus.Planned, clerk).ShouldBeEmpty();
        Should.Throw<DomainRuleException>(() => InspectionWorkflow.Check(InspectionAction.Complete, InspectionStatus.Planned, officer)).Code.ShouldBe("inspection.action-not-allowed");
        Should.Throw<DomainRuleException>(() => InspectionWorkflow.Check(InspectionAction.Start, InspectionStatus.Planned, clerk)).Code.ShouldBe("inspection.role-not-allowed");
        InspectionWorkflow.Check(InspectionAction.Publish, InspectionStatus.Completed, new Actor(Guid.NewGuid(), "公开", Guid.NewGuid(), new HashSet<string> { Roles.DisclosureClerk }, false)).Action.ShouldBe(InspectionAction.Publish);
    }

    [Fact]
    public void Complaints_referrals_follow_ups_and_licensing_checks_are_cap_exempt_R_INS_9()
    {
        Enum.GetValues<InspectionKind>().Where(InspectionNames.IsCapExempt).ShouldBe(
            [InspectionKind.Complaint, InspectionKind.Referral, InspectionKind.FollowUp, InspectionKind.LicensingSiteCheck], ignoreOrder: true);
    }
}
