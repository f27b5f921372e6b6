using Weijian.Platform.Rules;

namespace Weijian.Publicity.Replies;

/// <summary>The time the bureau has to review a reply or decide an appeal: set per province, so an effective-dated rule parameter.</summary>
public static class ReplyParameters
{
    /// <summary>R-CRD-2 (谁认定、谁修复 — the objection to a published record is handled by its maker within a set time); unverified for health.</summary>
    public static readonly RuleParameterDefinition HandlingWorkingDays = new(
        "reply.handling-working-days", "R-CRD-2", "回应审核与申诉办理时限", "工作日", 10m,
        "R-CRD-2 参照默认值（卫生健康领域异议申诉办理时限未核实，按各地规定设置）");
}
