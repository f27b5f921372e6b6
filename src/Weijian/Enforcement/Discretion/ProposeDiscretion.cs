using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// The discretion calculator (R-DIS-7): the proposal for an item of the baseline in force for the actor's organisation,
/// given the circumstances of a case. Resolves the versions in force on the act date and on the decision date (default
/// today) and applies the later one only when lighter (R-PEN-9). Values may be identifiers or Chinese names (从轻, 个人 …).
/// A query: nothing is stored (the case that uses it stores the officer's choice).
/// </summary>
public sealed record ProposeDiscretion(
    string? ItemCode,
    DateOnly? ActDate,
    DateOnly? DecisionDate = null,
    string? PartyKind = null,
    int? PriorViolations = null,
    string? Harm = null,
    string? Correction = null,
    int? CorrectionDays = null,
    bool? MinorViolation = null,
    bool? NoFault = null,
    IReadOnlyList<string>? Mitigating = null,
    IReadOnlyList<string>? Aggravating = null,
    decimal? IllegalGains = null,
    string? Discovery = null);

public sealed class ProposeDiscretionHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DiscretionProposalResult> HandleAsync(ProposeDiscretion query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(DiscretionAccess.Readers);
        var org = db.Actor.RequireOrganization();
        var code = DiscretionContentRules.ValidCode(query.ItemCode, "itemCode");
        var act = Input.Required(query.ActDate, "actDate", "违法行为发生日期");
        var decision = query.DecisionDate ?? ChinaClock.Today(clock);
        var circumstances = Circumstances(query);
        var resolution = await DiscretionBaselines.ResolveAsync(db, org, code, act, decision, ct);
        return DiscretionProposal.Propose(resolution, circumstances);
    }

    /// <summary>The circumstances from the query's fields (Chinese names or identifiers), with field-named errors.</summary>
    public static DiscretionCircumstances Circumstances(ProposeDiscretion q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var party = DiscretionNames.ParsePartyKind(q.PartyKind, "partyKind") ?? throw Input.Invalid("validation.required", "partyKind", "当事人类型不能为空");
        var prior = q.PriorViolations ?? 0;
        if (prior is < 0 or > 1000)
        {
            throw Input.Invalid("discretion.prior-violations", "priorViolations", "此前同一违法行为次数应为 0 至 1000");
        }

        if (q.CorrectionDays is < 0 or > 3650)
        {
            throw Input.Invalid("discretion.correction-days", "correctionDays", "改正用时应为 0 至 3650 日");
        }

        if (q.IllegalGains is < 0 or > 100_000_000_000m)
        {
            throw Input.Invalid("discretion.negative", "illegalGains", "违法所得应为不小于 0 的金额");
        }

        return new DiscretionCircumstances(
            party,
            prior,
            DiscretionNames.ParseHarm(q.Harm, "harm") ?? HarmLevel.None,
            DiscretionNames.ParseCorrection(q.Correction, "correction") ?? CorrectionStatus.NotCorrected,
            q.CorrectionDays,
            q.MinorViolation ?? false,
            q.NoFault ?? false,
            (q.Mitigating ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => DiscretionNames.ParseMitigating(s, "mitigating")).Distinct().ToList(),
            (q.Aggravating ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => DiscretionNames.ParseAggravating(s, "aggravating")).Distinct().ToList(),
            q.IllegalGains,
            DiscretionNames.ParseDiscovery(q.Discovery, "discovery") ?? DiscoverySource.RoutineInspection);
    }
}

/// <summary>
/// Checks an officer's choice against the proposal for the same circumstances (<see cref="DiscretionChoice.Check"/>), for
/// the calculator and for clients that want the check before a case stores the choice. Nothing is stored.
/// </summary>
public sealed record CheckDiscretionChoice(ProposeDiscretion? Proposal, string? Tier, decimal? FineYuan, IReadOnlyList<string>? Measures, string? Reasoning, string? Justification);

public sealed record DiscretionChoiceCheck(DiscretionProposalResult Proposal, DiscretionChoiceResult Choice);

public sealed class CheckDiscretionChoiceHandler(ProposeDiscretionHandler propose)
{
    public async Task<DiscretionChoiceCheck> HandleAsync(CheckDiscretionChoice command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var proposal = await propose.HandleAsync(command.Proposal ?? throw Input.Invalid("validation.required", "proposal", "缺少案件情节"), ct);
        var choice = DiscretionChoice.Check(proposal, new DiscretionChoiceInput(
            DiscretionNames.ParseTier(command.Tier, "tier"),
            command.FineYuan,
            (command.Measures ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => DiscretionNames.ParseMeasure(m, "measures")).ToList(),
            command.Reasoning,
            command.Justification));
        return new DiscretionChoiceCheck(proposal, choice);
    }
}
