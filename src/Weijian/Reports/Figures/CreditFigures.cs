using Weijian.Credit;

namespace Weijian.Reports.Figures;

/// <summary>信用监管 figures: records of dishonesty made from decisions (R-CRD-1/2/4, R-CRD-6) and repairs granted.</summary>
public static class CreditFigures
{
    public const string Module = "Credit";

    public static IEnumerable<Figure> All() =>
    [
        new QueryFigure(
            new FigureDefinition(
                "credit.records.created", "失信信息记录数", "Credit records made",
                "本期依据行政处罚决定、虚假承诺认定等形成的失信信息记录数。",
                "Credit (dishonesty) records made in the period from penalty decisions and findings of false commitments.",
                "计入：认定日期（信用记录的决定日期）在统计期内的信用记录，不论是否公示、是否已修复。", Module, FigureKind.Count, "条", "来源"),
            s => s.Rows<CreditRecord>().Where(r => r.DecidedOn >= s.From && r.DecidedOn <= s.To)
                .Select(r => new FigureRecord
                {
                    OrganizationId = r.OrganizationId,
                    SubjectType = nameof(CreditRecord),
                    SubjectId = r.Id,
                    Label = r.SourceNumber + " " + r.PartyName,
                    Date = r.DecidedOn,
                    Group = r.Source.ToString(),
                    Amount = 0m,
                })),
        new QueryFigure(
            new FigureDefinition(
                "credit.repairs.approved", "准予信用修复数", "Credit repairs granted",
                "本期准予信用修复、停止公示的失信信息记录数（谁认定、谁修复）。",
                "Credit records repaired in the period (publication ended on the party's application).",
                "计入：状态为已修复、且准予修复日期在统计期内的信用记录。", Module, FigureKind.Count, "条"),
            s => s.Rows<CreditRecord>().Where(r => r.Status == CreditRecordStatus.Repaired && r.EndedOn >= s.From && r.EndedOn <= s.To)
                .Select(r => new FigureRecord
                {
                    OrganizationId = r.OrganizationId,
                    SubjectType = nameof(CreditRecord),
                    SubjectId = r.Id,
                    Label = r.SourceNumber + " " + r.PartyName,
                    Date = r.EndedOn!.Value,
                    Amount = 0m,
                    Group = null,
                })),
    ];
}
