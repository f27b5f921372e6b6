using Weijian.Licensing.Applications;

namespace Weijian.Reports.Figures;

/// <summary>行政许可 figures (R-PUB-5: counts, promised-time compliance, 告知承诺 share), counted as
/// <see cref="LicensingStatistics"/> counts them.</summary>
public static class LicensingFigures
{
    public const string Module = "Licensing";

    public static IEnumerable<Figure> All() =>
    [
        new QueryFigure(
            new FigureDefinition(
                "licensing.applications.received", "许可申请受理登记数", "Licensing applications received",
                "本期收到的行政许可申请数（窗口与网上申请）。",
                "Licensing applications received in the period (at the window and online).",
                "计入：收件日期在统计期内的申请，不论受理结果。", Module, FigureKind.Count, "件", "事项"),
            s => s.Rows<LicenceApplication>()
                .Where(a => a.ReceivedOn >= s.From && a.ReceivedOn <= s.To)
                .Select(a => new FigureRecord
                {
                    OrganizationId = a.OrganizationId,
                    SubjectType = nameof(LicenceApplication),
                    SubjectId = a.Id,
                    Label = a.Number + " " + a.ItemName,
                    Date = a.ReceivedOn,
                    Group = a.ItemName,
                })),
    ];
}
