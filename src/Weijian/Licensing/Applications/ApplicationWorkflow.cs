using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applications;

/// <summary>Where an application stands (R-LIC-2 … R-LIC-8).</summary>
public enum ApplicationStatus
{
    /// <summary>已提交（网上申请，待窗口受理）.</summary>
    Submitted,

    /// <summary>已一次性告知补正.</summary>
    DeficiencyNotified,

    /// <summary>已受理（审查中）.</summary>
    Accepted,

    /// <summary>特殊程序中（听证、检验、检测、鉴定、专家评审，期限暂停，R-LIC-6）.</summary>
    Suspended,

    /// <summary>准予许可.</summary>
    Granted,

    /// <summary>不予许可.</summary>
    Refused,

    /// <summary>不予受理（不属于许可事项或不属于本机关职权，R-LIC-2）.</summary>
    NotAccepted,

    /// <summary>申请人撤回.</summary>
    Withdrawn,
}

/// <summary>Every act on an existing application; each is one row of <see cref="ApplicationWorkflow.Table"/> and one command record of the same name.</summary>
public enum ApplicationAction
{
    Accept,
    NotifyDeficiency,
    RejectIntake,
    GrantOnCommitment,
    SupplyRongque,
    RecordSiteCheck,
    RecordReview,
    ExtendTime,
    StartExcludedPeriod,
    ScheduleHearing,
    EndExcludedPeriod,
    Grant,
    Refuse,
    Withdraw,
    ServeCertificate,
}

/// <summary>One row of the transition table (the shape of <c>Enforcement/PenaltyCases/CaseWorkflow</c>).</summary>
public sealed record ApplicationTransition(ApplicationAction Action, IReadOnlyList<ApplicationStatus> From, ApplicationStatus? To, IReadOnlyList<string> Roles, string Label);

/// <summary>
/// Workflow as data (DESIGN §5): this table drives <see cref="LicenseApplication"/>, the buttons on the application page
/// and the table-driven test. The window clerk decides intake (R-LIC-2) and serves the certificate; officers check on
/// site (two of them, R-LIC-3), review and run the special procedures (R-LIC-6/7); only a 局领导 extends the time (R-LIC-4)
/// and decides (R-LIC-5), and never on a file he reviewed himself.
/// </summary>
public static class ApplicationWorkflow
{
    private static readonly string[] Clerk = [Roles.WindowClerk];
    private static readonly string[] Officer = [Roles.Officer];
    private static readonly string[] Head = [Roles.BureauHead];
    private static readonly ApplicationStatus[] Open = [ApplicationStatus.Submitted, ApplicationStatus.DeficiencyNotified, ApplicationStatus.Accepted, ApplicationStatus.Suspended];

    public static readonly IReadOnlyList<ApplicationTransition> Table =
    [
        new(ApplicationAction.Accept, [ApplicationStatus.Submitted, ApplicationStatus.DeficiencyNotified], ApplicationStatus.Accepted, Clerk, "受理（含容缺受理）"),
        new(ApplicationAction.NotifyDeficiency, [ApplicationStatus.Submitted], ApplicationStatus.DeficiencyNotified, Clerk, "一次性告知补正材料"),
        new(ApplicationAction.RejectIntake, [ApplicationStatus.Submitted, ApplicationStatus.DeficiencyNotified], ApplicationStatus.NotAccepted, Clerk, "不予受理"),
        new(ApplicationAction.GrantOnCommitment, [ApplicationStatus.Submitted], ApplicationStatus.Granted, Clerk, "告知承诺当场发证"),
        new(ApplicationAction.SupplyRongque, [ApplicationStatus.Accepted, ApplicationStatus.Suspended], null, Clerk, "容缺材料已补齐"),
        new(ApplicationAction.RecordSiteCheck, [ApplicationStatus.Accepted], null, Officer, "记录现场核查"),
        new(ApplicationAction.RecordReview, [ApplicationStatus.Accepted], null, Officer, "提出审查意见"),
        new(ApplicationAction.ExtendTime, [ApplicationStatus.Accepted, ApplicationStatus.Suspended], null, Head, "批准延长审查期限10个工作日"),
        new(ApplicationAction.StartExcludedPeriod, [ApplicationStatus.Accepted], ApplicationStatus.Suspended, Officer, "启动检验、检测、鉴定或专家评审"),
        new(ApplicationAction.ScheduleHearing, [ApplicationStatus.Accepted], ApplicationStatus.Suspended, Officer, "安排听证"),
        new(ApplicationAction.EndExcludedPeriod, [ApplicationStatus.Suspended], ApplicationStatus.Accepted, Officer, "特殊程序结束，恢复计算期限"),
        new(ApplicationAction.Grant, [ApplicationStatus.Accepted], ApplicationStatus.Granted, Head, "准予许可"),
        new(ApplicationAction.Refuse, [ApplicationStatus.Accepted], ApplicationStatus.Refused, Head, "不予许可"),
        new(ApplicationAction.Withdraw, Open, ApplicationStatus.Withdrawn, Clerk, "申请人撤回申请"),
        new(ApplicationAction.ServeCertificate, [ApplicationStatus.Granted], null, Clerk, "送达许可证件"),
    ];

