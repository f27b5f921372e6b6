using System.Linq.Expressions;
using Weijian.Platform.Publication;
using Weijian.Publicity.Disclosures;
using Weijian.Publicity.Officers;

namespace Weijian.Reports.Figures;

/// <summary>行政执法公示 and 亮码 figures (R-TRS-4 timely publication, R-PEN-32 withdrawal; visit ratings and complaints), counted
/// as <see cref="DisclosureStatisticsHandler"/> and <see cref="GetOfficerCodeStatisticsHandler"/> count them.</summary>
public static class PublicityFigures
{
    public const string Module = "Publicity";

    private static readonly Expression<Func<EnforcementDisclosure, FigureRecord>> Disclosure = d => new FigureRecord
    {
        OrganizationId = d.OrganizationId,
        SubjectType = nameof(EnforcementDisclosure),
        SubjectId = d.Id,
        Label = d.DecisionNumber + " " + d.Title,
        Date = d.DecidedOn,
        Group = d.Kind.ToString(),
        Amount = 0m,
    };

    /// <summary>The decisions of the period that had to be published: a disclosure withdrawn before it was published is not due.</summary>
    private static IQueryable<EnforcementDisclosure> Due(FigureScope s) => s.Rows<EnforcementDisclosure>()
        .Where(d => d.Kind != DisclosureKind.InspectionResult && d.DecidedOn >= s.From && d.DecidedOn <= s.To && !(d.PublishedOn == null && d.WithdrawnOn != null));

    /// <summary>The decisions due in the period, one <see cref="FigureFamily"/> (issue #8: the rate read them twice, once per part).</summary>
    private static readonly FigureFamily<EnforcementDisclosure> DueDecisions = new(Due, Disclosure);

    private static FigureDefinition Def(string id, string name, string nameEn, string definition, string definitionEn, string rule, FigureKind kind = FigureKind.Count, string unit = "件", string? breakdown = null) =>
        new(id, name, nameEn, definition, definitionEn, rule, Module, kind, unit, breakdown);

    public static IEnumerable<Figure> All() =>
    [
        DueDecisions.Count(
            Def(
                "publicity.disclosures.published", "公示执法决定数", "Enforcement decisions published",
                "本期作出的行政处罚、行政许可及其他执法决定中已向社会公示的件数（R-TRS-4）。",
                "Penalty, licensing and other enforcement decisions made in the period that have been published (R-TRS-4).",
                "计入：决定日期在统计期内、已公示的执法决定（公示后撤下的仍计入）；双随机抽查结果见“双随机抽查结果公示率”。", breakdown: "决定类别"),
            d => d.PublishedOn != null),
        new RateFigure(
            Def(
                "publicity.disclosures.on-time-rate", "执法决定公示及时率", "Decisions published on time",
                "本期作出、应当公示的执法决定中，在规定期限内公示的比例（R-TRS-4）。",
                "Of the enforcement decisions made in the period that had to be published, the share published within the time limit (R-TRS-4).",
                "分母：决定日期在统计期内、应当公示的行政处罚、行政许可及其他执法决定（公示前即撤回的不计）；分子：其中公示日期不晚于公示期限的决定。",
                FigureKind.Rate, "%", "决定类别"),
            DueDecisions.Count(Def("publicity.disclosures.on-time", "", "", "", "", ""), d => d.PublishedOn <= d.Due),
            DueDecisions.Count(Def("publicity.disclosures.due", "", "", "", "", ""), d => true)),
        new QueryFigure(
            Def(
                "publicity.disclosures.withdrawn", "撤下公示信息数", "Published decisions withdrawn",
                "本期作出的执法决定中，公示后因决定被撤销、变更等原因撤下公示信息的件数（R-PEN-32）。",
                "Enforcement decisions made in the period whose published information was later withdrawn (decision revoked or changed, R-PEN-32).",
                "计入：决定日期在统计期内、已公示且已撤下的执法决定。", breakdown: "决定类别"),
            s => s.Rows<EnforcementDisclosure>().Where(d => d.DecidedOn >= s.From && d.DecidedOn <= s.To && d.PublishedOn != null && d.WithdrawnOn != null).Select(Disclosure)),
        new QueryFigure(
            Def(
                "publicity.visit-ratings", "亮码检查评价数", "Inspection visits rated",
                "本期经被检查对象扫码确认的检查中，对象作出满意度评价的次数（评价内容不在明细中列出，以保护评价人）。",
                "Inspection visits confirmed by the inspected party's scan in the period that the party rated (the ratings themselves are not listed, to protect the rater).",
                "计入：扫码确认日期在统计期内、已作出满意度评价的检查确认记录。", unit: "次"),
            s => s.Rows<VisitConfirmation>().Where(c => c.ConfirmedOn >= s.From && c.ConfirmedOn <= s.To && c.Satisfaction != null)
                .Select(c => new FigureRecord
                {
                    OrganizationId = c.OrganizationId,
                    SubjectType = "Inspection",
                    SubjectId = c.InspectionId,
                    Label = c.InspectionNumber,
                    Date = c.ConfirmedOn,
                    Amount = 0m,
                    Group = null,
                })),
        new QueryFigure(
            Def(
                "publicity.visit-complaints", "亮码检查投诉数", "Complaints about inspection visits",
                "本期收到的被检查对象对检查人员执法行为的投诉件数。",
                "Complaints by inspected parties about the officers' conduct received in the period.",
                "计入：收到日期在统计期内的投诉，不论是否已答复。"),
            s => s.Rows<VisitComplaint>().Where(k => k.ReceivedOn >= s.From && k.ReceivedOn <= s.To)
                .Select(k => new FigureRecord
                {
                    OrganizationId = k.OrganizationId,
                    SubjectType = "Inspection",
                    SubjectId = k.InspectionId,
                    Label = k.InspectionNumber,
                    Date = k.ReceivedOn,
                    Amount = 0m,
                    Group = null,
                })),
    ];
}
