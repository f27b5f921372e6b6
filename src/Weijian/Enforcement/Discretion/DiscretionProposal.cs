using System.Globalization;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// The circumstances of a case that the discretion rules weigh. <see cref="PriorViolations"/> is the number of earlier
/// violations of the same item by the same party within the lookback the caller applies (from case history); 0 = 首次违法.
/// </summary>
public sealed record DiscretionCircumstances(
    PartyKind PartyKind,
    int PriorViolations = 0,
    HarmLevel Harm = HarmLevel.None,
    CorrectionStatus Correction = CorrectionStatus.NotCorrected,
    int? CorrectionDays = null,
    bool MinorViolation = false,
    bool NoFault = false,
    IReadOnlyList<MitigatingFact>? Mitigating = null,
    IReadOnlyList<AggravatingFact>? Aggravating = null,
    decimal? IllegalGains = null,
    DiscoverySource Discovery = DiscoverySource.RoutineInspection)
{
    public bool IsFirstViolation => PriorViolations == 0;

    /// <summary>R-PEN-10 "及时改正": corrected on the spot or within the period ordered.</summary>
    public bool CorrectedPromptly => Correction is CorrectionStatus.Immediately or CorrectionStatus.WithinOrderedPeriod;
}

/// <summary>One circumstance the proposal used, what it did, and its basis (shown to the officer and in legal review).</summary>
public sealed record ReasoningLine(string Circumstance, string Effect, string Basis)
{
    public string Text => $"{Circumstance}：{Effect}（{Basis}）";
}

/// <summary>A condition of a no-penalty list entry and whether the case meets it.</summary>
public sealed record NoPenaltyCondition(string Name, bool Met, string Detail);

/// <summary>Whether the item is on the 不予处罚清单 and, if so, which of its conditions the case meets.</summary>
public sealed record NoPenaltyAssessment(bool Listed, bool Applies, string? Source, string? FollowUp, IReadOnlyList<NoPenaltyCondition> Conditions)
{
    public static readonly NoPenaltyAssessment NotListed = new(false, false, null, null, []);
}

/// <summary>What the system proposes for a case (R-DIS-7): the officer chooses and gives reasons (<see cref="DiscretionChoice"/>).</summary>
public sealed record DiscretionProposalResult(
    DiscretionBaselineSummary Baseline,
    DiscretionItemContent Item,
    DiscretionTier Tier,
    string TierCircumstances,
    FineRange? Fine,
    FineRange? StatutoryFine,
    IReadOnlyList<PenaltyMeasure> Measures,
    NoPenaltyAssessment NoPenalty,
    string? StatutoryNoPenalty,
    bool HasStatutoryMitigation,
    IReadOnlyList<ReasoningLine> Reasoning,
    IReadOnlyList<string> Notes,
    DiscretionCircumstances Circumstances)
{
    public string ItemCode => Item.Code;

    public string TierName => DiscretionNames.Of(Tier);

    public IReadOnlyList<string> MeasureNames => Measures.Select(DiscretionNames.Of).ToList();

    /// <summary>The proposal in one sentence: "建议从轻处罚：警告；罚款500元以上2000元以下".</summary>
    public string Summary
    {
        get
        {
            if (Tier == DiscretionTier.NoPenalty)
            {
                return "建议不予行政处罚，责令改正并对当事人进行教育";
            }

            var parts = Measures.Select(DiscretionNames.Of).ToList();
            if (Fine is { } f)
            {
                parts.Add("罚款" + f.Text);
            }

            return $"建议{TierName}处罚：{string.Join("；", parts)}";
        }
    }

    /// <summary>The reasoning as a Chinese paragraph, one circumstance per sentence, then the notes.</summary>
    public string ReasoningText => string.Join("；", Reasoning.Select(r => r.Text)) + "。" + string.Concat(Notes.Select(n => n + (n.EndsWith('。') ? "" : "。")));
}

/// <summary>
/// The discretion proposal (pure; R-DIS-7, R-PEN-8, R-PEN-9, R-PEN-10). Given an item (in the version in force) and the
/// circumstances, it decides whether the case qualifies for no penalty (行政处罚法 Art.33 and the 不予处罚清单), else the
/// tier — mandatory lighter/reduced grounds (Art.30, 32), aggravating facts, and first violation promptly corrected — and
/// computes the tier's fine for the illegal gains, the other penalties and the reasoning with every circumstance's basis.
/// </summary>
public static class DiscretionProposal
{
    private const string PenaltyLaw = "《中华人民共和国行政处罚法》";

