using Weijian.Registry.Catalogs;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Plans;

/// <summary>An item of the plan, taken from the 随机抽查事项清单 (R-INS-2): 重点 items have no ratio cap.</summary>
public sealed record PlanItem(string Code, string Name, Specialty Specialty, InspectionLevel Level);

/// <summary>
/// A stratum of the plan: specialty × (optional) sub-type × (optional) region, with either a ratio of the stratum's
/// entities (R-INS-6 shows typical ratios) or a fixed quota, and the plan items checked on its targets.
/// </summary>
public sealed record PlanStratum(Specialty Specialty, string? SubType, string? RegionCode, decimal? Ratio, int? Quota, IReadOnlyList<string> ItemCodes)
{
    /// <summary>The stable label used in the draw (docs/draw-protocol.md): specialty code, sub-type code, region code.</summary>
    public string Label => string.Join('/', new[] { Specialty.ToString(), SubType ?? "*", RegionCode ?? "*" });

    public string ChineseLabel => Specialties.ChineseName(Specialty)
        + (SubType is null ? "" : "/" + Specialties.SubTypeName(Specialty, SubType))
        + (RegionCode is null ? "" : "/" + RegionCode);
}

/// <summary>
/// 分级分类 (国办发〔2024〕54号, R-CRD-5, unverified so configured per plan): an entity's risk tier and credit grade
/// multiply its stratum's ratio, so low-risk, good-credit entities are drawn less often. Null matches any.
/// </summary>
public sealed record RiskWeight(RiskTier? RiskTier, string? CreditGrade, decimal Multiplier);