    public static ApplicationTransition Find(ApplicationAction action) => Table.Single(t => t.Action == action);

    public static IEnumerable<ApplicationTransition> AllowedFor(ApplicationStatus status, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Table.Where(t => t.From.Contains(status) && (actor.IsSystem || t.Roles.Any(actor.IsInRole)));
    }

    /// <summary>Refuses an action the table does not allow: 409 from the wrong status, 403 for the wrong role.</summary>
    public static ApplicationTransition Check(ApplicationAction action, ApplicationStatus status, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var t = Find(action);
        if (!t.From.Contains(status))
        {
            throw DomainRuleException.Conflict("licensing.action-not-allowed", $"申请处于“{ApplicationNames.Of(status)}”状态，不能执行“{t.Label}”");
        }

        if (!actor.IsSystem && !t.Roles.Any(actor.IsInRole))
        {
            throw DomainRuleException.Forbidden("licensing.role-not-allowed", $"“{t.Label}”须由{string.Join("或", t.Roles.Select(Roles.ChineseName))}办理");
        }

        return t;
    }

    /// <summary>kebab-case wire name (<c>notify-deficiency</c>).</summary>
    public static string WireName(ApplicationAction action) =>
        string.Concat(action.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));

    public static ApplicationAction? Parse(string? wire) =>
        Enum.GetValues<ApplicationAction>().Cast<ApplicationAction?>().FirstOrDefault(a => WireName(a!.Value) == wire || a.ToString() == wire);
}

/// <summary>Chinese names of the application's enums.</summary>
public static class ApplicationNames
{
    public static string Of(ApplicationStatus s) => s switch
    {
        ApplicationStatus.Submitted => "待受理",
        ApplicationStatus.DeficiencyNotified => "已一次性告知补正",
        ApplicationStatus.Accepted => "审查中",
        ApplicationStatus.Suspended => "特殊程序中（期限暂停）",
        ApplicationStatus.Granted => "准予许可",
        ApplicationStatus.Refused => "不予许可",
        ApplicationStatus.NotAccepted => "不予受理",
        ApplicationStatus.Withdrawn => "已撤回",
        _ => s.ToString(),
    };

    public static string Of(ExcludedPeriodKind k) => k switch
    {
        ExcludedPeriodKind.Hearing => "听证",
        ExcludedPeriodKind.Testing => "检验、检测",
        ExcludedPeriodKind.Appraisal => "鉴定",
        ExcludedPeriodKind.ExpertReview => "专家评审",
        _ => k.ToString(),
    };

    public static string Of(IntakeRefusal r) => r switch
    {
        IntakeRefusal.NotLicensingMatter => "申请事项依法不需要取得行政许可",
        IntakeRefusal.NotOurAuthority => "申请事项依法不属于本机关职权范围",
        _ => r.ToString(),
    };

    public static string Of(ApplicationRating r) => r switch
    {
        ApplicationRating.Good => "好评",
        ApplicationRating.Average => "中评",
        ApplicationRating.Bad => "差评",
        _ => r.ToString(),
    };

    public static string Of(MaterialState m) => m switch
    {
        MaterialState.Received => "已收",
        MaterialState.Missing => "缺",
        MaterialState.Rongque => "容缺",
        _ => m.ToString(),
    };

    /// <summary>Parses a wire value or Chinese name; bad input is a field-named error.</summary>
    public static T Parse<T>(string? value, Func<T, string> chinese, string field, string label)
        where T : struct, Enum
    {
        var v = value?.Trim();
        foreach (var e in Enum.GetValues<T>())
        {
            if (string.Equals(e.ToString(), v, StringComparison.OrdinalIgnoreCase) || chinese(e) == v)
            {
                return e;
            }
        }

        throw Input.Invalid("validation." + field, field, $"请选择{label}");
    }
}
