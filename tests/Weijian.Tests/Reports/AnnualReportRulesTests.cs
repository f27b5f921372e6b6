using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;
using Weijian.Reports.AnnualReports;

namespace Weijian.Tests.Reports;

/// <summary>法治政府建设年度报告 (R-PUB-3): the transition table and the figure tokens of the narrative (docs/adr/0014).</summary>
public sealed class AnnualReportRulesTests
{
    private static Actor As(string role) => new(Guid.NewGuid(), role, Guid.NewGuid(), new HashSet<string> { role }, false);

    public static TheoryData<AnnualReportAction, AnnualReportStatus, string, string?> Transitions => new()
    {
        // action, from, role, refusal code (null: allowed)
        { AnnualReportAction.EditSection, AnnualReportStatus.Draft, Roles.Officer, null },
        { AnnualReportAction.EditSection, AnnualReportStatus.Draft, Roles.BureauHead, null },
        { AnnualReportAction.EditSection, AnnualReportStatus.Draft, Roles.WindowClerk, "annual-report.role-not-allowed" },
        { AnnualReportAction.EditSection, AnnualReportStatus.Finalised, Roles.BureauHead, "annual-report.finalised" },
        { AnnualReportAction.EditSection, AnnualReportStatus.Superseded, Roles.Officer, "annual-report.finalised" },
        { AnnualReportAction.Finalise, AnnualReportStatus.Draft, Roles.BureauHead, null },
        { AnnualReportAction.Finalise, AnnualReportStatus.Draft, Roles.Officer, "annual-report.role-not-allowed" },
        { AnnualReportAction.Finalise, AnnualReportStatus.Draft, Roles.LegalReviewer, "annual-report.role-not-allowed" },
        { AnnualReportAction.Finalise, AnnualReportStatus.Finalised, Roles.BureauHead, "annual-report.finalised" },
        { AnnualReportAction.Correct, AnnualReportStatus.Finalised, Roles.BureauHead, null },
        { AnnualReportAction.Correct, AnnualReportStatus.Finalised, Roles.Officer, "annual-report.role-not-allowed" },
        { AnnualReportAction.Correct, AnnualReportStatus.Draft, Roles.BureauHead, "annual-report.action-not-allowed" },
        { AnnualReportAction.Correct, AnnualReportStatus.Superseded, Roles.BureauHead, "annual-report.finalised" },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void The_transition_table_decides_who_may_do_what_from_which_status(AnnualReportAction action, AnnualReportStatus from, string role, string? refusal)
    {
        if (refusal is null)
        {
            AnnualReportWorkflow.Check(action, from, As(role)).Action.ShouldBe(action);
            AnnualReportWorkflow.AllowedFor(from, As(role)).Select(t => t.Action).ShouldContain(action);
        }
        else
        {
            Should.Throw<DomainRuleException>(() => AnnualReportWorkflow.Check(action, from, As(role))).Code.ShouldBe(refusal);
            AnnualReportWorkflow.AllowedFor(from, As(role)).Select(t => t.Action).ShouldNotContain(action);
        }
    }

    [Fact]
    public void Every_action_has_one_row_and_a_finalised_report_allows_only_a_correction()
    {
        foreach (var a in Enum.GetValues<AnnualReportAction>())
        {
            AnnualReportWorkflow.Find(a).Label.ShouldNotBeNullOrWhiteSpace();
        }

        AnnualReportWorkflow.AllowedFor(AnnualReportStatus.Finalised, As(Roles.BureauHead)).Select(t => t.Action).ShouldBe([AnnualReportAction.Correct]);
        AnnualReportWorkflow.AllowedFor(AnnualReportStatus.Superseded, As(Roles.BureauHead)).ShouldBeEmpty();
    }

    [Fact]
    public void Tokens_are_parsed_and_replaced_and_a_figure_outside_the_catalogue_prints_as_absent_never_zero()
    {
        var text = "受理{{figure:licensing.applications.received}}件（上年{{figure:licensing.applications.received:prev}}件），听证{{figure:no.such}}次。{{figure:}}";
        AnnualReportText.Tokens(text).ShouldBe([new FigureToken("licensing.applications.received", false), new FigureToken("licensing.applications.received", true), new FigureToken("no.such", false)]);
        AnnualReportText.FigureIds([text]).ShouldBe(["licensing.applications.received", "no.such"]);
        var values = new[] { new FrozenFigure("licensing.applications.received", "受理数", "件", "Count", 247m, 231m) };
        AnnualReportViews.Render(text, values).ShouldBe("受理247件（上年231件），听证（暂无该项统计）次。{{figure:}}");
    }

    [Fact]
    public void Values_print_as_a_report_prints_them()
    {
        AnnualReportText.Format("Count", 12m).ShouldBe("12");
        AnnualReportText.Format("Amount", 86500.50m).ShouldBe("86500.5");
        AnnualReportText.Format("Rate", 0.9655m).ShouldBe("96.6%");
        AnnualReportText.Format("Rate", null).ShouldBe(AnnualReportText.NoBase);
        AnnualReportText.Format("Count", null).ShouldBe(AnnualReportText.Absent);
        AnnualReportText.Change("Count", 31m, 28m).ShouldBe("+3");
        AnnualReportText.Change("Rate", 0.9m, 0.95m).ShouldBe("-5个百分点");
        AnnualReportText.Change("Count", 3m, null).ShouldBe("—");
    }

    [Fact]
    public void The_prefilled_draft_uses_only_figures_of_the_catalogue_in_the_seeds_phrasing()
    {
        var only = new HashSet<string> { "licensing.applications.received", "enforcement.cases.filed" };
        var draft = AnnualReportText.Prefill(2025, only.Contains);
        var measures = draft[AnnualReportSection.Measures];
        measures.ShouldContain("全年共受理行政许可申请{{figure:licensing.applications.received}}件");
        measures.ShouldContain("{{figure:enforcement.cases.filed:prev}}");
        AnnualReportText.FigureIds(draft.Values).ShouldBe(["licensing.applications.received", "enforcement.cases.filed"], ignoreOrder: true);
        measures.ShouldNotContain("（二）规范开展监督检查", customMessage: "a paragraph without any catalogued figure is left out");
        draft[AnnualReportSection.Plans].ShouldStartWith("2026年");
    }
}
