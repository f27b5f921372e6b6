using System.Text.Json;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>The non-monetary penalty types of R-PEN-1 (行政拘留 is police-only and not offered), in rising severity.</summary>
public enum PenaltyMeasure
{
    Warning,
    Criticism,
    LicenceSuspended,
    BusinessRestricted,
    QualificationLowered,
    PractiseRestricted,
    ProductionSuspended,
    LicenceRevoked,
    Closure,
}

/// <summary>
/// A penalty as drafted, notified or decided (R-PEN-1): the measures plus the money, recorded separately (fine,
/// confiscated illegal gains, confiscated property with its value — R-PEN-26 罚缴分离 books them apart).
/// </summary>
public sealed record PenaltyTerms(
    IReadOnlyList<PenaltyMeasure> Measures,
    decimal Fine,
    decimal ConfiscatedGains,
    string? ConfiscatedProperty,
    decimal ConfiscatedPropertyValue,
    string? OtherMeasures)
{
    public static readonly PenaltyTerms None = new([], 0m, 0m, null, 0m, null);

    public decimal MoneyDue => Fine + ConfiscatedGains;

    public bool IsEmpty => Measures.Count == 0 && Fine == 0 && ConfiscatedGains == 0 && ConfiscatedPropertyValue == 0 && ConfiscatedProperty is null;

    /// <summary>Validates amounts (to the fen, not negative) and normalises the measure list.</summary>
    public static PenaltyTerms Create(IEnumerable<string>? measures, decimal? fine, decimal? gains, string? property, decimal? propertyValue, string? other)
    {
        var parsed = new List<PenaltyMeasure>();
        foreach (var m in measures ?? [])
        {
            parsed.Add(CaseNames.ParseMeasure(m)
                ?? throw Input.Invalid("validation.penalty-measure", "measures", $"处罚种类“{m}”不正确"));
        }

        var terms = new PenaltyTerms(
            [.. parsed.Distinct().Order()],
            Money(fine, "fine", "罚款"),
            Money(gains, "confiscatedGains", "没收违法所得"),
            Input.OptionalText(property, "confiscatedProperty", "没收非法财物", 500),
            Money(propertyValue, "confiscatedPropertyValue", "非法财物价值"),
            Input.OptionalText(other, "otherMeasures", "其他处理", 500));
        if (terms.IsEmpty)
        {
            throw Input.Invalid("validation.penalty-empty", "measures", "请至少填写一种处罚（警告、罚款、没收等）");
        }

        return terms;
    }

    /// <summary>
    /// R-PEN-15: whether these terms are heavier than <paramref name="other"/> in any respect — more money of any kind,
    /// or a penalty type the other does not contain. A decision heavier than the notice needs a new notice.
    /// </summary>
    public bool IsHeavierThan(PenaltyTerms other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Fine > other.Fine
            || ConfiscatedGains > other.ConfiscatedGains
            || ConfiscatedPropertyValue > other.ConfiscatedPropertyValue
            || (ConfiscatedProperty is not null && other.ConfiscatedProperty is null)
            || Measures.Any(m => !other.Measures.Contains(m));
    }

    /// <summary>The heaviest type, for the 行政执法统计年报 rule "a decision counts once, under its heaviest type".</summary>
    public string HeaviestType =>
        Measures.Where(m => m >= PenaltyMeasure.LicenceSuspended).Select(CaseNames.Of).LastOrDefault()
        ?? (ConfiscatedGains > 0 || ConfiscatedPropertyValue > 0 || ConfiscatedProperty is not null ? "没收" : null)
        ?? (Fine > 0 ? "罚款" : null)
        ?? (Measures.Contains(PenaltyMeasure.Criticism) ? "通报批评" : "警告");

    /// <summary>Chinese text as decisions state it: “警告，罚款人民币5000.00元，没收违法所得人民币1200.00元”.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        parts.AddRange(Measures.Where(m => m <= PenaltyMeasure.Criticism).Select(CaseNames.Of));
        if (Fine > 0)
        {
            parts.Add($"罚款人民币{Fine:0.00}元");
        }

        if (ConfiscatedGains > 0)
        {
            parts.Add($"没收违法所得人民币{ConfiscatedGains:0.00}元");
        }

        if (ConfiscatedProperty is not null)
        {
            parts.Add(ConfiscatedPropertyValue > 0 ? $"没收非法财物（{ConfiscatedProperty}，价值人民币{ConfiscatedPropertyValue:0.00}元）" : $"没收非法财物（{ConfiscatedProperty}）");
        }

        parts.AddRange(Measures.Where(m => m > PenaltyMeasure.Criticism).Select(CaseNames.Of));
        if (OtherMeasures is not null)
        {
            parts.Add(OtherMeasures);
        }

        return string.Join("，", parts);
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static PenaltyTerms? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<PenaltyTerms>(json, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = ChildRecordsJson.Options;

    private static decimal Money(decimal? value, string field, string label)
    {
        var v = value ?? 0m;
        if (v < 0)
        {
            throw Input.Invalid("validation.negative", field, $"{label}不能为负数");
        }

        if (decimal.Round(v, 2) != v)
        {
            throw Input.Invalid("validation.money-precision", field, $"{label}最多精确到分");
        }

        if (v > 1_000_000_000m)
        {
            throw Input.Invalid("validation.money-range", field, $"{label}金额过大");
        }

        return v;
    }
}
