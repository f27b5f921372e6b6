using Weijian.Platform.Rules;

namespace Weijian.Credit;

/// <summary>
/// The credit values that are unverified nationally or set per province (rules.md, "Design consequences" 1): effective-dated
/// rule parameters, resolved for the deciding bureau on the date of the act.
/// </summary>
public static class CreditParameters
{
    /// <summary>R-CRD-2: the category tables of 信用修复管理办法 are unverified; the amount from which money makes a penalty 严重 is set per province.</summary>
    public static readonly RuleParameterDefinition SeriousMoney = new(
        "credit.serious-money", "R-CRD-2", "严重失信：罚没款金额达到", "元", 1_000_000m,
        "R-CRD-2 默认值（信用修复管理办法分类标准未核实，由省级按本地目录设置）");

    /// <summary>R-CRD-1/2 (谁认定、谁修复): the time the bureau has to decide a repair application, in working days.</summary>
    public static readonly RuleParameterDefinition RepairDecisionWorkingDays = new(
        "credit.repair-decision-working-days", "R-CRD-2", "信用修复申请办理时限", "工作日", 5m,
        "R-CRD-2 默认值（58号令规定的办理时限，新办法时限未核实）");

    /// <summary>R-CRD-5: grade B = a record that ended within this many years (health definitions not found; configure).</summary>
    public static readonly RuleParameterDefinition GradeBYears = new(
        "credit.grade-b-years", "R-CRD-5", "信用等级B：失信记录结束后的观察年数", "年", 3m,
        "R-CRD-5 默认值（卫生健康分级标准未找到，按各地规定设置）");
}
