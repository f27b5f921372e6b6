using System.Text.RegularExpressions;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// One item of a discretion baseline (R-DIS-2, R-DIS-7): 职权名称, 违法行为, specialty, the provisions violated and the
/// provisions that set the penalty, the statutory fine, the tiers that divide the statutory range, and the penalties the
/// statute reserves for serious cases. Immutable: a
/// changed baseline is a new version (never an edit), so this is both what is stored and what a proposal reads.
/// </summary>
public sealed record DiscretionItemContent(
    string Code,
    string PowerName,
    string Violation,
    Specialty Specialty,
    IReadOnlyList<LegalCitation> ViolatedProvisions,
    IReadOnlyList<LegalCitation> PenaltyProvisions,
    StatutoryFine Statutory,
    string? Note,
    IReadOnlyList<DiscretionTierContent> Tiers,
    IReadOnlyList<PenaltyMeasure> SevereMeasures)
{
    public string SpecialtyName => Specialties.ChineseName(Specialty);

    /// <summary>Penalties the statute allows only "情节严重的" (责令停业整顿, 吊销 …): never proposed, but a choice may add them with a justification.</summary>
    public IReadOnlyList<string> SevereMeasureNames => SevereMeasures.Select(DiscretionNames.Of).ToList();

    /// <summary>The tier rows that apply to a party kind: a row for that kind wins over a row for both.</summary>
    public IReadOnlyList<DiscretionTierContent> TiersFor(PartyKind party) => Tiers
        .Where(t => t.PartyKind is null || t.PartyKind == party)
        .GroupBy(t => t.Tier)
        .Select(g => g.OrderBy(t => t.PartyKind is null ? 1 : 0).First())
        .OrderBy(t => t.Tier)
        .ToList();
}

/// <summary>One tier of an item: 裁量档次, optionally only for 单位 or 个人, 裁量情节 (text), fine and other penalties.</summary>
public sealed record DiscretionTierContent(
    DiscretionTier Tier,
    PartyKind? PartyKind,
    string Circumstances,
    TierFine Fine,
    IReadOnlyList<PenaltyMeasure> Measures)
{
    public string TierName => DiscretionNames.Of(Tier);

    public string? PartyKindName => PartyKind is { } p ? DiscretionNames.Of(p) : null;

    public IReadOnlyList<string> MeasureNames => Measures.Select(DiscretionNames.Of).ToList();

    /// <summary>罚款 and other penalties in words: "警告；500元以上2000元以下".</summary>
    public string PenaltyText
    {
        get
        {
            var parts = Measures.Select(DiscretionNames.Of).ToList();
            if (!Fine.IsNone)
            {
                parts.Add("罚款" + Fine.Text);
            }

            return parts.Count == 0 ? (Tier == DiscretionTier.NoPenalty ? "不予行政处罚" : "—") : string.Join("；", parts);
        }
    }
}

/// <summary>
/// An entry of a 不予处罚清单 (R-DIS-4, R-DIS-5, R-DIS-7), linked to the baseline item it relieves: the conditions
/// (first violation only, harm no worse than a limit, corrected within N days), the exclusions (e.g. 双随机抽查发现的除外),
/// the follow-up education (R-PEN-10: not penalising still requires education) and the list's validity.
/// </summary>
public sealed record NoPenaltyContent(
    string ItemCode,
    string Violation,
    string Basis,
    bool FirstTimeOnly,
    HarmLevel HarmLimit,
    int? CorrectWithinDays,
    string FollowUp,
    IReadOnlyList<DiscoverySource> ExcludedSources,
    string? ExclusionNote,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    string Source)
{
    public string HarmLimitName => HarmLimit == HarmLevel.None ? "无危害后果" : "危害后果轻微";

    public bool IsValidOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidUntil is null || date <= ValidUntil);

    /// <summary>The conditions in words, as a list shows them.</summary>
    public string ConditionsText
    {
        get
        {
            var parts = new List<string>();
            if (FirstTimeOnly)
            {
                parts.Add("首次违法");
            }

            parts.Add(HarmLimitName);
            parts.Add(CorrectWithinDays is { } d ? (d == 0 ? "当场改正" : $"{d}日内改正") : "及时改正");
            return string.Join("、", parts);
        }
    }

    public string ExclusionsText => string.Join("；", ExcludedSources.Select(s => DiscretionNames.Of(s) + "发现的除外").Concat(ExclusionNote is { } n ? [n] : []));
}

