using Weijian.Enforcement.PenaltyCases;

namespace Weijian.Reports.Figures;

/// <summary>行政处罚 figures (R-PUB-5: counts and amounts, 不予处罚, transfers, hearings, 法制审核, 集体讨论), counted as
/// <see cref="CaseStatistics"/> counts them.</summary>
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
        });

    private static IQueryable<FigureRecord> Penalised(FigureScope s) => s.Rows<PenaltyCase>()
        .Where(c => c.DecidedOn >= s.From && c.DecidedOn <= s.To && (c.Outcome == CaseOutcome.Penalty || c.Outcome == CaseOutcome.SummaryPenalty))
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

    public static IEnumerable<Figure> All() =>
    [
        new QueryFigure(
            new FigureDefinition(
                "enforcement.cases.filed", "立案数", "Cases filed",
                "本期立案的行政处罚案件数（普通程序经立案审批，简易程序当场作出决定即视为立案）。",
                "Penalty cases filed in the period (ordinary procedure: filing approved; summary procedure: the on-the-spot decision).",
                "计入：立案日期（简易程序为当场决定日期）在统计期内的案件；不论其后是否撤案或结案。", Module, FigureKind.Count, "件"),
            Filed),
        new QueryFigure(
            new FigureDefinition(
                "enforcement.cases.filed.by-specialty", "分专业立案数", "Cases filed by specialty",
                "本期立案的行政处罚案件数，按监督专业分列。",
                "Penalty cases filed in the period, by supervision specialty.",
                "同“立案数”，按案件的监督专业分组。", Module, FigureKind.Count, "件", "专业"),
            Filed),
        new QueryFigure(
            new FigureDefinition(
                "enforcement.fines.total", "罚款金额", "Fines imposed",
                "本期作出的行政处罚决定（含简易程序）决定的罚款金额合计。",
                "Total of the fines in the penalty decisions (incl. summary procedure) made in the period.",
                "计入：决定日期在统计期内、结果为给予处罚的案件，金额为决定书载明的罚款（不含没收违法所得）。", Module, FigureKind.Amount, "元"),
            Penalised),
    ];
}
