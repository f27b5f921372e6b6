using Weijian.Credit;
using Weijian.Platform.Publication;
using Weijian.Registry.Entities;

namespace Weijian.Reports.Figures;

/// <summary>
/// The Chinese name of a breakdown group: groups are stored as the records' codes (a specialty, a disclosure kind, a credit
/// source …) so the drill-down can filter by them; pages, the CLI and reports show them by name.
/// </summary>
public static class FigureGroups
{
    public static string Name(string figureId, string? group)
    {
        if (string.IsNullOrEmpty(group))
        {
            return "（未分类）";
        }

        var breakdown = FigureCatalogue.Find(figureId)?.Definition.BreakdownName;
        return breakdown switch
        {
            "专业" when Enum.TryParse<Specialty>(group, out var s) => Specialties.ChineseName(s),
            "决定类别" when Enum.TryParse<DisclosureKind>(group, out var k) => DisclosureNames.Of(k),
            "来源" when Enum.TryParse<CreditSource>(group, out var c) => CreditNames.Of(c),
            _ => group,
        };
    }
}