    /// <summary>
    /// R-PEN-9 从旧兼从轻: the proposal under the version in force on the date of the act, unless the version in force on the
    /// date of the decision gives a lighter result for the same circumstances (lighter on every count and strictly lighter on
    /// one: no penalty, maximum fine, heaviest other penalty, minimum fine) — then that one, and the reasoning says so.
    /// </summary>
    public static DiscretionProposalResult Propose(DiscretionResolution resolution, DiscretionCircumstances circumstances)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        ArgumentNullException.ThrowIfNull(circumstances);
        var old = resolution.AtAct is { } a ? Propose(a, circumstances, resolution.ActDate) : null;
        var later = resolution.AtDecision is { } d && d.Baseline.Id != resolution.AtAct?.Baseline.Id ? Propose(d, circumstances, resolution.DecisionDate) : null;
        if (old is null && later is null)
        {
            throw DomainRuleException.NotFound("discretion.item-not-found", $"没有适用的裁量基准事项 {resolution.ItemCode}");
        }

        if (old is null)
        {
            return WithLine(later!, new ReasoningLine(
                "适用基准", $"违法行为发生时（{Day(resolution.ActDate)}）没有适用的裁量基准事项，适用决定时有效的“{later!.Baseline.Label}”", PenaltyLaw + "第三十七条"));
        }

        if (later is null)
        {
            var same = resolution.AtDecision?.Baseline.Id == resolution.AtAct?.Baseline.Id;
            return WithLine(old, new ReasoningLine(
                "适用基准",
                same
                    ? $"违法行为发生时和作出决定时有效的均为“{old.Baseline.Label}”"
                    : $"适用违法行为发生时（{Day(resolution.ActDate)}）有效的“{old.Baseline.Label}”（决定时有效的基准中没有该事项）",
                PenaltyLaw + "第三十七条"));
        }

