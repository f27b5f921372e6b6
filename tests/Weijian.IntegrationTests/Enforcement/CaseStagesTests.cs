using Weijian.Enforcement.PenaltyCases;
using Weijian.Web.Pages.Enforcement.Cases;

namespace Weijian.IntegrationTests.Enforcement;

/// <summary>The case page's progress bar read from the full-process record (R-PEN-31): passed, current, passed over and branch stages.</summary>
public sealed class CaseStagesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8));

    private static CaseStep Step(int n, CaseAction action, CaseStatus from, CaseStatus to) => new(n, action, from, to, At, "王丽华", null);

    private static IReadOnlyList<CaseStep> Path(params (CaseAction Action, CaseStatus From, CaseStatus To)[] steps) =>
        [.. steps.Select((s, i) => Step(i + 1, s.Action, s.From, s.To))];

    private static StageState StateOf(IReadOnlyList<CaseStage> stages, string name) => stages.Single(s => s.Name == name).State;

    [Fact]
    public void A_waived_defence_passes_the_statement_stage_and_review_and_discussion_not_needed_are_passed_over()
    {
        var steps = Path(
            (CaseAction.RegisterLead, CaseStatus.Lead, CaseStatus.Lead),
            (CaseAction.RequestFiling, CaseStatus.Lead, CaseStatus.FilingRequested),
            (CaseAction.ApproveFiling, CaseStatus.FilingRequested, CaseStatus.Investigating),
            (CaseAction.ConcludeInvestigation, CaseStatus.Investigating, CaseStatus.Concluded),
            (CaseAction.NotifyParty, CaseStatus.Concluded, CaseStatus.Notified),
            (CaseAction.RecordStatement, CaseStatus.Notified, CaseStatus.Notified),
            (CaseAction.DecidePenalty, CaseStatus.Notified, CaseStatus.Decided));

        var stages = CaseStages.Of(CaseStatus.Decided, steps);

        stages.Select(s => s.Name).ShouldBe(CaseStages.MainPath);
        StateOf(stages, "事先告知").ShouldBe(StageState.Done);
        StateOf(stages, "陈述申辩/听证").ShouldBe(StageState.Done);
        StateOf(stages, "法制审核").ShouldBe(StageState.Skipped);
        StateOf(stages, "集体讨论").ShouldBe(StageState.Skipped);
        StateOf(stages, "决定").ShouldBe(StageState.Current);
        StateOf(stages, "送达").ShouldBe(StageState.Ahead);
        stages.Count(s => s.State == StageState.Current).ShouldBe(1);
    }

    [Fact]
    public void A_summary_procedure_case_is_decided_on_the_spot_and_skips_filing_and_investigation()
    {
        var steps = Path(
            (CaseAction.RegisterLead, CaseStatus.Lead, CaseStatus.Lead),
            (CaseAction.DecideSummarily, CaseStatus.Lead, CaseStatus.Served));

        var stages = CaseStages.Of(CaseStatus.Served, steps);

        StateOf(stages, "受理").ShouldBe(StageState.Done);
        StateOf(stages, "立案").ShouldBe(StageState.Skipped);
        StateOf(stages, "调查取证").ShouldBe(StageState.Skipped);
        StateOf(stages, "决定").ShouldBe(StageState.Done);
        StateOf(stages, "送达").ShouldBe(StageState.Current);
    }

    [Fact]
    public void A_case_awaiting_or_after_referral_stays_at_the_stage_it_left_the_main_path_from()
    {
        var proposed = Path(
            (CaseAction.RegisterLead, CaseStatus.Lead, CaseStatus.Lead),
            (CaseAction.RequestFiling, CaseStatus.Lead, CaseStatus.FilingRequested),
            (CaseAction.ApproveFiling, CaseStatus.FilingRequested, CaseStatus.Investigating),
            (CaseAction.ProposeReferral, CaseStatus.Investigating, CaseStatus.ReferralProposed));
        StateOf(CaseStages.Of(CaseStatus.ReferralProposed, proposed), "调查取证").ShouldBe(StageState.Current);

        var transferred = Path([.. proposed.Select(s => (s.Action, s.From, s.To)), (CaseAction.DecideReferral, CaseStatus.ReferralProposed, CaseStatus.Transferred)]);
        var stages = CaseStages.Of(CaseStatus.Transferred, transferred);
        StateOf(stages, "调查取证").ShouldBe(StageState.Current);
        StateOf(stages, "调查终结").ShouldBe(StageState.Ahead);
    }
}
