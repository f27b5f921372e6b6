using Weijian.Registry.Entities;

namespace Weijian.Inspections.Plans;

/// <summary>
/// 分级分类 sampling (国办发〔2024〕54号; R-CRD-5 is unverified, so the table is configured per plan): an entity's risk
/// tier and credit grade give it a weight, and a stratum's quota for a bureau is round(ratio × Σ weight) — or its fixed
/// quota. So that the draw itself stays uniform within a stratum (docs/draw-protocol.md), a stratum is split into
/// sub-strata, one per weight class (label <c>PublicPlaces/*/*#High-CreditA</c>), and the quota is apportioned over them
/// in proportion to count × weight (largest remainder). See docs/adr/0009-inspection-plans-and-draws.md.
/// </summary>
public static class RiskWeighting
{
    /// <summary>The default table: 高风险 ×2, 中风险 ×1, 低风险 ×0.5, and credit grade A ×0.5.</summary>
    public static readonly IReadOnlyList<RiskWeight> Default =
    [
        new(RiskTier.High, null, 2m),
        new(RiskTier.Medium, null, 1m),
        new(RiskTier.Low, null, 0.5m),
        new(null, "A", 0.5m),
    ];

    /// <summary>
    /// The weight class of an entity: its tier (Unrated when none) plus every credit grade a matching row names; the
    /// weight is the product of the multipliers of every row that matches (a row's null fields match anything).
    /// </summary>
    public static WeightClass ClassOf(RiskTier? tier, string? creditGrade, IReadOnlyList<RiskWeight> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var grade = creditGrade?.Trim().ToUpperInvariant();
        var weight = 1m;
        var parts = new List<string> { tier?.ToString() ?? "Unrated" };
        foreach (var row in weights)
        {
            if (row.RiskTier is { } t && t != tier)
            {
                continue;
            }

            if (row.CreditGrade is { } g)
            {
                if (!string.Equals(g.Trim().ToUpperInvariant(), grade, StringComparison.Ordinal))
                {
                    continue;
                }

                parts.Add("Credit" + grade);
            }

            weight *= row.Multiplier;
        }

        return new WeightClass(string.Join('-', parts.Distinct()), weight);
    }

    /// <summary>
    /// Splits one stratum over the weight classes of its candidates. Total = the fixed quota, or round(ratio × Σ weight)
    /// (half away from zero), never more than the candidates; apportioned by count × weight with the largest remainder,
    /// ties to the heavier class then the label (ordinal), each sub-stratum capped at its candidates.
    /// </summary>
    public static IReadOnlyList<SubStratum> Split(PlanStratum stratum, IReadOnlyList<WeightClassCount> classes)
    {
        ArgumentNullException.ThrowIfNull(stratum);
        ArgumentNullException.ThrowIfNull(classes);
        var ordered = classes.Where(c => c.Count > 0).OrderBy(c => c.Class.Key, StringComparer.Ordinal).ToList();
        var mass = ordered.Sum(c => c.Count * c.Class.Weight);
        var candidates = ordered.Sum(c => c.Count);
        var total = stratum.Quota ?? (int)Math.Round((stratum.Ratio ?? 0m) * mass, MidpointRounding.AwayFromZero);
        total = Math.Min(Math.Max(total, 0), candidates);
        var quotas = new int[ordered.Count];
        var remainders = new decimal[ordered.Count];
        if (mass > 0)
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                var exact = total * ordered[i].Count * ordered[i].Class.Weight / mass;
                quotas[i] = Math.Min((int)Math.Floor(exact), ordered[i].Count);
                remainders[i] = exact - quotas[i];
            }

            var left = total - quotas.Sum();
            var order = Enumerable.Range(0, ordered.Count)
                .OrderByDescending(i => remainders[i]).ThenByDescending(i => ordered[i].Class.Weight).ThenBy(i => ordered[i].Class.Key, StringComparer.Ordinal)
                .ToList();
            while (left > 0 && order.Any(i => quotas[i] < ordered[i].Count && ordered[i].Class.Weight > 0))
            {
                foreach (var i in order.Where(i => quotas[i] < ordered[i].Count && ordered[i].Class.Weight > 0))
                {
                    if (left == 0)
                    {
                        break;
                    }

                    quotas[i]++;
                    left--;
                }
            }
        }

        return ordered.Select((c, i) => new SubStratum(stratum.Label + "#" + c.Class.Key, stratum, c.Class, c.Count, quotas[i])).ToList();
    }
}

public sealed record WeightClass(string Key, decimal Weight);

public sealed record WeightClassCount(WeightClass Class, int Count);

/// <summary>One weight class of a plan stratum in one bureau: the unit the draw samples uniformly.</summary>
public sealed record SubStratum(string Label, PlanStratum Stratum, WeightClass Class, int Candidates, int Quota);