        return Lighter(later, old) switch
        {
            true => WithLine(later, new ReasoningLine(
                "从旧兼从轻",
                $"违法行为发生时（{Day(resolution.ActDate)}）有效的“{old.Baseline.Label}”建议{Describe(old)}；作出决定时有效的“{later.Baseline.Label}”建议{Describe(later)}，较轻，适用新基准",
                PenaltyLaw + "第三十七条")),
            false => WithLine(old, new ReasoningLine(
                "从旧兼从轻",
                $"适用违法行为发生时（{Day(resolution.ActDate)}）有效的“{old.Baseline.Label}”；作出决定时有效的“{later.Baseline.Label}”建议{Describe(later)}，不轻于旧基准",
                PenaltyLaw + "第三十七条")),
            null => WithLine(old, new ReasoningLine(
                "从旧兼从轻",
                $"新旧基准各有轻重（旧：{Describe(old)}；新：{Describe(later)}），不能认定新基准较轻，适用违法行为发生时有效的“{old.Baseline.Label}”",
                PenaltyLaw + "第三十七条")),
        };
    }

    /// <summary>The proposal under one version; <paramref name="on"/> is the date the version is applied for (no-penalty list validity).</summary>
    public static DiscretionProposalResult Propose(DiscretionVersionItem version, DiscretionCircumstances c, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(c);
        if (c.PriorViolations < 0)
        {
            throw Input.Invalid("discretion.prior-violations", "priorViolations", "此前违法次数不能为负数");
        }

        if (c.IllegalGains is < 0)
        {
            throw Input.Invalid("discretion.negative", "illegalGains", "违法所得不能为负数");
        }

        var item = version.Item;
        var tiers = item.TiersFor(c.PartyKind);
        if (!tiers.Any(t => t.Tier != DiscretionTier.NoPenalty))
        {
            throw new DomainRuleException(
                "discretion.party-kind", $"事项 {item.Code} 的裁量档次不适用于{DiscretionNames.Of(c.PartyKind)}")
            { Fields = ["partyKind"] };
        }

        var lines = new List<ReasoningLine>();
        var notes = new List<string>();
        if (version.Baseline.IsSample)
        {
            notes.Add($"所用裁量基准为{DiscretionBaseline.SampleNotice}");
        }

        var threshold = version.Baseline.RepeatViolationThreshold;
        var aggravating = (c.Aggravating ?? []).Distinct().ToList();
        var mitigating = (c.Mitigating ?? []).Distinct().ToList();
        lines.Add(c.IsFirstViolation
            ? new ReasoningLine("违法次数", "首次违法", PenaltyLaw + "第三十三条第一款")
            : new ReasoningLine(
                "违法次数",
                c.PriorViolations >= threshold
                    ? $"此前已有{c.PriorViolations}次同一违法行为，达到本基准“多次违法”标准（{threshold}次），从重"
                    : $"此前已有{c.PriorViolations}次同一违法行为，不属首次违法",
                $"“{version.Baseline.Label}”"));
        if (c.PriorViolations >= threshold && !aggravating.Contains(AggravatingFact.RepeatedViolation))
        {
            aggravating.Add(AggravatingFact.RepeatedViolation);
        }

        lines.Add(new ReasoningLine("危害后果", DiscretionNames.Of(c.Harm) + (c.Harm == HarmLevel.Serious ? "，从重" : ""), "裁量基准裁量情节"));
        if (c.Harm == HarmLevel.Serious && !aggravating.Contains(AggravatingFact.SeriousConsequences))
        {
            aggravating.Add(AggravatingFact.SeriousConsequences);
        }

        lines.Add(new ReasoningLine(
            "改正情况",
            DiscretionNames.Of(c.Correction) + (c.CorrectionDays is { } days && c.Correction != CorrectionStatus.NotCorrected ? $"（{days}日）" : "")
                + (c.CorrectedPromptly ? "，属及时改正" : ""),
            PenaltyLaw + "第二十八条第一款、第三十三条第一款"));

        // 1. Shall not penalise (Art.33): no fault proven; minor, promptly corrected, no harm.
        string? statutoryNoPenalty = null;
        var shallNot = false;
        if (c.NoFault)
        {
            statutoryNoPenalty = "当事人有证据足以证明没有主观过错，不予行政处罚";
            lines.Add(new ReasoningLine("主观过错", statutoryNoPenalty, PenaltyLaw + "第三十三条第二款"));
            shallNot = true;
        }
        else if (c.MinorViolation && c.CorrectedPromptly && c.Harm == HarmLevel.None)
        {
            statutoryNoPenalty = "违法行为轻微并及时改正，没有造成危害后果，应当不予行政处罚";
            lines.Add(new ReasoningLine("违法情节", statutoryNoPenalty, PenaltyLaw + "第三十三条第一款"));
            shallNot = true;
        }
        else if (c.IsFirstViolation && c.Harm != HarmLevel.Serious && c.CorrectedPromptly)
        {
            statutoryNoPenalty = "初次违法且危害后果轻微并及时改正，可以不予行政处罚";
        }

        // 2. The no-penalty list (R-DIS-4, R-DIS-5): every listed condition must be met; conditions are never loosened.
        var assessment = Assess(version.NoPenalty, c, aggravating, on);
        if (assessment.Listed)
        {
            lines.Add(new ReasoningLine(
                "不予处罚清单",
                assessment.Applies
                    ? "符合清单全部条件，可以不予行政处罚"
                    : "未满足清单条件：" + string.Join("、", assessment.Conditions.Where(x => !x.Met).Select(x => x.Name)),
                assessment.Source ?? "不予处罚清单"));
        }

        var gains = Math.Max(c.IllegalGains ?? 0, 0);
        if (shallNot || assessment.Applies)
        {
            var followUp = assessment.Applies && assessment.FollowUp is { } f ? f : "对当事人进行教育";
            lines.Add(new ReasoningLine("教育", "不予处罚的，责令改正并" + followUp, PenaltyLaw + "第三十三条第三款"));
            var row = tiers.FirstOrDefault(t => t.Tier == DiscretionTier.NoPenalty);
            return new DiscretionProposalResult(
                version.Baseline, item, DiscretionTier.NoPenalty, row?.Circumstances ?? statutoryNoPenalty ?? "符合不予处罚清单条件",
                null, FineCalculation.Statutory(item.Statutory, gains), [], assessment, statutoryNoPenalty, false, lines, notes, c);
        }

        if (statutoryNoPenalty is not null)
        {
            notes.Add($"本案{statutoryNoPenalty}（{PenaltyLaw}第三十三条第一款），本基准未将该事项列入不予处罚清单或清单条件未满足，是否不予处罚由执法人员裁量并说明理由");
        }

        // 3. The tier: mandatory lighter/reduced grounds, aggravating facts, first violation promptly corrected.
        var mandatory = mitigating.Where(DiscretionNames.IsMandatory).ToList();
        foreach (var m in mitigating)
        {
            lines.Add(new ReasoningLine(
                DiscretionNames.Of(m), DiscretionNames.IsMandatory(m) ? "应当从轻或者减轻处罚" : "可以从轻或者减轻处罚", DiscretionNames.Basis(m)));
        }

        foreach (var a in aggravating)
        {
            lines.Add(new ReasoningLine(DiscretionNames.Of(a), "从重处罚情节", DiscretionNames.Basis(a)));
        }

        DiscretionTier wanted;
        string why;
        if (aggravating.Count > 0 && mandatory.Count == 0)
        {
            wanted = DiscretionTier.Heavier;
            why = "有从重情节，无法定从轻、减轻情节";
        }
        else if (aggravating.Count > 0)
        {
            wanted = DiscretionTier.Standard;
            why = "同时具有法定从轻或减轻情节和从重情节，综合裁量";
        }
        else if (mandatory.Count >= 2)
        {
            wanted = DiscretionTier.Reduced;
            why = $"具有{mandatory.Count}项应当从轻或者减轻处罚的法定情节，无从重情节，建议减轻";
        }
        else if (mandatory.Count == 1 || mitigating.Count > 0)
        {
            wanted = DiscretionTier.Lighter;
            why = "具有从轻或者减轻处罚情节，无从重情节，建议从轻";
        }
        else if (c.IsFirstViolation && c.CorrectedPromptly && c.Harm != HarmLevel.Serious)
        {
            wanted = DiscretionTier.Lighter;
            why = "初次违法且及时改正，无从重情节，建议从轻";
        }
        else
        {
            wanted = DiscretionTier.Standard;
            why = "无法定从轻、减轻情节，也无从重情节";
        }

        var tier = Nearest(tiers, wanted);
        lines.Add(new ReasoningLine(
            "裁量档次",
            tier.Tier == wanted ? $"{why}：{DiscretionNames.Of(tier.Tier)}" : $"{why}；本基准没有“{DiscretionNames.Of(wanted)}”档次，按最接近的“{DiscretionNames.Of(tier.Tier)}”档次",
            $"“{version.Baseline.Label}”{item.Code}"));

        // 4. Fine and other penalties; illegal gains are always confiscated (R-PEN-8, Art.28).
        var fine = FineCalculation.Compute(item.Statutory, tier.Fine, gains);
        if (fine is not null)
        {
            lines.Add(new ReasoningLine("罚款", $"{fine.Text}（{fine.Basis}）", string.Join("、", item.PenaltyProvisions.Select(p => p.Text))));
        }
        else if (!tier.Fine.IsNone)
        {
            notes.Add("该档次按违法所得倍数计罚，但本案没有违法所得，无法计算罚款数额");
        }

        if (tier.Tier == DiscretionTier.Heavier && item.SevereMeasures.Count > 0)
        {
            notes.Add($"情节严重的，依法还可以{string.Join("、", item.SevereMeasureNames)}，由执法人员结合案情裁量并说明理由");
        }

        var measures = tier.Measures.ToList();
        if (gains > 0 && !measures.Contains(PenaltyMeasure.ConfiscateIllegalGains))
        {
            measures.Add(PenaltyMeasure.ConfiscateIllegalGains);
        }

        if (gains > 0)
        {
            lines.Add(new ReasoningLine("违法所得", $"违法所得{FineFormat.Yuan(gains)}，予以没收", PenaltyLaw + "第二十八条第二款"));
        }

        return new DiscretionProposalResult(
            version.Baseline, item, tier.Tier, tier.Circumstances, fine, FineCalculation.Statutory(item.Statutory, gains),
            [.. measures.OrderBy(DiscretionNames.Severity)], assessment, statutoryNoPenalty, mandatory.Count > 0, lines, notes, c);
    }

    /// <summary>True when <paramref name="a"/> is lighter than <paramref name="b"/> on every count and strictly on one; false when not lighter; null when mixed.</summary>
    public static bool? Lighter(DiscretionProposalResult a, DiscretionProposalResult b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        decimal[] Key(DiscretionProposalResult r) =>
        [
            r.Tier == DiscretionTier.NoPenalty ? 0 : 1,
            r.Fine?.Max ?? 0,
            r.Measures.Select(DiscretionNames.Severity).DefaultIfEmpty(0).Max(),
            r.Fine?.Min ?? 0,
        ];
        var ka = Key(a);
        var kb = Key(b);
        var lighterSomewhere = ka.Zip(kb).Any(p => p.First < p.Second);
        var heavierSomewhere = ka.Zip(kb).Any(p => p.First > p.Second);
        return (lighterSomewhere, heavierSomewhere) switch
        {
            (true, false) => true,
            (true, true) => null,
            _ => false,
        };
    }

    private static NoPenaltyAssessment Assess(IReadOnlyList<NoPenaltyContent> entries, DiscretionCircumstances c, List<AggravatingFact> aggravating, DateOnly on)
    {
        var entry = entries.FirstOrDefault(e => e.IsValidOn(on));
        if (entry is null)
        {
            return NoPenaltyAssessment.NotListed;
        }

        var conditions = new List<NoPenaltyCondition>();
        if (entry.FirstTimeOnly)
        {
            conditions.Add(new("首次违法", c.IsFirstViolation, c.IsFirstViolation ? "回溯期内无同一违法行为" : $"此前已有{c.PriorViolations}次同一违法行为"));
        }

        var harmOk = c.Harm <= entry.HarmLimit;
        conditions.Add(new(entry.HarmLimitName, harmOk, DiscretionNames.Of(c.Harm)));
        var inTime = c.Correction == CorrectionStatus.Immediately
            || (c.Correction == CorrectionStatus.WithinOrderedPeriod && (entry.CorrectWithinDays is not { } limit || (c.CorrectionDays is { } d && d <= limit)));
        var timeName = entry.CorrectWithinDays is { } n ? (n == 0 ? "当场改正" : $"{n}日内改正") : "及时改正";
        conditions.Add(new(timeName, inTime, DiscretionNames.Of(c.Correction) + (c.CorrectionDays is { } cd ? $"（{cd}日）" : "")));
        if (entry.ExcludedSources.Count > 0)
        {
            var excluded = entry.ExcludedSources.Contains(c.Discovery);
            conditions.Add(new("不属除外情形", !excluded, $"案件来源：{DiscretionNames.Of(c.Discovery)}" + (excluded ? "（清单规定此类来源除外）" : "")));
        }

        conditions.Add(new("无从重情节", aggravating.Count == 0, aggravating.Count == 0 ? "无" : string.Join("、", aggravating.Select(DiscretionNames.Of))));
        return new NoPenaltyAssessment(true, conditions.All(x => x.Met), entry.Source, entry.FollowUp, conditions);
    }

    /// <summary>The item's tier closest to the wanted one, preferring the milder side for lighter wishes and vice versa.</summary>
    private static DiscretionTierContent Nearest(IReadOnlyList<DiscretionTierContent> tiers, DiscretionTier wanted)
    {
        DiscretionTier[] order = wanted switch
        {
            DiscretionTier.Reduced => [DiscretionTier.Reduced, DiscretionTier.Lighter, DiscretionTier.Standard, DiscretionTier.Heavier],
            DiscretionTier.Lighter => [DiscretionTier.Lighter, DiscretionTier.Standard, DiscretionTier.Reduced, DiscretionTier.Heavier],
            DiscretionTier.Heavier => [DiscretionTier.Heavier, DiscretionTier.Standard, DiscretionTier.Lighter, DiscretionTier.Reduced],
            _ => [DiscretionTier.Standard, DiscretionTier.Lighter, DiscretionTier.Heavier, DiscretionTier.Reduced],
        };
        return order.Select(t => tiers.FirstOrDefault(x => x.Tier == t)).First(t => t is not null)!;
    }

    private static string Describe(DiscretionProposalResult r) => r.Tier == DiscretionTier.NoPenalty
        ? "不予处罚"
        : $"{r.TierName}（{(r.Fine is { } f ? "罚款" + f.Text : "不处罚款")}{string.Concat(r.Measures.Select(m => "、" + DiscretionNames.Of(m)))}）";

    private static DiscretionProposalResult WithLine(DiscretionProposalResult r, ReasoningLine line) => r with { Reasoning = [line, .. r.Reasoning] };

    private static string Day(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
