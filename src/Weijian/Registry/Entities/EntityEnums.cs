namespace Weijian.Registry.Entities;

/// <summary>单位 (with a 统一社会信用代码) or 个人 (with a 居民身份证号).</summary>
public enum PartyKind
{
    Organization,
    Individual,
}

/// <summary>正常经营 / 停业 / 已注销. An entity is never deleted; it is closed with a reason and a date.</summary>
public enum EntityStatus
{
    Operating,
    Suspended,
    Closed,
}

/// <summary>分级分类监管 risk tier. Definitions and ratios are provincial (R-CRD-5, unverified): a plain recorded value.</summary>
public enum RiskTier
{
    Low,
    Medium,
    High,
}

/// <summary>公共场所卫生监督量化分级 (R-INS-12): A ≥ 90, B 70–89, C 60–69.</summary>
public enum HygieneGrade
{
    A,
    B,
    C,
}

/// <summary>经营规模 (大型 / 中型 / 小型 / 微型).</summary>
public enum BusinessScale
{
    Large,
    Medium,
    Small,
    Micro,
}

/// <summary>Chinese names of the entity enums, and parsing of a value given as code or as Chinese name.</summary>
public static class EntityNames
{
    public static string Of(PartyKind v) => v switch
    {
        PartyKind.Organization => "单位",
        PartyKind.Individual => "个人",
        _ => v.ToString(),
    };

    public static string Of(EntityStatus v) => v switch
    {
        EntityStatus.Operating => "正常经营",
        EntityStatus.Suspended => "停业",
        EntityStatus.Closed => "已注销",
        _ => v.ToString(),
    };

    public static string Of(RiskTier v) => v switch
    {
        RiskTier.Low => "低风险",
        RiskTier.Medium => "中风险",
        RiskTier.High => "高风险",
        _ => v.ToString(),
    };

    public static string Of(HygieneGrade v) => v switch
    {
        HygieneGrade.A => "A级",
        HygieneGrade.B => "B级",
        HygieneGrade.C => "C级",
        _ => v.ToString(),
    };

    public static string Of(BusinessScale v) => v switch
    {
        BusinessScale.Large => "大型",
        BusinessScale.Medium => "中型",
        BusinessScale.Small => "小型",
        BusinessScale.Micro => "微型",
        _ => v.ToString(),
    };

    /// <summary>
    /// The enum value named by <paramref name="value"/>: its code (case-insensitive), its Chinese name, or the Chinese
    /// name without a trailing 级/风险 (so "A", "A级", "高", "高风险" all work). Null for an empty value; false when unknown.
    /// </summary>
    public static bool TryParse<T>(string? value, Func<T, string> chinese, out T? result)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(chinese);
        result = null;
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            var name = chinese(candidate);
            if (string.Equals(candidate.ToString(), v, StringComparison.OrdinalIgnoreCase)
                || name == v
                || (name.Length > 1 && (name.TrimEnd('级') == v || name.Replace("风险", "", StringComparison.Ordinal) == v)))
            {
                result = candidate;
                return true;
            }
        }

        return false;
    }

    public static string Choices<T>(Func<T, string> chinese)
        where T : struct, Enum =>
        string.Join("、", Enum.GetValues<T>().Select(chinese));
}
