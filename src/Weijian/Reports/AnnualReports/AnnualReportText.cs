using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Weijian.Reports.Figures;

namespace Weijian.Reports.AnnualReports;

/// <summary>A figure token in a section's text: <c>{{figure:id}}</c> this year's value, <c>{{figure:id:prev}}</c> last year's.</summary>
public sealed record FigureToken(string Id, bool Previous);

/// <summary>
/// The figure tokens of a report's narrative (docs/adr/0015): parsing, substituting values, formatting them as a
/// report prints them, and the prefilled draft in the seeds' phrasing (R-PUB-3 sections, R-PUB-5 metrics).
/// </summary>
public static partial class AnnualReportText
{
    /// <summary>What a figure the catalogue does not (yet) hold prints as: never 0 (issue #8).</summary>
    public const string Absent = "（暂无该项统计）";

    /// <summary>What a rate over nothing prints as (no denominator records: not 0 %).</summary>
    public const string NoBase = "（无统计基数）";

    [GeneratedRegex(@"\{\{figure:([a-z0-9][a-z0-9.\-]*)(:prev)?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static string Token(string id, bool previous = false) => previous ? $"{{{{figure:{id}:prev}}}}" : $"{{{{figure:{id}}}}}";

    public static IReadOnlyList<FigureToken> Tokens(string? text) =>
        string.IsNullOrEmpty(text) ? [] : [.. TokenPattern().Matches(text).Select(m => new FigureToken(m.Groups[1].Value, m.Groups[2].Success)).Distinct()];

    /// <summary>The ids used anywhere in the texts, in order of first use.</summary>
    public static IReadOnlyList<string> FigureIds(IEnumerable<string> texts) =>
        [.. texts.SelectMany(Tokens).Select(t => t.Id).Distinct(StringComparer.Ordinal)];

    /// <summary>Replaces every token by <paramref name="value"/>'s text for it.</summary>
    public static string Substitute(string text, Func<FigureToken, string> value) =>
        TokenPattern().Replace(text, m => value(new FigureToken(m.Groups[1].Value, m.Groups[2].Success)));

    /// <summary>A value as the report prints it: a count whole, an amount to the fen, a rate in per cent.</summary>
    public static string Format(string kind, decimal? value)
    {
        if (value is not { } v)
        {
            return kind == nameof(FigureKind.Rate) ? NoBase : Absent;
        }

        return kind == nameof(FigureKind.Rate)
            ? (v * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%"
            : v.ToString(kind == nameof(FigureKind.Amount) ? "0.##" : "0", CultureInfo.InvariantCulture);
    }

    /// <summary>This year minus last year; a rate's change in percentage points.</summary>
    public static string Change(string kind, decimal? current, decimal? previous)
    {
        if (current is not { } c || previous is not { } p)
        {
            return "—";
        }

        var d = c - p;
        var sign = d > 0 ? "+" : "";
        return kind == nameof(FigureKind.Rate)
            ? sign + (d * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "个百分点"
            : sign + d.ToString(kind == nameof(FigureKind.Amount) ? "0.##" : "0", CultureInfo.InvariantCulture);
    }

    private sealed record Clause(string Text, params string[] Ids);

    private sealed record Paragraph(string Lead, params Clause[] Clauses);

    private static string F(string id) => Token(id);

    // The seeds' phrasing (永州市冷水滩区、海宁市、沙坪坝区 reports in /work/shared/seeds): 全年共受理……件，准予……件。
    private static readonly Paragraph[] MeasureParagraphs =
    [
        new("（一）依法实施行政许可。",
            new($"全年共受理行政许可申请{F("licensing.applications.received")}件", "licensing.applications.received"),
            new($"准予许可{F("licensing.applications.granted")}件", "licensing.applications.granted"),
            new($"不予许可{F("licensing.applications.refused")}件", "licensing.applications.refused"),
            new($"当场办结{F("licensing.applications.on-the-spot")}件", "licensing.applications.on-the-spot"),
            new($"以告知承诺方式办理{F("licensing.applications.commitment")}件", "licensing.applications.commitment"),
            new($"按承诺时限办结率{F("licensing.decisions.on-time-rate")}", "licensing.decisions.on-time-rate"),
            new($"依法撤销行政许可{F("licensing.licences.revoked")}件", "licensing.licences.revoked")),
        new("（二）规范开展监督检查。",
            new($"全年开展监督检查{F("inspections.visits")}户次", "inspections.visits"),
            new($"完成“双随机、一公开”抽查任务{F("inspections.random.tasks")}项", "inspections.random.tasks"),
            new($"抽取检查对象{F("inspections.random.targets")}户、已完成{F("inspections.random.completed")}户", "inspections.random.targets", "inspections.random.completed"),
            new($"任务完成率{F("inspections.random.completion-rate")}", "inspections.random.completion-rate"),
            new($"抽查结果公示率{F("inspections.random.results-published-rate")}", "inspections.random.results-published-rate")),
        new("（三）严格规范公正文明执法。",
            new($"全年立案查处各类案件{F("enforcement.cases.filed")}件（上年{Token("enforcement.cases.filed", true)}件）", "enforcement.cases.filed"),
            new($"作出行政处罚决定{F("enforcement.decisions.penalty")}件", "enforcement.decisions.penalty"),
            new($"罚款{F("enforcement.fines.total")}元", "enforcement.fines.total"),
            new($"没收违法所得{F("enforcement.confiscations.total")}元", "enforcement.confiscations.total"),
            new($"办理初次轻微违法不予处罚案件{F("enforcement.decisions.no-penalty")}件", "enforcement.decisions.no-penalty"),
            new($"移送司法机关{F("enforcement.transfers")}件", "enforcement.transfers"),
            new($"举行听证{F("enforcement.hearings.held")}次", "enforcement.hearings.held"),
            new($"开展重大执法决定法制审核{F("enforcement.legal-reviews")}件", "enforcement.legal-reviews"),
            new($"集体讨论{F("enforcement.collective-discussions")}件", "enforcement.collective-discussions"),
            new($"执法全过程音像记录率{F("enforcement.av-recording.rate")}", "enforcement.av-recording.rate"),
            new($"依法采取行政强制措施{F("enforcement.compulsory-measures")}次", "enforcement.compulsory-measures")),
        new("（四）加强行政执法监督。",
            new($"全年评查行政处罚案卷{F("enforcement.case-files.evaluated")}卷", "enforcement.case-files.evaluated"),
            new($"其中评为优秀案卷{F("enforcement.case-files.excellent")}卷", "enforcement.case-files.excellent")),
        new("（五）推进政务公开和信用监管。",
            new($"公示行政执法信息{F("publicity.disclosures.published")}条", "publicity.disclosures.published"),
            new($"按时公示率{F("publicity.disclosures.on-time-rate")}", "publicity.disclosures.on-time-rate"),
            new($"记录信用信息{F("credit.records.created")}条", "credit.records.created"),
            new($"办理信用修复{F("credit.repairs.approved")}件", "credit.repairs.approved")),
        new("（六）加强执法队伍建设。",
            new($"全局持证执法人员{F("registry.officers.credentialed")}人", "registry.officers.credentialed"),
            new($"纳入监管的监管对象{F("registry.entities.active")}户", "registry.entities.active")),
    ];

    /// <summary>
    /// The prefilled draft: section 一 from the figures in the seeds' phrasing — only clauses whose figures the catalogue
    /// holds (a token the catalogue lacks would be refused on the first save), a paragraph only when one of its clauses
    /// remains — and sections 二–四 in the seeds' usual wording for staff to replace with the year's facts.
    /// </summary>
    public static IReadOnlyDictionary<AnnualReportSection, string> Prefill(int year, Func<string, bool> inCatalogue)
    {
        ArgumentNullException.ThrowIfNull(inCatalogue);
        var measures = new StringBuilder();
        measures.Append(year).Append("年，我局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面推进依法行政，现将主要举措和成效报告如下。");
        foreach (var p in MeasureParagraphs)
        {
            var clauses = p.Clauses.Where(c => c.Ids.All(inCatalogue)).Select(c => c.Text).ToList();
            if (clauses.Count > 0)
            {
                measures.Append('\n').Append(p.Lead).Append(string.Join("，", clauses)).Append('。');
            }
        }

        return new Dictionary<AnnualReportSection, string>
        {
            [AnnualReportSection.Measures] = measures.ToString(),
            [AnnualReportSection.Shortcomings] =
                "一是执法人员法律素养和专业能力与新形势新要求还有差距，部分执法人员对新修订法律法规的学习掌握不够深入。\n" +
                "二是普法宣传的针对性和实效性有待加强，以案释法的形式还不够丰富。\n" +
                "原因主要是执法力量与监管任务不相匹配，培训的系统性不足。",
            [AnnualReportSection.Leadership] =
                "局党组书记、局长切实履行推进法治建设第一责任人职责，将法治建设纳入年度工作计划，与卫生健康工作同部署、同推进、同督促、同考核、同奖惩；" +
                "主持召开局党组会议专题研究法治建设工作，带头学法、尊法、守法、用法，对重大执法决定严格落实法制审核和集体讨论制度。",
            [AnnualReportSection.Plans] =
                $"{year + 1}年，我局将继续深入学习贯彻习近平法治思想：\n" +
                "一是深化行政执法“三项制度”，严格落实重大执法决定法制审核。\n" +
                "二是加强执法队伍建设，开展执法人员法律知识和业务技能培训。\n" +
                "三是落实“谁执法谁普法”普法责任制，创新普法宣传形式。",
            [AnnualReportSection.Other] = "",
        };
    }
}
