using Weijian.Enforcement.PenaltyCases;

namespace Weijian.Reports.Figures;

/// <summary>行政处罚 figures (R-PUB-5: counts and amounts, 不予处罚, transfers, hearings, 法制审核, 集体讨论; R-TRS-6: the recording
/// rate; 行政执法统计年报: a decision counts once, under its heaviest type), counted as <see cref="CaseStatistics"/> counts them.</summary>
public static class EnforcementFigures
{
    public const string Module = "Enforcement";

    private static IQueryable<FigureRecord> Filed(FigureScope s) => s.Rows<PenaltyCase>()
        .Where(c => c.FiledOn >= s.From && c.FiledOn <= s.To)
        .Select(c => new FigureRecord
        {
            OrganizationId = c.OrganizationId,
            SubjectType = nameof(PenaltyCase),
            SubjectId = c.Id,
            Label = c.Number + " " + c.PartyName,
            Date = c.FiledOn!.Value,
            Group = c.Specialty.ToString(),
            Amount = 0m,
        });

    private static IQueryable<PenaltyCase> PenalisedCases(FigureScope s) => s.Rows<PenaltyCase>()
        .Where(c => c.DecidedOn >= s.From && c.DecidedOn <= s.To && (c.Outcome == CaseOutcome.Penalty || c.Outcome == CaseOutcome.SummaryPenalty));

    private static IQueryable<FigureRecord> Penalised(FigureScope s) => PenalisedCases(s)
        .Select(c => new FigureRecord
        {
            OrganizationId = c.OrganizationId,
            SubjectType = nameof(PenaltyCase),
            SubjectId = c.Id,
            Label = c.Number + " " + c.PartyName,
            Date = c.DecidedOn!.Value,
            Amount = c.DecidedFine,
            Group = c.Specialty.ToString(),
        });

    /// <summary>The cases received in the period that had on-site acts to record on audio/video (R-TRS-6).</summary>
    private static IQueryable<PenaltyCase> AvCases(FigureScope s) => s.Rows<PenaltyCase>()
        .Where(c => c.ReceivedOn >= s.From && c.ReceivedOn <= s.To && c.AvRequiredCount > 0);

    private static FigureDefinition Def(string id, string name, string nameEn, string definition, string definitionEn, string rule, FigureKind kind, string unit, string? breakdown = null) =>
        new(id, name, nameEn, definition, definitionEn, rule, Module, kind, unit, breakdown);

