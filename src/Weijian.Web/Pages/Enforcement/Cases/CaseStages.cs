using Weijian.Enforcement.PenaltyCases;

namespace Weijian.Web.Pages.Enforcement.Cases;

/// <summary>How a stage of the main path stands for a case: passed, where it is now, passed over (not needed, e.g. no hearing), or still ahead.</summary>
public enum StageState
{
    Done,
    Current,
    Skipped,
    Ahead,
}

public sealed record CaseStage(string Name, StageState State);

/// <summary>A branch off the main path (不予立案, 撤案, 移送, 不予处罚, 简易程序) and whether this case took it.</summary>
public sealed record CaseBranch(string Name, bool Taken, string? Note);

/// <summary>
/// The progress bar of the case page: the main path of rules.md §4 (受理 → … → 归档) with the stage of the current status
/// highlighted, the stages the full-process record (R-PEN-31) shows were passed, and the branches the case took.
/// </summary>
public static class CaseStages
{
    public static readonly IReadOnlyList<string> MainPath =
        ["受理", "立案", "调查取证", "调查终结", "事先告知", "陈述申辩/听证", "法制审核", "集体讨论", "决定", "送达", "执行", "结案", "归档"];

    private const int Statement = 5;
    private const int Decision = 8;

    /// <summary>The main-path stage a status belongs to; null for the branch statuses, which sit where the case left the path.</summary>
    public static int? StageOf(CaseStatus status) => status switch
    {
        CaseStatus.Lead => 0,
        CaseStatus.FilingRequested or CaseStatus.NotFiled => 1,
        CaseStatus.Investigating => 2,
        CaseStatus.Concluded => 3,
        CaseStatus.Notified => 4,
        CaseStatus.Hearing => Statement,
        CaseStatus.LegalReview or CaseStatus.Reviewed => 6,
        CaseStatus.Discussed => 7,
        CaseStatus.Decided => Decision,
        CaseStatus.Served => 9,
        CaseStatus.Executed => 10,
        CaseStatus.Closed => 11,
        CaseStatus.Archived => 12,
        _ => null,
    };

    public static IReadOnlyList<CaseStage> Of(CaseStatus status, IReadOnlyList<CaseStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var current = StageOf(status) ?? BranchPoint(steps);
        var visited = new HashSet<int> { 0, current };
        foreach (var s in steps)
        {
            if (StageOf(s.To) is { } to)
            {
                visited.Add(to);
            }

            // A statement, waiver or hearing passes 陈述申辩/听证 without changing the status; a summary decision is a decision.
            if (s.Action is CaseAction.RecordStatement or CaseAction.RecordHearing)
            {
                visited.Add(Statement);
            }

            if (s.Action == CaseAction.DecideSummarily)
            {
                visited.Add(Decision);
            }
        }

        return [.. MainPath.Select((name, i) => new CaseStage(
            name,
            i == current ? StageState.Current
            : i > current ? StageState.Ahead
            : visited.Contains(i) ? StageState.Done
            : StageState.Skipped))];
    }

    /// <summary>Branches off the main path, marking those the case took.</summary>
    public static IReadOnlyList<CaseBranch> Branches(PenaltyCaseView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var status = Enum.Parse<CaseStatus>(view.Status);
        var actions = view.Steps.Select(s => s.Action).ToHashSet();
        var transferred = view.Steps.Any(s => s.Action == CaseAction.DecideReferral && s.To == CaseStatus.Transferred);
        var referral = status == CaseStatus.ReferralProposed ? "审批中"
            : transferred ? "已批准移送"
            : actions.Contains(CaseAction.ProposeReferral) ? "未批准移送" : null;
        return
        [
            new("不予立案", actions.Contains(CaseAction.DeclineFiling), null),
            new("撤案", actions.Contains(CaseAction.Withdraw), null),
            new("移送", transferred || status == CaseStatus.ReferralProposed, referral),
            new("不予处罚", view.Outcome == nameof(CaseOutcome.NoPenalty), null),
            new("简易程序", view.Procedure == nameof(CaseProcedure.Summary), null),
        ];
    }

    /// <summary>
    /// Where a case in a branch status (移送审批, 已移送, 已撤案) left the main path: the stage it was in at the latest step
    /// from a main-path status into a branch status.
    /// </summary>
    private static int BranchPoint(IReadOnlyList<CaseStep> steps) =>
        steps.LastOrDefault(s => StageOf(s.To) is null && StageOf(s.From) is not null) is { } step ? StageOf(step.From)!.Value : 0;
}
