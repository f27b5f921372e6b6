using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// The local amounts that trigger hearing rights (较大数额罚款, R-PEN-18), collective discussion (R-PEN-21) and — where a
/// province sets one — legal review, resolved for the organisation on the act or decision date from
/// <see cref="RuleParameters"/>. They are configuration with effective dates because they are set locally and the
/// defaults are unverified.
/// </summary>
public sealed record CaseThresholds(decimal HearingIndividual, decimal HearingOrganization, decimal DiscussionIndividual, decimal DiscussionOrganization, decimal ReviewIndividual, decimal ReviewOrganization)
{
    public static readonly RuleParameterDefinition HearingIndividualParameter = new(
        "penalty.hearing-threshold.individual", "R-PEN-18", "较大数额罚款（公民）", "元", 1000m, "R-PEN-18 默认值（旧清单常见引述，未核实，应按本省标准设置）");

    public static readonly RuleParameterDefinition HearingOrganizationParameter = new(
        "penalty.hearing-threshold.organization", "R-PEN-18", "较大数额罚款（法人或其他组织）", "元", 30000m, "R-PEN-18 默认值（旧清单常见引述，未核实，应按本省标准设置）");

    public static readonly RuleParameterDefinition DiscussionIndividualParameter = new(
        "penalty.collective-discussion-threshold.individual", "R-PEN-21", "集体讨论罚没金额标准（公民）", "元", 1000m, "R-PEN-21 默认与较大数额罚款标准相同");

    public static readonly RuleParameterDefinition DiscussionOrganizationParameter = new(
        "penalty.collective-discussion-threshold.organization", "R-PEN-21", "集体讨论罚没金额标准（法人或其他组织）", "元", 30000m, "R-PEN-21 默认与较大数额罚款标准相同");

    /// <summary>0 = no amount-based legal-review trigger (the national triggers of R-PEN-20 always apply).</summary>
    public static readonly RuleParameterDefinition ReviewIndividualParameter = new(
        "penalty.legal-review-threshold.individual", "R-TRS-8", "法制审核罚没金额标准（公民，0为不设）", "元", 0m, "R-TRS-8 由地方重大执法决定法制审核目录清单规定，默认不设");

    public static readonly RuleParameterDefinition ReviewOrganizationParameter = new(
        "penalty.legal-review-threshold.organization", "R-TRS-8", "法制审核罚没金额标准（法人或其他组织，0为不设）", "元", 0m, "R-TRS-8 由地方重大执法决定法制审核目录清单规定，默认不设");

    public static readonly IReadOnlyList<RuleParameterDefinition> Parameters =
    [
        HearingIndividualParameter, HearingOrganizationParameter, DiscussionIndividualParameter, DiscussionOrganizationParameter,
        ReviewIndividualParameter, ReviewOrganizationParameter,
    ];

    public static async Task<CaseThresholds> ResolveAsync(WeijianDb db, Guid organizationId, DateOnly date, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var values = new List<decimal>();
        foreach (var p in Parameters)
        {
            values.Add((await RuleParameters.ResolveAsync(db, p, organizationId, date, ct)).Value);
        }

        return new CaseThresholds(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    public decimal HearingThreshold(PartyKind party) => party == PartyKind.Individual ? HearingIndividual : HearingOrganization;

    public decimal DiscussionThreshold(PartyKind party) => party == PartyKind.Individual ? DiscussionIndividual : DiscussionOrganization;

    public decimal? ReviewThreshold(PartyKind party) => (party == PartyKind.Individual ? ReviewIndividual : ReviewOrganization) is > 0 and var v ? v : null;

    /// <summary>R-PEN-16: what gives the party the right to a hearing, or empty.</summary>
    public IReadOnlyList<string> HearingTriggers(PenaltyTerms terms, PartyKind party)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var why = new List<string>();
        var threshold = HearingThreshold(party);
        if (terms.Fine >= threshold)
        {
            why.Add($"较大数额罚款（{threshold:0}元以上）");
        }

        if (terms.ConfiscatedGains + terms.ConfiscatedPropertyValue >= threshold)
        {
            why.Add("没收较大数额违法所得或较大价值非法财物");
        }

        if (terms.Measures.Any(m => m is PenaltyMeasure.QualificationLowered or PenaltyMeasure.LicenceRevoked))
        {
            why.Add("降低资质等级、吊销许可证件");
        }

        if (terms.Measures.Any(m => m is PenaltyMeasure.ProductionSuspended or PenaltyMeasure.Closure or PenaltyMeasure.PractiseRestricted))
        {
            why.Add("责令停产停业、责令关闭、限制从业");
        }

        return why;
    }
}
