using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;

namespace Weijian.Reports.AnnualReports;

/// <summary>Everything a user can do to a report; each is one row of <see cref="AnnualReportWorkflow.Table"/>.</summary>
public enum AnnualReportAction
{
    EditSection,
    Finalise,
    Correct,
}

/// <summary>One row of the transition table (the shape of <c>Enforcement/PenaltyCases/CaseWorkflow</c>).</summary>
public sealed record AnnualReportTransition(AnnualReportAction Action, IReadOnlyList<AnnualReportStatus> From, AnnualReportStatus? To, IReadOnlyList<string> Roles, string Label);

/// <summary>
/// Workflow as data (DESIGN §5): this table drives <see cref="AnnualReport"/>, the buttons of the editor page and the
/// table-driven test. Staff draft; the head (党政主要负责人, R-PUB-3's 第一责任人) finalises and orders corrections.
/// </summary>
public static class AnnualReportWorkflow
{
    public static readonly IReadOnlyList<string> Drafters = [Roles.BureauHead, Roles.Officer, Roles.LegalReviewer, Roles.DisclosureClerk];

    public static readonly IReadOnlyList<AnnualReportTransition> Table =
    [
        new(AnnualReportAction.EditSection, [AnnualReportStatus.Draft], null, Drafters, "编辑报告"),
        new(AnnualReportAction.Finalise, [AnnualReportStatus.Draft], AnnualReportStatus.Finalised, [Roles.BureauHead], "定稿签发"),
        new(AnnualReportAction.Correct, [AnnualReportStatus.Finalised], AnnualReportStatus.Superseded, [Roles.BureauHead], "更正（新版本）"),
    ];

    public static AnnualReportTransition Find(AnnualReportAction action) => Table.Single(t => t.Action == action);

    public static IEnumerable<AnnualReportTransition> AllowedFor(AnnualReportStatus status, Actor actor) =>
        Table.Where(t => t.From.Contains(status) && (actor.IsSystem || t.Roles.Any(actor.IsInRole)));

    /// <summary>Refuses an action the table does not allow: 409 from the wrong status (a finalised report: <c>annual-report.finalised</c>), 403 for the wrong role.</summary>
    public static AnnualReportTransition Check(AnnualReportAction action, AnnualReportStatus status, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var t = Find(action);
        if (!t.From.Contains(status))
        {
            throw status == AnnualReportStatus.Draft
                ? DomainRuleException.Conflict("annual-report.action-not-allowed", $"报告尚未定稿，不能执行“{t.Label}”")
                : DomainRuleException.Conflict("annual-report.finalised", $"报告已{AnnualReportNames.Of(status)}，不能执行“{t.Label}”；如需修改请更正为新版本");
        }

        if (!actor.IsSystem && !t.Roles.Any(actor.IsInRole))
        {
            throw DomainRuleException.Forbidden("annual-report.role-not-allowed", $"“{t.Label}”须由{string.Join("或", t.Roles.Select(Roles.ChineseName))}办理");
        }

        return t;
    }
}

/// <summary>Chinese names of the report's statuses and sections (R-PUB-3's five parts, headed 一、…五、).</summary>
public static class AnnualReportNames
{
    public static string Of(AnnualReportStatus s) => s switch
    {
        AnnualReportStatus.Draft => "草稿",
        AnnualReportStatus.Finalised => "定稿",
        _ => "被更正",
    };

    public static string Of(AnnualReportSection s) => s switch
    {
        AnnualReportSection.Measures => "主要举措和成效",
        AnnualReportSection.Shortcomings => "存在的不足和原因",
        AnnualReportSection.Leadership => "党政主要负责人履行推进法治建设第一责任人职责情况",
        AnnualReportSection.Plans => "下一年度主要安排",
        _ => "其他",
    };

    public static string Heading(AnnualReportSection s) => "一二三四五"[(int)s] + "、" + Of(s);

    public static AnnualReportSection? ParseSection(string? value) =>
        Enum.TryParse<AnnualReportSection>(value, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
}
