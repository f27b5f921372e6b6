using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Licenses;

/// <summary>Everything that can happen to a license in the register; each is one row of <see cref="LicenseWorkflow.Table"/>.</summary>
public enum LicenseAction
{
    Recheck,
    RemindExpiry,
    Expire,
    OrderRectification,
    Cancel,
    Revoke,
    ApplyChange,
    Renew,
    DeemRenew,
    CancelOnApplication,
}

public sealed record LicenseTransition(LicenseAction Action, IReadOnlyList<LicenseStatus> From, LicenseStatus? To, IReadOnlyList<string> Roles, string Label);

/// <summary>
/// The license register's workflow as data (DESIGN §5): drives <see cref="License"/>, the buttons on the license page
/// and the table-driven test. Re-check and rectification are officers' acts (R-LIC-13, R-LIC-11); 注销 is ex officio
/// (R-LIC-9, also of an expired or revoked license); 撤销 is a decision approved by a bureau head (R-LIC-9).
/// </summary>
public static class LicenseWorkflow
{
    private static readonly string[] Officers = [Roles.Officer, Roles.BureauHead];
    private static readonly string[] Head = [Roles.BureauHead];

    public static readonly IReadOnlyList<LicenseTransition> Table =
    [
        new(LicenseAction.Recheck, [LicenseStatus.Valid], null, Officers, "记录复核"),
        new(LicenseAction.RemindExpiry, [LicenseStatus.Valid], null, Officers, "到期提醒"),
        new(LicenseAction.Expire, [LicenseStatus.Valid], LicenseStatus.Expired, [], "到期未延续"),
        new(LicenseAction.OrderRectification, [LicenseStatus.Valid], null, Officers, "责令整改"),
        new(LicenseAction.Cancel, [LicenseStatus.Valid, LicenseStatus.Expired, LicenseStatus.Revoked], LicenseStatus.Cancelled, Officers, "注销"),
        new(LicenseAction.Revoke, [LicenseStatus.Valid, LicenseStatus.Expired], LicenseStatus.Revoked, Head, "撤销"),

        // Acts granted on an application (Applications/ApplicationGrants, Sweep): the decision is the application's, so
        // they are no buttons here (no roles); they apply only to a valid license — an expired, cancelled or revoked one
        // needs a new application (变更/校验, 延续 R-LIC-8, 依申请注销 R-LIC-9).
        new(LicenseAction.ApplyChange, [LicenseStatus.Valid], null, [], "依申请变更或校验"),
        new(LicenseAction.Renew, [LicenseStatus.Valid], null, [], "准予延续"),
        new(LicenseAction.DeemRenew, [LicenseStatus.Valid], null, [], "视为准予延续"),
        new(LicenseAction.CancelOnApplication, [LicenseStatus.Valid], LicenseStatus.Cancelled, [], "依申请注销"),
    ];

    public static LicenseTransition Find(LicenseAction action) => Table.Single(t => t.Action == action);

    public static IEnumerable<LicenseTransition> AllowedFor(LicenseStatus status, Actor actor) =>
        Table.Where(t => t.Roles.Count > 0 && t.From.Contains(status) && (actor.IsSystem || t.Roles.Any(actor.IsInRole)));

    /// <summary>Refuses an action from a status the table does not allow (409).</summary>
    public static LicenseTransition Check(LicenseAction action, LicenseStatus status)
    {
        var t = Find(action);
        return t.From.Contains(status)
            ? t
            : throw DomainRuleException.Conflict("licensing.action-not-allowed", $"许可证处于“{LicenseNames.Of(status)}”状态，不能{t.Label}");
    }

    /// <summary>Refuses the wrong role (403) and the wrong status (409).</summary>
    public static LicenseTransition Check(LicenseAction action, LicenseStatus status, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var t = Find(action);
        if (!actor.IsSystem && !t.Roles.Any(actor.IsInRole))
        {
            throw DomainRuleException.Forbidden("auth.forbidden", $"“{t.Label}”须由{string.Join("或", t.Roles.Select(Roles.ChineseName))}办理");
        }

        return Check(action, status);
    }
}

/// <summary>撤销的理由 (行政许可法第六十九条, R-LIC-9).</summary>
public enum RevocationGround
{
    /// <summary>被许可人以欺骗、贿赂等不正当手段取得 — mandatory (应当撤销, 第六十九条第二款).</summary>
    Fraud,

    /// <summary>行政机关工作人员滥用职权、玩忽职守作出准予行政许可决定 — optional.</summary>
    AbuseOfPower,

    /// <summary>超越法定职权作出准予行政许可决定 — optional.</summary>
    BeyondAuthority,

    /// <summary>违反法定程序作出准予行政许可决定 — optional.</summary>
    ProceduralBreach,

    /// <summary>对不具备申请资格或者不符合法定条件的申请人准予行政许可 — optional.</summary>
    UnqualifiedGrantee,
}

/// <summary>注销的情形 (行政许可法第七十条, R-LIC-9).</summary>
public enum CancellationGround
{
    /// <summary>有效期届满未延续.</summary>
    Expired,

    /// <summary>赋予公民特定资格的行政许可，该公民死亡或者丧失行为能力.</summary>
    HolderDied,

    /// <summary>法人或者其他组织依法终止.</summary>
    Dissolved,

    /// <summary>行政许可依法被撤销、撤回，或者许可证件依法被吊销.</summary>
    Revoked,

    /// <summary>因不可抗力导致行政许可事项无法实施.</summary>
    ForceMajeure,