    public static IEnumerable<Figure> All() =>
    [
        new QueryFigure(
            Def(
                "enforcement.cases.filed", "立案数", "Cases filed",
                "本期立案的行政处罚案件数（普通程序经立案审批，简易程序当场作出决定即视为立案）。",
                "Penalty cases filed in the period (ordinary procedure: filing approved; summary procedure: the on-the-spot decision).",
                "计入：立案日期（简易程序为当场决定日期）在统计期内的案件；不论其后是否撤案或结案。", FigureKind.Count, "件"),
            Filed),
        new QueryFigure(
            Def(
                "enforcement.cases.filed.by-specialty", "分专业立案数", "Cases filed by specialty",
                "本期立案的行政处罚案件数，按监督专业分列。",
                "Penalty cases filed in the period, by supervision specialty.",
                "同“立案数”，按案件的监督专业分组。", FigureKind.Count, "件", "专业"),
            Filed),
        new QueryFigure(
            Def(
                "enforcement.decisions.penalty", "作出行政处罚决定数", "Penalty decisions",
                "本期作出的给予行政处罚的决定数（含简易程序当场处罚）。",
                "Decisions imposing a penalty made in the period (incl. on-the-spot summary decisions).",
                "计入：决定日期在统计期内、处理结果为给予处罚（普通程序或简易程序）的案件，每案一个决定。", FigureKind.Count, "件"),
            Penalised),
        new QueryFigure(
            Def(
                "enforcement.decisions.penalty.summary", "简易程序处罚决定数", "Summary-procedure penalty decisions",
                "本期以简易程序当场作出的行政处罚决定数。",
                "On-the-spot penalty decisions under the summary procedure made in the period.",
                "计入：决定日期在统计期内、处理结果为简易程序当场处罚的案件。", FigureKind.Count, "件"),
            s => PenalisedCases(s).Where(c => c.Outcome == CaseOutcome.SummaryPenalty).Select(c => new FigureRecord
            {
                OrganizationId = c.OrganizationId,
                SubjectType = nameof(PenaltyCase),
                SubjectId = c.Id,
                Label = c.Number + " " + c.PartyName,
                Date = c.DecidedOn!.Value,
                Amount = 0m,
                Group = null,
            })),
        new QueryFigure(
            Def(
                "enforcement.decisions.penalty.by-type", "按最重处罚种类分列的处罚决定数", "Penalty decisions by heaviest penalty type",
                "本期作出的行政处罚决定数，按决定中最重的处罚种类分列；一个决定并处多种处罚的，只按其中最重的种类计一次（行政执法统计年报口径）。",
                "Penalty decisions made in the period, each counted once under its heaviest penalty type (the enforcement statistics rule).",
                "计入：同“作出行政处罚决定数”；分组为决定书载明的最重处罚种类（警告＜通报批评＜罚款＜没收＜暂扣许可证件＜降低资质等级＜吊销许可证件＜限制开展生产经营活动＜责令停产停业＜责令关闭＜限制从业），每个决定只计一次。", FigureKind.Count, "件", "处罚种类"),
            s => PenalisedCases(s).Select(c => new FigureRecord
            {
                OrganizationId = c.OrganizationId,
                SubjectType = nameof(PenaltyCase),
                SubjectId = c.Id,
                Label = c.Number + " " + c.PartyName,
                Date = c.DecidedOn!.Value,
                Group = c.HeaviestPenaltyType,
                Amount = 0m,
            })),
        new QueryFigure(
            Def(
                "enforcement.decisions.no-penalty", "不予行政处罚决定数", "Decisions not to penalise",
                "本期作出的不予行政处罚决定数（含首违不罚、违法行为轻微并及时改正等）。",
                "Decisions not to impose a penalty made in the period (incl. first minor violations corrected in time).",
                "计入：决定日期在统计期内、处理结果为不予处罚的案件。", FigureKind.Count, "件"),
            s => s.Rows<PenaltyCase>().Where(c => c.DecidedOn >= s.From && c.DecidedOn <= s.To && c.Outcome == CaseOutcome.NoPenalty)
                .Select(c => new FigureRecord
                {
                    OrganizationId = c.OrganizationId,
                    SubjectType = nameof(PenaltyCase),
                    SubjectId = c.Id,
                    Label = c.Number + " " + c.PartyName,
                    Date = c.DecidedOn!.Value,
                    Amount = 0m,
                    Group = null,
                })),
        new QueryFigure(
            Def(
                "enforcement.fines.total", "罚款金额", "Fines imposed",
                "本期作出的行政处罚决定（含简易程序）决定的罚款金额合计。",
                "Total of the fines in the penalty decisions (incl. summary procedure) made in the period.",
                "计入：决定日期在统计期内、结果为给予处罚的案件，金额为决定书载明的罚款（不含没收违法所得）。", FigureKind.Amount, "元"),
            Penalised),
        new QueryFigure(
            Def(
                "enforcement.confiscations.total", "没收金额", "Confiscations imposed",
                "本期作出的行政处罚决定中没收违法所得及没收非法财物（按决定书载明的价值）的金额合计。",
                "Total of the illegal gains and the value of the property confiscated by the penalty decisions made in the period.",
                "计入：决定日期在统计期内、结果为给予处罚的案件，金额为没收违法所得与没收非法财物价值之和；无没收的决定计0元。", FigureKind.Amount, "元"),
            s => PenalisedCases(s).Select(c => new FigureRecord
            {
                OrganizationId = c.OrganizationId,
                SubjectType = nameof(PenaltyCase),
                SubjectId = c.Id,
                Label = c.Number + " " + c.PartyName,
                Date = c.DecidedOn!.Value,
                Amount = c.DecidedConfiscation,
                Group = null,
            })),
        new QueryFigure(
            Def(
                "enforcement.transfers", "移送司法机关案件数", "Cases transferred to the judicial authorities",
                "本期涉嫌犯罪移送公安（司法）机关的案件数（R-PEN-30）。",
                "Cases handed over to the police (judicial authorities) as suspected crimes in the period (R-PEN-30).",
                "计入：登记移送交接日期在统计期内的案件。", FigureKind.Count, "件"),
            s => s.Rows<PenaltyCase>().Where(c => c.TransferredOn >= s.From && c.TransferredOn <= s.To)
                .Select(c => new FigureRecord
                {
                    OrganizationId = c.OrganizationId,
                    SubjectType = nameof(PenaltyCase),
                    SubjectId = c.Id,
                    Label = c.Number + " " + c.PartyName,
                    Date = c.TransferredOn!.Value,
                    Amount = 0m,
                    Group = null,
                })),
        new QueryFigure(
            Def(
                "enforcement.hearings.held", "举行听证案件数", "Hearings held",
                "本期举行行政处罚听证的案件数（R-PEN-17）。",
                "Penalty cases whose hearing was held in the period (R-PEN-17).",
                "计入：听证举行日期在统计期内且当事人到场的案件；当事人无正当理由不到场视为放弃听证，不计入。", FigureKind.Count, "件"),
            s => s.Rows<PenaltyCase>().Where(c => c.HearingHeldOn >= s.From && c.HearingHeldOn <= s.To && c.HearingPartyAttended == true)
                .Select(c => new FigureRecord
                {
                    OrganizationId = c.OrganizationId,
                    SubjectType = nameof(PenaltyCase),
                    SubjectId = c.Id,
                    Label = c.Number + " " + c.PartyName,
                    Date = c.HearingHeldOn!.Value,
                    Amount = 0m,
                    Group = null,
                })),
        new QueryFigure(
            Def(
                "enforcement.legal-reviews", "法制审核件数", "Legal reviews approved",
                "本期经重大执法决定法制审核通过的案件数（R-PEN-20）。",
                "Penalty cases whose legal review (R-PEN-20) was approved in the period.",
                "计入：审核通过日期在统计期内、且该审核意见仍然有效的案件；审核通过后因修改处理意见而作废的审核不计。", FigureKind.Count, "件"),
            s => s.Rows<PenaltyCase>().Where(c => c.LegalReviewApprovedOn >= s.From && c.LegalReviewApprovedOn <= s.To)
                .Select(c => new FigureRecord
                {
                    OrganizationId = c.OrganizationId,
                    SubjectType = nameof(PenaltyCase),
                    SubjectId = c.Id,
                    Label = c.Number + " " + c.PartyName,
                    Date = c.LegalReviewApprovedOn!.Value,
                    Amount = 0m,
                    Group = null,
                })),
        new QueryFigure(
            Def(
                "enforcement.collective-discussions", "集体讨论次数", "Collective discussions",
                "本期对行政处罚案件进行的负责人集体讨论次数（R-PEN-19、R-PEN-21）。",
                "Collective discussions by the bureau's leaders of penalty cases held in the period (R-PEN-19/21).",
                "计入：讨论日期在统计期内的每一次集体讨论；同一案件讨论多次的，每次计一次。", FigureKind.Count, "次"),
            s => s.Rows<PenaltyCase>().SelectMany(
                c => c.DiscussionDates.Where(d => d.HeldOn >= s.From && d.HeldOn <= s.To),
                (c, d) => new FigureRecord
                {
                    OrganizationId = c.OrganizationId,
                    SubjectType = nameof(PenaltyCase),
                    SubjectId = c.Id,
                    Label = c.Number + " " + c.PartyName,
                    Date = d.HeldOn,
                    Amount = 0m,
                    Group = null,
                })),
        new RateFigure(
            Def(
                "enforcement.av-recording.rate", "执法全过程音像记录率", "Audio/video recording rate",
                "本期受理案件中，应当进行音像记录的现场执法活动已附音像记录的比例（R-TRS-6）。",
                "Of the on-site enforcement acts that had to be recorded on audio/video in the cases received in the period, the share with a recording attached (R-TRS-6).",
                "分母：受理日期在统计期内的案件中应音像记录的现场执法活动数；分子：其中已附音像记录的活动数。明细列出这些案件及各自的活动数。", FigureKind.AmountRate, "%"),
            new QueryFigure(
                Def("enforcement.av-recording.attached", "已音像记录的执法活动数", "Acts recorded", "", "", "", FigureKind.Amount, "项"),
                s => AvCases(s).Select(c => new FigureRecord
                {
                    OrganizationId = c.OrganizationId,
                    SubjectType = nameof(PenaltyCase),
                    SubjectId = c.Id,
                    Label = c.Number + " " + c.PartyName,
                    Date = c.ReceivedOn,
                    Amount = c.AvAttachedCount,
                    Group = null,
                })),
            new QueryFigure(
                Def("enforcement.av-recording.required", "应音像记录的执法活动数", "Acts to record", "", "", "", FigureKind.Amount, "项"),
                s => AvCases(s).Select(c => new FigureRecord
                {
                    OrganizationId = c.OrganizationId,
                    SubjectType = nameof(PenaltyCase),
                    SubjectId = c.Id,
                    Label = c.Number + " " + c.PartyName,
                    Date = c.ReceivedOn,
                    Amount = c.AvRequiredCount,
                    Group = null,
                }))),
        new QueryFigure(
            Def(
                "enforcement.case-files.evaluated", "评查案卷数", "Case files evaluated",
                "本期完成评查的行政处罚案卷份次（R-PUB-5 评查）。",
                "Penalty case files evaluated in the period (R-PUB-5).",
                "计入：评查日期在统计期内的每一次案卷评查；同一案卷评查多次的，每次计一次。", FigureKind.Count, "份"),
            s => Evaluations(s, false)),
        new QueryFigure(
            Def(
                "enforcement.case-files.excellent", "优秀案卷数", "Excellent case files",
                "本期评查中评为优秀的行政处罚案卷份次。",
                "Penalty case file evaluations in the period that rated the file excellent.",
                "计入：评查日期在统计期内、评查结论为优秀的案卷评查。", FigureKind.Count, "份"),
            s => Evaluations(s, true)),
    ];

    private static IQueryable<FigureRecord> Evaluations(FigureScope s, bool excellentOnly) => s.Rows<CaseFileEvaluation>()
        .Where(e => e.ReviewedOn >= s.From && e.ReviewedOn <= s.To && (!excellentOnly || e.Excellent))
        .Join(s.Rows<PenaltyCase>(), e => e.CaseId, c => c.Id, (e, c) => new FigureRecord
        {
            OrganizationId = e.OrganizationId,
            SubjectType = nameof(PenaltyCase),
            SubjectId = c.Id,
            Label = c.Number + " " + c.PartyName + "（" + e.Band + "）",
            Date = e.ReviewedOn,
            Amount = 0m,
            Group = null,
        });
}
