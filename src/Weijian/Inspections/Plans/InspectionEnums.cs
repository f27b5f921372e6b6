using Weijian.Platform.Rules;

namespace Weijian.Inspections.Plans;

/// <summary>The level that set a random-inspection plan (R-INS-4: national tasks are entered by the province).</summary>
public enum PlanLevel
{
    National,
    Provincial,
    City,
    County,
}

public enum PlanStatus
{
    /// <summary>起草: items, strata and quotas may still change.</summary>
    Draft,

    /// <summary>已下达: tasks pushed to the bureaus; the plan is frozen.</summary>
    Issued,

    /// <summary>已结束.</summary>
    Closed,
}

/// <summary>
/// Why an inspection happens. Random (双随机) tasks come from plans; the others are case-specific and each needs its
/// reason. Several are exempt from the per-enterprise yearly cap (R-INS-9).
/// </summary>
public enum InspectionKind
{
    /// <summary>双随机抽查 (R-INS-1).</summary>
    Random,

    /// <summary>重点监管/全覆盖检查 of sectors directly concerning safety and health (R-INS-1), counts toward the cap.</summary>
    Routine,

    /// <summary>投诉举报（12345/信访）核查 — exempt (R-INS-9).</summary>
    Complaint,

    /// <summary>上级交办/转办 — exempt (R-INS-9).</summary>
    Referral,

    /// <summary>责令改正复查 — exempt (R-INS-9).</summary>
    FollowUp,

    /// <summary>许可现场核查 — exempt (R-INS-9).</summary>
    LicensingSiteCheck,

    /// <summary>专项行动 (campaign), counts toward the cap unless its plan marks it joint (联合检查, R-INS-9).</summary>
    SpecialCampaign,
}

public enum InspectionTaskStatus
{
    /// <summary>已下达，待抽取/待指定对象.</summary>
    Assigned,

    /// <summary>已抽取（或已指定）检查对象，检查进行中.</summary>
    InProgress,

    /// <summary>全部对象已检查（或已记明无法检查的原因）.</summary>
    Completed,
}

public enum TargetStatus
{
    /// <summary>待检查.</summary>
    Open,

    /// <summary>已检查: covered by a completed inspection (possibly merged with other targets, 综合查一次).</summary>
    Inspected,

    /// <summary>无法检查: the entity closed or could not be found; recorded with a reason, never deleted (R-INS-7).</summary>
    NotInspectable,
}

public static class InspectionNames
{
    public static string Of(PlanLevel v) => v switch
    {
        PlanLevel.National => "国家",
        PlanLevel.Provincial => "省级",
        PlanLevel.City => "市级",
        PlanLevel.County => "县级",
        _ => v.ToString(),
    };

    public static string Of(PlanStatus v) => v switch
    {
        PlanStatus.Draft => "起草",
        PlanStatus.Issued => "已下达",
        PlanStatus.Closed => "已结束",
        _ => v.ToString(),
    };

    public static string Of(InspectionKind v) => v switch
    {
        InspectionKind.Random => "双随机抽查",
        InspectionKind.Routine => "日常/重点检查",
        InspectionKind.Complaint => "投诉举报核查",
        InspectionKind.Referral => "上级交办/转办",
        InspectionKind.FollowUp => "责令改正复查",
        InspectionKind.LicensingSiteCheck => "许可现场核查",
        InspectionKind.SpecialCampaign => "专项行动",
        _ => v.ToString(),
    };

    public static string Of(InspectionTaskStatus v) => v switch
    {
        InspectionTaskStatus.Assigned => "待抽取",
        InspectionTaskStatus.InProgress => "检查中",
        InspectionTaskStatus.Completed => "已完成",
        _ => v.ToString(),
    };

    public static string Of(TargetStatus v) => v switch
    {
        TargetStatus.Open => "待检查",
        TargetStatus.Inspected => "已检查",
        TargetStatus.NotInspectable => "无法检查",
        _ => v.ToString(),
    };

    /// <summary>R-INS-9: case-specific checks that do not count toward the per-enterprise yearly cap.</summary>
    public static bool IsCapExempt(InspectionKind kind) =>
        kind is InspectionKind.Complaint or InspectionKind.Referral or InspectionKind.FollowUp or InspectionKind.LicensingSiteCheck;

    /// <summary>Parses a code (Random) or a Chinese name (双随机抽查) of <typeparamref name="T"/>; a field-named error otherwise.</summary>
    public static T Parse<T>(string? value, Func<T, string> chinese, string field, string label)
        where T : struct, Enum
    {
        var v = value?.Trim();
        if (!string.IsNullOrEmpty(v))
        {
            foreach (var e in Enum.GetValues<T>())
            {
                if (string.Equals(e.ToString(), v, StringComparison.OrdinalIgnoreCase) || chinese(e) == v)
                {
                    return e;
                }
            }
        }

        throw Input.Invalid("validation." + field, field, $"请选择{label}");
    }
}