    /// <summary>被许可人申请注销或法律、法规规定的其他情形.</summary>
    Other,
}

/// <summary>The pure rules of the register: revocation grounds and bar (R-LIC-9), re-check and reminder dates (R-LIC-8/13).</summary>
public static class LicenseRules
{
    /// <summary>R-LIC-9: fraud or bribery makes revocation mandatory; the other grounds leave it to the bureau.</summary>
    public static bool IsMandatory(RevocationGround ground) => ground == RevocationGround.Fraud;

    /// <summary>
    /// R-LIC-9 (第六十九条第三款): revocation under either paragraph is barred when it may seriously harm the public
    /// interest. The reviewer must confirm the bar was considered; a finding of serious harm refuses the revocation.
    /// </summary>
    public static void EnsureRevocable(IReadOnlyCollection<RevocationGround> grounds, bool publicInterestConsidered, bool seriousPublicHarm)
    {
        ArgumentNullException.ThrowIfNull(grounds);
        if (grounds.Count == 0)
        {
            throw Input.Invalid("validation.required", "grounds", "请选择撤销理由（行政许可法第六十九条）");
        }

        if (!publicInterestConsidered)
        {
            throw Input.Invalid("validation.required", "publicInterestConsidered", "请确认已审查撤销是否可能对公共利益造成重大损害（行政许可法第六十九条第三款）");
        }

        if (seriousPublicHarm)
        {
            throw DomainRuleException.Conflict("licensing.revocation-barred", "撤销可能对公共利益造成重大损害的，不予撤销（行政许可法第六十九条第三款，R-LIC-9）");
        }
    }

    /// <summary>
    /// R-LIC-13: the next 复核 is due an interval (years, per province) after the last one; when it falls on a day off
    /// the bureau is closed, so it moves to the next working day.
    /// </summary>
    public static DateOnly RecheckDue(BusinessCalendar calendar, DateOnly lastRecheck, int intervalYears)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.NextWorkingDayOnOrAfter(lastRecheck.AddYears(intervalYears));
    }

    /// <summary>
    /// R-LIC-8: renewal must be applied for a number of days before expiry (30 by law); the cut-off is the last day to
    /// apply. A cut-off on a day off moves back to the last working day before it, so the holder can still file.
    /// </summary>
    public static DateOnly RenewalCutoff(BusinessCalendar calendar, DateOnly validUntil, int daysBeforeExpiry)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var day = validUntil.AddDays(-daysBeforeExpiry);
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>The reminder goes out a number of days (rule parameter) before the renewal cut-off.</summary>
    public static DateOnly ReminderFrom(DateOnly cutoff, int leadDays) => cutoff.AddDays(-leadDays);
}

/// <summary>Chinese names shown to users.</summary>
public static class LicenseNames
{
    public static string Of(LicenseStatus s) => s switch
    {
        LicenseStatus.Valid => "有效",
        LicenseStatus.Cancelled => "已注销",
        LicenseStatus.Revoked => "已撤销",
        LicenseStatus.Expired => "已过期",
        _ => s.ToString(),
    };

    public static string Of(LicenseEventKind k) => k switch
    {
        LicenseEventKind.Issued => "发证",
        LicenseEventKind.Changed => "变更",
        LicenseEventKind.Renewed => "延续",
        LicenseEventKind.DeemedRenewed => "视为准予延续",
        LicenseEventKind.Rechecked => "复核",
        LicenseEventKind.RectificationOrdered => "责令整改",
        LicenseEventKind.Cancelled => "注销",
        LicenseEventKind.Revoked => "撤销",
        LicenseEventKind.Expired => "到期未延续",
        LicenseEventKind.ExpiryReminded => "到期提醒",
        _ => k.ToString(),
    };

    public static string Of(RevocationGround g) => g switch
    {
        RevocationGround.Fraud => "被许可人以欺骗、贿赂等不正当手段取得行政许可（应当撤销）",
        RevocationGround.AbuseOfPower => "行政机关工作人员滥用职权、玩忽职守作出准予行政许可决定",
        RevocationGround.BeyondAuthority => "超越法定职权作出准予行政许可决定",
        RevocationGround.ProceduralBreach => "违反法定程序作出准予行政许可决定",
        RevocationGround.UnqualifiedGrantee => "对不具备申请资格或者不符合法定条件的申请人准予行政许可",
        _ => g.ToString(),
    };

    public static string Of(CancellationGround g) => g switch
    {
        CancellationGround.Expired => "行政许可有效期届满未延续",
        CancellationGround.HolderDied => "赋予公民特定资格的行政许可，该公民死亡或者丧失行为能力",
        CancellationGround.Dissolved => "法人或者其他组织依法终止",
        CancellationGround.Revoked => "行政许可依法被撤销、撤回，或者许可证件依法被吊销",
        CancellationGround.ForceMajeure => "因不可抗力导致行政许可事项无法实施",
        CancellationGround.Other => "法律、法规规定的应当注销行政许可的其他情形",
        _ => g.ToString(),
    };

    public static T Parse<T>(string? value, Func<T, string> name, string field, string label)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Input.Invalid("validation.required", field, $"请选择{label}");
        }

        var v = value.Trim();
        foreach (var x in Enum.GetValues<T>())
        {
            if (string.Equals(x.ToString(), v, StringComparison.OrdinalIgnoreCase) || name(x) == v)
            {
                return x;
            }
        }

        throw Input.Invalid("validation." + field, field, $"{label}不正确：{v}");
    }
}