/// <summary>A whole baseline version as shipped or imported, before it is stored.</summary>
public sealed record DiscretionBaselineContent(
    string Title,
    string VersionLabel,
    string IssuingDocument,
    string Source,
    DateOnly EffectiveFrom,
    bool IsSample,
    int RepeatViolationThreshold,
    string? Note,
    IReadOnlyList<DiscretionItemContent> Items,
    IReadOnlyList<NoPenaltyContent> NoPenaltyItems);

/// <summary>
/// The checks every baseline passes, whoever supplies it (shipped sample, spreadsheet import): codes, texts, the tiers'
/// ranges against the statute (R-PEN-36: leaving the statutory range is unlawful — only 减轻 goes below the minimum, with
/// the grounds of Art.30–32), 不予处罚 tiers without penalties, no-penalty entries pointing at an item.
/// </summary>
public static partial class DiscretionContentRules
{
    public const int MaxCodeLength = 40;

    public static string ValidCode(string? code, string field = "code")
    {
        var c = Input.Text(code, field, "事项编码", MaxCodeLength).ToUpperInvariant();
        return CodePattern().IsMatch(c) ? c : throw Input.Invalid("discretion.code-format", field, $"事项编码“{c}”只能包含字母、数字和连字符，如 GGCS-001");
    }

    /// <summary>Validates an item (and normalises its texts); the message names the problem in Chinese.</summary>
    public static DiscretionItemContent Item(DiscretionItemContent item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var code = ValidCode(item.Code);
        var power = Input.Text(item.PowerName, "powerName", "职权名称", 200);
        var violation = Input.Text(item.Violation, "violation", "违法行为", 500);
        if (item.ViolatedProvisions.Count == 0)
        {
            throw Input.Invalid("validation.required", "violatedProvisions", "违法依据不能为空");
        }

        if (item.PenaltyProvisions.Count == 0)
        {
            throw Input.Invalid("validation.required", "penaltyProvisions", "处罚依据不能为空");
        }

        var statute = Statutory(item.Statutory);
        if (item.Tiers.Count == 0)
        {
            throw Input.Invalid("discretion.no-tiers", "tiers", $"事项 {code} 没有裁量档次：每个事项至少要有一个档次");
        }

        var tiers = item.Tiers.Select(t => Tier(t, statute, code)).ToList();
        if (tiers.All(t => t.Tier == DiscretionTier.NoPenalty))
        {
            throw Input.Invalid("discretion.no-tiers", "tiers", $"事项 {code} 只有“不予处罚”档次：至少还要有一个处罚档次");
        }

        var twice = tiers.GroupBy(t => (t.Tier, t.PartyKind)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            var who = twice.Key.PartyKind is { } p ? $"（{DiscretionNames.Of(p)}）" : "";
            throw Input.Invalid("discretion.duplicate-tier", "tiers", $"事项 {code} 的“{DiscretionNames.Of(twice.Key.Tier)}”档次{who}重复");
        }

        if (item.SevereMeasures.Distinct().Count() != item.SevereMeasures.Count)
        {
            throw Input.Invalid("discretion.duplicate-measure", "severeMeasures", $"事项 {code} 的情节严重时处罚种类重复");
        }

        return item with
        {
            Code = code,
            PowerName = power,
            Violation = violation,
            Note = Input.OptionalText(item.Note, "note", "说明", 1000),
            Statutory = statute,
            Tiers = [.. tiers.OrderBy(t => t.Tier).ThenBy(t => t.PartyKind)],
        };
    }

    public static StatutoryFine Statutory(StatutoryFine s)
    {
        ArgumentNullException.ThrowIfNull(s);
        NonNegative(s.MinYuan, "statutoryMin", "法定罚款下限");
        NonNegative(s.MaxYuan, "statutoryMax", "法定罚款上限");
        NonNegative(s.MultipleMin, "statutoryMultipleMin", "法定倍数下限");
        NonNegative(s.MultipleMax, "statutoryMultipleMax", "法定倍数上限");
        NonNegative(s.GainsThresholdYuan, "gainsThreshold", "违法所得计罚起点");
        NonNegative(s.GainsFloorYuan, "gainsFloor", "违法所得不足按某数额计算");
        NonNegative(s.CapYuan, "fineCap", "罚款最高限额");
        Ordered(s.MinYuan, s.MaxYuan, "statutoryMax", "法定罚款下限不能高于上限");
        Ordered(s.MultipleMin, s.MultipleMax, "statutoryMultipleMax", "法定倍数下限不能高于上限");
        if (s.MinYuan is not null && s.MaxYuan is null)
        {
            throw Input.Invalid("discretion.fine-range", "statutoryMax", "填写了法定罚款下限时必须填写上限");
        }

        if (s.MultipleMin is not null && s.MultipleMax is null)
        {
            throw Input.Invalid("discretion.fine-range", "statutoryMultipleMax", "填写了法定倍数下限时必须填写上限");
        }

        if (!s.HasMultiple && (s.GainsThresholdYuan is not null || s.GainsFloorYuan is not null || s.CapYuan is not null))
        {
            throw Input.Invalid("discretion.fine-range", "statutoryMultipleMax", "违法所得计罚起点、不足按某数额计算和最高限额只适用于按违法所得倍数计罚的事项");
        }

        if (s.GainsThresholdYuan is not null && s.GainsFloorYuan is not null)
        {
            throw Input.Invalid("discretion.fine-range", "gainsFloor", "“违法所得计罚起点”和“违法所得不足按某数额计算”不能同时填写");
        }

        return s;
    }

