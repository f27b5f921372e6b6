using Weijian.Platform.Rules;

namespace Weijian.Platform.Publication;

/// <summary>The per-jurisdiction, effective-dated values of publication (Platform/Rules).</summary>
public static class DisclosureRules
{
    /// <summary>R-TRS-4: penalty and licensing decisions public within 7 working days of the decision.</summary>
    public static readonly RuleParameterDefinition DecisionWorkingDays = new(
        "disclosure.decision-working-days", "R-TRS-4", "行政处罚和行政许可决定公示期限", "工作日", 7m, "R-TRS-4 默认值（行政许可、行政处罚决定自作出之日起7个工作日内公开）");

    /// <summary>R-TRS-4: other enforcement decisions public within 20 working days.</summary>
    public static readonly RuleParameterDefinition OtherWorkingDays = new(
        "disclosure.other-working-days", "R-TRS-4", "其他行政执法决定公示期限", "工作日", 20m, "R-TRS-4 默认值（其他行政执法决定自作出之日起20个工作日内公开）");

    /// <summary>R-PEN-32: a revoked, changed or unlawful decision is withdrawn within 3 (working) days.</summary>
    public static readonly RuleParameterDefinition WithdrawalWorkingDays = new(
        "disclosure.withdrawal-working-days", "R-PEN-32", "公示决定撤回期限", "工作日", 3m, "R-PEN-32 默认值（决定被变更、撤销或确认违法的，3日内撤回公开信息并说明理由）");

    /// <summary>R-TRS-5: years a decision stays online (one local rule: 5; no national rule found).</summary>
    public static readonly RuleParameterDefinition RetentionYears = new(
        "disclosure.retention-years", "R-TRS-5", "执法决定网上公示期限", "年", 5m, "R-TRS-5 默认值（某地规定公示满5年撤下，未见全国性规定）");

    /// <summary>R-TRS-5: years for a natural person (the same local rule: 2).</summary>
    public static readonly RuleParameterDefinition NaturalPersonRetentionYears = new(
        "disclosure.natural-person-retention-years", "R-TRS-5", "自然人执法决定网上公示期限", "年", 2m, "R-TRS-5 默认值（涉及自然人的公示满2年撤下）");

    /// <summary>1 = a decision is published as soon as it is scheduled (on time by construction); 0 = by an explicit 公示 action.</summary>
    public static readonly RuleParameterDefinition AutoPublish = new(
        "disclosure.auto-publish", "R-TRS-4", "执法决定自动公示（1=是，0=否）", "开关", 0m, "默认由工作人员确认后公示");

    /// <summary>How a natural person's name is masked: 1 = 张某某 (surname + 某 per remaining character), 2 = 张* style.</summary>
    public static readonly RuleParameterDefinition NameMaskStyle = new(
        "disclosure.name-mask-style", "R-TRS-4", "自然人姓名隐去方式（1=张某某，2=张*）", "方式", 1m, "行政处罚决定公开的通常做法：保留姓氏，隐去名字");
}
