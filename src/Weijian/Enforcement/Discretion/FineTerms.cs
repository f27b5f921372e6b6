using System.Globalization;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// The fine a provision allows, as statutes write it. Three shapes occur in health law, and this models all of them:
/// <list type="bullet">
/// <item>a range in yuan: "处五百元以上五千元以下罚款" (<see cref="MinYuan"/>–<see cref="MaxYuan"/>; "二千元以下" has no minimum);</item>
/// <item>a multiple of illegal gains with a floor: "并处违法所得五倍以上二十倍以下的罚款，违法所得不足一万元的，按一万元计算"
/// (<see cref="MultipleMin"/>–<see cref="MultipleMax"/>, <see cref="GainsFloorYuan"/> = 10 000);</item>
/// <item>a multiple above a threshold, else a range: "违法所得五千元以上的，并处违法所得二倍以上十倍以下的罚款；没有违法所得或者违法所得
/// 不足五千元的，并处五千元以上五万元以下的罚款" (<see cref="GainsThresholdYuan"/> = 5 000), possibly capped ("最高不超过30000元",
/// <see cref="CapYuan"/>).</item>
/// </list>
/// </summary>
public sealed record StatutoryFine(
    decimal? MinYuan = null,
    decimal? MaxYuan = null,
    decimal? MultipleMin = null,
    decimal? MultipleMax = null,
    decimal? GainsThresholdYuan = null,
    decimal? GainsFloorYuan = null,
    decimal? CapYuan = null)
{
    public static readonly StatutoryFine None = new();

    public bool HasYuanRange => MaxYuan is not null;

    public bool HasMultiple => MultipleMax is not null;

    public bool AllowsFine => HasYuanRange || HasMultiple;

    /// <summary>The statute's fine in words, e.g. "500元以上5000元以下" or "违法所得5倍以上20倍以下（违法所得不足10000元的按10000元计算）".</summary>
    public string Text
    {
        get
        {
            var parts = new List<string>();
            if (HasMultiple)
            {
                var m = $"违法所得{FineFormat.Multiple(MultipleMin, MultipleMax)}";
                if (GainsFloorYuan is { } floor)
                {
                    m += $"（违法所得不足{FineFormat.Yuan(floor)}的，按{FineFormat.Yuan(floor)}计算）";
                }

                if (GainsThresholdYuan is { } threshold)
                {
                    m = $"违法所得{FineFormat.Yuan(threshold)}以上的，处{m}";
                }

                if (CapYuan is { } cap)
                {
                    m += $"，最高不超过{FineFormat.Yuan(cap)}";
                }

                parts.Add(m);
            }

            if (HasYuanRange)
            {
                var y = FineFormat.Range(MinYuan, MaxYuan);
                parts.Add(HasMultiple ? (GainsThresholdYuan is not null ? $"没有违法所得或者违法所得不足{FineFormat.Yuan(GainsThresholdYuan.Value)}的，处{y}" : $"或者{y}") : y);
            }

            return parts.Count == 0 ? "不处罚款" : string.Join("；", parts);
        }
    }
}

/// <summary>The part of the statutory fine one tier uses: a yuan range and/or a range of multiples (same shape as the statute).</summary>
public sealed record TierFine(decimal? MinYuan = null, decimal? MaxYuan = null, decimal? MultipleMin = null, decimal? MultipleMax = null)
{
    public static readonly TierFine None = new();

    public bool IsNone => MaxYuan is null && MultipleMax is null && MinYuan is null && MultipleMin is null;

    public string Text
    {
        get
        {
            var parts = new List<string>();
            if (MultipleMax is not null || MultipleMin is not null)
            {
                parts.Add("违法所得" + FineFormat.Multiple(MultipleMin, MultipleMax));
            }

            if (MaxYuan is not null || MinYuan is not null)
            {
                parts.Add(FineFormat.Range(MinYuan, MaxYuan));
            }

            return parts.Count == 0 ? "不处罚款" : string.Join("；", parts);
        }
    }
}

/// <summary>A fine range in yuan computed for a case, and how it was computed (shown in the reasoning).</summary>
public sealed record FineRange(decimal Min, decimal Max, string Basis)
{
    public string Text => FineFormat.Range(Min, Max);

    public bool Contains(decimal amount) => amount >= Min && amount <= Max;
}