    private static DiscretionTierContent Tier(DiscretionTierContent t, StatutoryFine s, string code)
    {
        var name = $"事项 {code} 的“{DiscretionNames.Of(t.Tier)}”档次";
        var circumstances = Input.Text(t.Circumstances, "circumstances", $"{name}的裁量情节", 1000);
        var f = t.Fine;
        NonNegative(f.MinYuan, "fineMin", "罚款下限");
        NonNegative(f.MaxYuan, "fineMax", "罚款上限");
        NonNegative(f.MultipleMin, "multipleMin", "倍数下限");
        NonNegative(f.MultipleMax, "multipleMax", "倍数上限");
        Ordered(f.MinYuan, f.MaxYuan, "fineMax", $"{name}罚款下限不能高于上限");
        Ordered(f.MultipleMin, f.MultipleMax, "multipleMax", $"{name}倍数下限不能高于上限");
        if ((f.MinYuan is not null && f.MaxYuan is null) || (f.MultipleMin is not null && f.MultipleMax is null))
        {
            throw Input.Invalid("discretion.fine-range", "fineMax", $"{name}填写了下限时必须填写上限");
        }

        if (t.Measures.Distinct().Count() != t.Measures.Count)
        {
            throw Input.Invalid("discretion.duplicate-measure", "measures", $"{name}的处罚种类重复");
        }

        if (t.Tier == DiscretionTier.NoPenalty)
        {
            if (!f.IsNone || t.Measures.Count > 0)
            {
                throw Input.Invalid("discretion.no-penalty-with-penalty", "fineMax", $"{name}不能有罚款或其他处罚");
            }

            return t with { Circumstances = circumstances };
        }

        if (f.IsNone && t.Measures.Count == 0)
        {
            throw Input.Invalid("discretion.tier-without-penalty", "measures", $"{name}既没有罚款也没有其他处罚种类");
        }

        if (f.MaxYuan is not null && !s.HasYuanRange)
        {
            throw Input.Invalid("discretion.fine-outside-statute", "fineMax", $"{name}规定了罚款数额，但法定处罚中没有按数额计罚的罚款");
        }

        if (f.MultipleMax is not null && !s.HasMultiple)
        {
            throw Input.Invalid("discretion.fine-outside-statute", "multipleMax", $"{name}规定了违法所得倍数，但法定处罚中没有按违法所得倍数计罚的罚款");
        }

        if (t.Tier == DiscretionTier.Reduced)
        {
            // 减轻: below the statutory minimum (行政处罚法 Art.30–32), never above it.
            if (f.MaxYuan is { } hi && s.MinYuan is { } lo && hi > lo)
            {
                throw Input.Invalid("discretion.fine-outside-statute", "fineMax", $"{name}的罚款上限{FineFormat.Yuan(hi)}高于法定最低额{FineFormat.Yuan(lo)}：减轻处罚应在法定最低限以下");
            }

            if (f.MultipleMax is { } mh && s.MultipleMin is { } ml && mh > ml)
            {
                throw Input.Invalid("discretion.fine-outside-statute", "multipleMax", $"{name}的倍数上限高于法定最低倍数：减轻处罚应在法定最低限以下");
            }
        }
        else
        {
            Within(f.MinYuan, f.MaxYuan, s.MinYuan, s.MaxYuan, "fineMax", $"{name}的罚款{FineFormat.Range(f.MinYuan, f.MaxYuan)}超出法定幅度{FineFormat.Range(s.MinYuan, s.MaxYuan)}");
            Within(f.MultipleMin, f.MultipleMax, s.MultipleMin, s.MultipleMax, "multipleMax",
                $"{name}的倍数{FineFormat.Multiple(f.MultipleMin, f.MultipleMax)}超出法定幅度{FineFormat.Multiple(s.MultipleMin, s.MultipleMax)}");
        }

        return t with { Circumstances = circumstances };
    }

