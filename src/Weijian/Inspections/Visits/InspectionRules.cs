using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Visits;

/// <summary>The per-jurisdiction, effective-dated values the visits use (Platform/Rules).</summary>
public static class InspectionRules
{
    /// <summary>R-INS-1/R-INS-4 综合查一次: targets of one entity due within this many days are merged into one visit.</summary>
    public static readonly RuleParameterDefinition MergeWindowDays = new(
        "inspection.merge-window-days", "R-INS-1", "综合查一次合并窗口", "日", 30m, "R-INS-1 默认值（同一对象30日内的检查任务合并为一次检查）");

    /// <summary>R-INS-9: visits of non-exempt kinds per entity per calendar year (某市 example: 2).</summary>
    public static readonly RuleParameterDefinition YearlyCapPerEntity = new(
        "inspection.yearly-cap-per-entity", "R-INS-9", "同一企业年度检查次数上限", "次", 2m, "R-INS-9 默认值（某市涉企检查“一年不超过2次”示例）");

    /// <summary>R-INS-3: results public within this many working days after the inspection ends (unverified for health).</summary>
    public static readonly RuleParameterDefinition PublishWorkingDays = new(
        "inspection.publish-working-days", "R-INS-3", "抽查结果公示期限", "工作日", 20m, "R-INS-3 默认值（抽查结束后20个工作日内公示，卫生健康领域未核实）");

    /// <summary>R-INS-12 量化分级 band floors (score normalised to 100).</summary>
    public static readonly RuleParameterDefinition GradeAFloor = new(
        "inspection.grade-a-floor", "R-INS-12", "量化分级A级最低分", "分", 90m, "R-INS-12 默认值（≥90分为A级）");

    public static readonly RuleParameterDefinition GradeBFloor = new(
        "inspection.grade-b-floor", "R-INS-12", "量化分级B级最低分", "分", 70m, "R-INS-12 默认值（70–89分为B级）");

    public static readonly RuleParameterDefinition GradeCFloor = new(
        "inspection.grade-c-floor", "R-INS-12", "量化分级C级最低分", "分", 60m, "R-INS-12 默认值（60–69分为C级，低于60分限期整改）");
}

/// <summary>量化分级 (R-INS-12): a score normalised to 100 and the grade it earns; null below the C floor (限期整改).</summary>
public sealed record GradeBands(decimal A, decimal B, decimal C)
{
    public static readonly GradeBands Default = new(90m, 70m, 60m);

    public HygieneGrade? GradeOf(decimal score) =>
        score >= A ? HygieneGrade.A : score >= B ? HygieneGrade.B : score >= C ? HygieneGrade.C : null;

    /// <summary>Normalises a raw score out of <paramref name="max"/> to 100 (two decimals).</summary>
    public static decimal Normalise(decimal raw, decimal max)
    {
        if (max <= 0 || raw < 0 || raw > max)
        {
            throw Input.Invalid("validation.grade-score", "score", $"量化分级得分应在0至{max}之间");
        }

        return Math.Round(raw * 100m / max, 2, MidpointRounding.AwayFromZero);
    }
}
