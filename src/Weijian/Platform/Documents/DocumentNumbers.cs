using System.Globalization;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Documents;

/// <summary>
/// Document numbers per R-PEN-33 (卫生行政执法文书规范): <c>地区简称+卫+执法类别+执法性质+〔年份〕+序号</c>, e.g.
/// 冷卫公罚〔2026〕12号. The 地区简称 is the organisation's <c>ShortName</c> (冷 for 冷水滩区); the serial runs per
/// organisation, prefix and year without gaps or repeats (see <see cref="DocumentIssuer"/>).
/// </summary>
public static class DocumentNumbers
{
    /// <summary>
    /// 执法类别 by specialty code (the names of <c>Registry.Entities.Specialty</c>; Platform may not reference Registry,
    /// so the mapping is keyed by the code and a unit test checks it covers every specialty).
    /// </summary>
    public static IReadOnlyDictionary<string, string> CategoryBySpecialty { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PublicPlaces"] = "公",
        ["DrinkingWater"] = "水",
        ["SchoolHealth"] = "学",
        ["OccupationalHealth"] = "职",
        ["RadiationHealth"] = "放",
        ["MedicalCare"] = "医",
        ["InfectiousDisease"] = "传",
        ["DisinfectionProducts"] = "消",
        ["TablewareDisinfection"] = "消",
        ["MaternalChildHealth"] = "妇",
        ["WaterProducts"] = "涉",
    };

    /// <summary>The 执法类别 codes a number may carry.</summary>
    public static IReadOnlySet<string> Categories { get; } = CategoryBySpecialty.Values.ToHashSet(StringComparer.Ordinal);

    /// <summary>The 执法类别 of a specialty code ("PublicPlaces" → "公"); null when unknown.</summary>
    public static string? CategoryOf(string? specialtyCode) =>
        specialtyCode is not null && CategoryBySpecialty.TryGetValue(specialtyCode, out var c) ? c : null;

    /// <summary>
    /// The part before the year: 地区简称 + 卫 + 执法类别 + 执法性质 (冷卫公罚). Without a category (a document outside
    /// one specialty) the category is left out (冷卫罚).
    /// </summary>
    public static string Prefix(string regionShortName, string? categoryCode, string nature)
    {
        var region = regionShortName?.Trim();
        if (string.IsNullOrEmpty(region))
        {
            throw new DomainRuleException("document.region-short-name-missing", "本单位未设置地区简称，无法编制文书编号（请在组织机构中填写地区简称，如“冷”）");
        }

        if (categoryCode is not null && !Categories.Contains(categoryCode))
        {
            var known = string.Join("、", Categories.Order(StringComparer.Ordinal));
            throw new DomainRuleException("document.category-unknown", $"执法类别“{categoryCode}”不正确，应为 {known} 之一") { Fields = ["categoryCode"] };
        }

        return $"{region}卫{categoryCode}{nature}";
    }

    /// <summary>冷卫公罚 + 2026 + 12 → 冷卫公罚〔2026〕12号 (the year in 六角括号, R-PEN-33).</summary>
    public static string Format(string prefix, int year, int serial) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}〔{year}〕{serial}号");

    /// <summary>A legal date as documents write it: 2026年3月5日.</summary>
    public static string ChineseDate(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