    /// <summary>Validates a no-penalty entry against the items of its baseline.</summary>
    public static NoPenaltyContent NoPenalty(NoPenaltyContent n, IReadOnlyCollection<string> itemCodes)
    {
        ArgumentNullException.ThrowIfNull(n);
        ArgumentNullException.ThrowIfNull(itemCodes);
        var code = ValidCode(n.ItemCode, "itemCode");
        if (!itemCodes.Contains(code))
        {
            throw Input.Invalid("discretion.no-penalty-item-unknown", "itemCode", $"不予处罚清单事项所指的裁量事项 {code} 不在本版本中");
        }

        if (n.HarmLimit == HarmLevel.Serious)
        {
            throw Input.Invalid("discretion.no-penalty-harm", "harmLimit", "不予处罚清单的危害后果限度只能是“无”或“轻微”（行政处罚法第三十三条）");
        }

        if (n.CorrectWithinDays is < 0 or > 365)
        {
            throw Input.Invalid("discretion.no-penalty-days", "correctWithinDays", "改正期限应为 0 至 365 日");
        }

        if (n.ValidFrom is { } from && n.ValidUntil is { } until && until < from)
        {
            throw Input.Invalid("discretion.no-penalty-validity", "validUntil", "清单有效期截止日期不能早于起始日期");
        }

        return n with
        {
            ItemCode = code,
            Violation = Input.Text(n.Violation, "violation", "违法行为", 500),
            Basis = Input.Text(n.Basis, "basis", "不予处罚依据", 1000),
            FollowUp = Input.Text(n.FollowUp, "followUp", "教育措施", 1000),
            ExclusionNote = Input.OptionalText(n.ExclusionNote, "exclusionNote", "除外情形", 500),
            Source = Input.Text(n.Source, "source", "清单来源", 500),
            ExcludedSources = [.. n.ExcludedSources.Distinct()],
        };
    }

    /// <summary>Validates a whole version: header texts, unique item codes, each item and each no-penalty entry.</summary>
    public static DiscretionBaselineContent Baseline(DiscretionBaselineContent b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var items = b.Items.Select(Item).ToList();
        if (items.Count == 0)
        {
            throw Input.Invalid("discretion.empty-baseline", "items", "裁量基准中没有事项");
        }

        var twice = items.GroupBy(i => i.Code).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw Input.Invalid("discretion.duplicate-code", "items", $"事项编码 {twice.Key} 重复");
        }

        var codes = items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        if (b.RepeatViolationThreshold is < 1 or > 10)
        {
            throw Input.Invalid("discretion.repeat-threshold", "repeatViolationThreshold", "“多次违法”的次数标准应为 1 至 10 次");
        }

        return b with
        {
            Title = Input.Text(b.Title, "title", "基准名称", 200),
            VersionLabel = Input.Text(b.VersionLabel, "versionLabel", "版本", 50),
            IssuingDocument = Input.Text(b.IssuingDocument, "issuingDocument", "发布文件", 200),
            Source = Input.Text(b.Source, "source", "来源", 500),
            Note = Input.OptionalText(b.Note, "note", "说明", 2000),
            Items = items,
            NoPenaltyItems = [.. b.NoPenaltyItems.Select(n => NoPenalty(n, codes))],
        };
    }

    private static void NonNegative(decimal? v, string field, string label)
    {
        if (v is < 0)
        {
            throw Input.Invalid("discretion.negative", field, $"{label}不能为负数");
        }
    }

    private static void Ordered(decimal? min, decimal? max, string field, string message)
    {
        if (min is { } lo && max is { } hi && lo > hi)
        {
            throw Input.Invalid("discretion.fine-range", field, message);
        }
    }

    private static void Within(decimal? min, decimal? max, decimal? statuteMin, decimal? statuteMax, string field, string message)
    {
        if ((min is { } lo && statuteMin is { } slo && lo < slo) || (max is { } hi && statuteMax is { } shi && hi > shi)
            || (min is { } lo2 && statuteMax is { } shi2 && lo2 > shi2))
        {
            throw Input.Invalid("discretion.fine-outside-statute", field, message);
        }
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]*$")]
    private static partial Regex CodePattern();
}
