using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Discretion;

/// <summary>The officer's discretion: the tier, the fine in yuan, other penalties, the written reasoning and, when leaving the proposal, the justification.</summary>
public sealed record DiscretionChoiceInput(
    DiscretionTier? Tier,
    decimal? FineYuan,
    IReadOnlyList<PenaltyMeasure>? Measures,
    string? Reasoning,
    string? Justification = null);

/// <summary>
/// A checked choice, ready to be stored on the case. <see cref="OutsideProposedRange"/> marks a choice that leaves the
/// proposal (another tier, a fine outside the tier's range, other penalties); legal review shows it with
/// <see cref="Deviations"/> and the justification (R-DIS-7).
/// </summary>
public sealed record DiscretionChoiceResult(
    DiscretionTier Tier,
    decimal? FineYuan,
    IReadOnlyList<PenaltyMeasure> Measures,
    string Reasoning,
    string? Justification,
    bool OutsideProposedRange,
    IReadOnlyList<string> Deviations)
{
    public string TierName => DiscretionNames.Of(Tier);

    public IReadOnlyList<string> MeasureNames => Measures.Select(DiscretionNames.Of).ToList();
}

/// <summary>
/// Checks the officer's choice against the proposal and the law (pure). Refused outright: no or trivial reasoning; a fine
/// above the statutory maximum or where the law sets none, or below the statutory minimum other than by 减轻 (R-PEN-36:
/// changing the range of a penalty is a liability); a penalty type no tier of the item provides; illegal gains not
/// confiscated (R-PEN-8). Allowed but flagged <c>OutsideProposedRange</c>, and then only with a justification: another tier,
/// a fine outside the proposed range, other penalties, 减轻 without a statutory ground.
/// </summary>
public static class DiscretionChoice
{
    /// <summary>Reasoning and justification must say something: at least this many letters (汉字 count one each).</summary>
    public const int MinimumReasonLength = 15;

    public static DiscretionChoiceResult Check(DiscretionProposalResult proposal, DiscretionChoiceInput choice)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(choice);
        var tier = Input.Required(choice.Tier, "tier", "裁量档次");
        var reasoning = Reason(choice.Reasoning, "reasoning", "裁量理由");
        var measures = (choice.Measures ?? []).Distinct().OrderBy(DiscretionNames.Severity).ToList();
        var fine = choice.FineYuan is 0 ? null : choice.FineYuan;
        if (fine is < 0)
        {
            throw Input.Invalid("discretion.negative", "fineYuan", "罚款数额不能为负数");
        }

        var gains = proposal.Circumstances.IllegalGains ?? 0;
        if (tier == DiscretionTier.NoPenalty)
        {
            if (fine is not null || measures.Count > 0)
            {
                throw Input.Invalid("discretion.no-penalty-with-penalty", "fineYuan", "选择不予处罚时不能同时给予罚款或其他处罚");
            }
        }
        else
        {
            if (fine is null && measures.Count == 0)
            {
                throw Input.Invalid("discretion.choice-without-penalty", "measures", $"选择“{DiscretionNames.Of(tier)}”档次时应有罚款或其他处罚；不处罚的请选择“不予处罚”");
            }

            Statutory(proposal, tier, fine);
            var provided = proposal.Item.TiersFor(proposal.Circumstances.PartyKind).SelectMany(t => t.Measures)
                .Concat(proposal.Item.SevereMeasures).Append(PenaltyMeasure.ConfiscateIllegalGains).ToHashSet();
            var foreign = measures.Where(m => !provided.Contains(m)).ToList();
            if (foreign.Count > 0)
            {
                throw Input.Invalid("discretion.measure-not-provided", "measures",
                    $"该违法行为的裁量基准没有规定{string.Join("、", foreign.Select(DiscretionNames.Of))}：不得变更处罚种类");
            }

            if (gains > 0 && !measures.Contains(PenaltyMeasure.ConfiscateIllegalGains))
            {
                throw Input.Invalid("discretion.gains-must-be-confiscated", "measures", "当事人有违法所得的，应当予以没收（行政处罚法第二十八条第二款）");
            }
        }

        var deviations = new List<string>();
        if (tier != proposal.Tier)
        {
            deviations.Add($"裁量档次为“{DiscretionNames.Of(tier)}”，系统建议“{proposal.TierName}”");
        }

        if (tier == DiscretionTier.Reduced && !proposal.HasStatutoryMitigation)
        {
            deviations.Add("选择减轻处罚，但未认定行政处罚法第三十条、第三十二条规定的法定从轻或者减轻情节");
        }

        if (fine is { } amount && (proposal.Fine is not { } range || !range.Contains(amount)))
        {
            deviations.Add(proposal.Fine is { } r
                ? $"罚款{FineFormat.Yuan(amount)}不在建议幅度{r.Text}内"
                : $"罚款{FineFormat.Yuan(amount)}，系统建议不处罚款");
        }
        else if (fine is null && proposal.Fine is { } suggested && tier == proposal.Tier)
        {
            deviations.Add($"未处罚款，系统建议罚款{suggested.Text}");
        }

        var added = measures.Except(proposal.Measures).ToList();
        var dropped = proposal.Measures.Except(measures).ToList();
        if (added.Count > 0)
        {
            deviations.Add("增加了" + string.Join("、", added.Select(DiscretionNames.Of)));
        }

        if (dropped.Count > 0)
        {
            deviations.Add("未采用建议的" + string.Join("、", dropped.Select(DiscretionNames.Of)));
        }

        string? justification = null;
        if (deviations.Count > 0)
        {
            justification = choice.Justification is { } j && !string.IsNullOrWhiteSpace(j)
                ? Reason(j, "justification", "超出建议范围的理由")
                : throw Input.Invalid("discretion.justification-required", "justification",
                    $"裁量结果超出系统建议范围（{string.Join("；", deviations)}），须说明理由，法制审核时将重点审查");
        }

        return new DiscretionChoiceResult(tier, fine, measures, reasoning, justification, deviations.Count > 0, deviations);
    }

    private static void Statutory(DiscretionProposalResult proposal, DiscretionTier tier, decimal? fine)
    {
        if (fine is not { } amount)
        {
            return;
        }

        if (proposal.StatutoryFine is not { } law)
        {
            throw Input.Invalid("discretion.fine-not-provided-by-law", "fineYuan",
                proposal.Item.Statutory.AllowsFine ? "本案没有违法所得，不能按违法所得倍数计算罚款" : "该违法行为的处罚依据没有规定罚款");
        }

        if (amount > law.Max)
        {
            throw Input.Invalid("discretion.fine-above-statutory-maximum", "fineYuan", $"罚款{FineFormat.Yuan(amount)}超过法定最高额{FineFormat.Yuan(law.Max)}（{law.Basis}）");
        }

        if (amount < law.Min && tier != DiscretionTier.Reduced)
        {
            throw Input.Invalid("discretion.fine-below-statutory-minimum", "fineYuan",
                $"罚款{FineFormat.Yuan(amount)}低于法定最低额{FineFormat.Yuan(law.Min)}：只有依法减轻处罚时才能低于法定最低限");
        }
    }

    private static string Reason(string? text, string field, string label)
    {
        var value = Input.Text(text, field, label, 4000);
        var letters = value.Count(char.IsLetterOrDigit);
        if (letters < MinimumReasonLength || value.Where(char.IsLetterOrDigit).Distinct().Count() < 4)
        {
            throw Input.Invalid("discretion.reasoning-too-short", field, $"{label}过于简单：请结合案件事实、情节和依据具体说明（至少 {MinimumReasonLength} 个字）");
        }

        return value;
    }
}