/// <summary>Computing the fine range of a tier for a case's illegal gains (pure).</summary>
public static class FineCalculation
{
    /// <summary>
    /// The range in yuan for <paramref name="tier"/> under <paramref name="statute"/> given the case's illegal gains (null or 0 =
    /// none). A multiple applies when the statute has one and there are gains at or above its threshold, or a floor to count
    /// from; otherwise the yuan range. Null when the tier imposes no fine (or only a multiple and there are no gains).
    /// </summary>
    public static FineRange? Compute(StatutoryFine statute, TierFine tier, decimal? illegalGains)
    {
        ArgumentNullException.ThrowIfNull(statute);
        ArgumentNullException.ThrowIfNull(tier);
        var gains = Math.Max(illegalGains ?? 0, 0);
        if (tier.MultipleMax is { } multipleMax && UsesMultiple(statute, gains))
        {
            var floor = statute.GainsFloorYuan;
            var basisAmount = floor is { } f && gains < f ? f : gains;
            var min = Math.Round((tier.MultipleMin ?? 0) * basisAmount, 2);
            var max = Math.Round(multipleMax * basisAmount, 2);
            var how = floor is { } fl && gains < fl
                ? $"违法所得{FineFormat.Yuan(gains)}不足{FineFormat.Yuan(fl)}，按{FineFormat.Yuan(fl)}计算，处{FineFormat.Multiple(tier.MultipleMin, tier.MultipleMax)}"
                : $"违法所得{FineFormat.Yuan(gains)}的{FineFormat.Multiple(tier.MultipleMin, tier.MultipleMax)}";
            if (statute.CapYuan is { } cap && max > cap)
            {
                max = cap;
                min = Math.Min(min, cap);
                how += $"，最高不超过{FineFormat.Yuan(cap)}";
            }

            return new FineRange(min, max, how);
        }

        if (tier.MaxYuan is { } maxYuan)
        {
            var why = tier.MultipleMax is not null && statute.HasMultiple
                ? (gains == 0 ? "没有违法所得，按罚款数额计罚" : $"违法所得{FineFormat.Yuan(gains)}不足{FineFormat.Yuan(statute.GainsThresholdYuan ?? 0)}，按罚款数额计罚")
                : "按裁量基准罚款数额";
            return new FineRange(tier.MinYuan ?? 0, maxYuan, why);
        }

        return null;
    }

    /// <summary>The statute's own outer range for the case (the bounds no decision may leave except by 减轻, R-PEN-36).</summary>
    public static FineRange? Statutory(StatutoryFine statute, decimal? illegalGains)
    {
        ArgumentNullException.ThrowIfNull(statute);
        return Compute(statute, new TierFine(statute.MinYuan, statute.MaxYuan, statute.MultipleMin, statute.MultipleMax), illegalGains) is { } r
            ? r with { Basis = "法定罚款幅度：" + statute.Text }
            : null;
    }

    private static bool UsesMultiple(StatutoryFine statute, decimal gains) =>
        statute.HasMultiple && (statute.GainsFloorYuan is not null || (gains > 0 && gains >= (statute.GainsThresholdYuan ?? 0)));
}

/// <summary>Amounts as Chinese documents write them: 5000元, 1.5万元 is avoided (exact figures); multiples as 5倍.</summary>
public static class FineFormat
{
    public static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture) + "元";

    public static string Range(decimal? min, decimal? max) => (min, max) switch
    {
        (null or 0, { } hi) => $"{Yuan(hi)}以下",
        ({ } lo, { } hi) when lo == hi => Yuan(lo),
        ({ } lo, { } hi) => $"{Yuan(lo)}以上{Yuan(hi)}以下",
        ({ } lo, null) => $"{Yuan(lo)}以上",
        _ => "不处罚款",
    };

    public static string Multiple(decimal? min, decimal? max)
    {
        static string X(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture) + "倍";
        return (min, max) switch
        {
            (null or 0, { } hi) => $"{X(hi)}以下",
            ({ } lo, { } hi) when lo == hi => X(lo),
            ({ } lo, { } hi) => $"{X(lo)}以上{X(hi)}以下",
            ({ } lo, null) => $"{X(lo)}以上",
            _ => "",
        };
    }
}
