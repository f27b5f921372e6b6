using System.Globalization;
using System.Net;
using System.Text;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Authorization;

namespace Weijian.Publicity.Portal;

public sealed record FlowchartStep(string Label, string Who, string? Note);

public sealed record Flowchart(string Title, IReadOnlyList<FlowchartStep> Steps)
{
    /// <summary>A vertical chart of boxes and arrows, server-rendered so it needs no script; the page gives the steps as text too.</summary>
    public string ToSvg()
    {
        const int width = 360, box = 44, gap = 22;
        var height = Steps.Count * (box + gap) + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(Title)}\">");
        for (var i = 0; i < Steps.Count; i++)
        {
            var y = 5 + i * (box + gap);
            var s = Steps[i];
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"10\" y=\"{y}\" width=\"{width - 20}\" height=\"{box}\" rx=\"6\" fill=\"#f4f7fb\" stroke=\"#2f5d8a\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"{y + 19}\" text-anchor=\"middle\" font-size=\"14\">{i + 1}. {WebUtility.HtmlEncode(s.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"{y + 36}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#555\">{WebUtility.HtmlEncode(s.Who + (s.Note is null ? "" : "；" + s.Note))}</text>");
            if (i < Steps.Count - 1)
            {
                var ay = y + box;
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{width / 2}\" y1=\"{ay}\" x2=\"{width / 2}\" y2=\"{ay + gap - 4}\" stroke=\"#2f5d8a\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{width / 2 - 5},{ay + gap - 8} {width / 2 + 5},{ay + gap - 8} {width / 2},{ay + gap}\" fill=\"#2f5d8a\"/>");
            }
        }

        return svg.Append("</svg>").ToString();
    }
}

/// <summary>
/// 执法流程图 (R-TRS-2) drawn from the penalty case transition table (<see cref="CaseWorkflow.Table"/>), so the public chart
/// is the procedure the system enforces: the main path of the general procedure and the simple (当场) procedure.
/// </summary>
public static class PortalFlowcharts
{
    private static readonly Dictionary<CaseAction, string> Notes = new()
    {
        [CaseAction.ScheduleHearing] = "当事人申请听证时",
        [CaseAction.RecordHearing] = "当事人申请听证时",
        [CaseAction.RecordCollectiveDiscussion] = "情节复杂或重大违法行为",
        [CaseAction.RecordPayment] = "有罚没款时",
        [CaseAction.DecidePenalty] = "7个工作日内公示决定",
    };

    public static Flowchart General() => Chart(
        "行政处罚一般程序流程图",
        CaseWorkflow.Table.Where(t => t.Primary && t.Action is not (CaseAction.DecideReferral or CaseAction.RecordTransfer or CaseAction.FileSummaryRecord)));

    public static Flowchart Simple() => Chart(
        "行政处罚简易程序（当场处罚）流程图",
        new[] { CaseAction.DecideSummarily, CaseAction.FileSummaryRecord, CaseAction.RecordPayment, CaseAction.CloseCase, CaseAction.ArchiveCase }.Select(CaseWorkflow.Find));

    private static Flowchart Chart(string title, IEnumerable<CaseTransition> steps) =>
        new(title, [.. steps.Select(t => new FlowchartStep(t.Label, string.Join("、", t.Roles.Select(Roles.ChineseName)), Notes.GetValueOrDefault(t.Action)))]);
}
