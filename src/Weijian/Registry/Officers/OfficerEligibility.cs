namespace Weijian.Registry.Officers;

/// <summary>
/// The answer to "may officer X act on date D (for specialty S, at entity E)?": eligible when no reason applies.
/// Used by the 双随机 officer draw (R-INS-8, R-OFF-3) and the two-qualified-officers rule of penalty cases
/// (R-PEN-12, R-OFF-1).
/// </summary>
public sealed record OfficerEligibility(Guid OfficerId, string OfficerName, DateOnly Date, IReadOnlyList<EligibilityReason> Reasons)
{
    public bool Eligible => Reasons.Count == 0;

    /// <summary>Whether a reason with this code applies (codes in <see cref="EligibilityCodes"/>).</summary>
    public bool Has(string code) => Reasons.Any(r => r.Code == code);
}

/// <summary>Why an officer may not act: a stable code and a Chinese message.</summary>
public sealed record EligibilityReason(string Code, string Message);

/// <summary>The stable codes of <see cref="EligibilityReason"/>.</summary>
public static class EligibilityCodes
{
    /// <summary>No 执法证 at all: auxiliary staff may not inspect (R-OFF-3, R-INS-8).</summary>
    public const string NoCredential = "officer.no-credential";

    /// <summary>The date is before the credential's validity starts.</summary>
    public const string CredentialNotYetValid = "officer.credential-not-yet-valid";

    /// <summary>The date is after the credential's validity ends.</summary>
    public const string CredentialExpired = "officer.credential-expired";

    /// <summary>The officer is 暂扣 or 注销.</summary>
    public const string NotActive = "officer.not-active";

    /// <summary>The officer does not work the specialty asked for.</summary>
    public const string SpecialtyNotHeld = "officer.specialty-not-held";

    /// <summary>A declared, not withdrawn conflict of interest with the entity (recusal, R-PEN-12).</summary>
    public const string ConflictOfInterest = "officer.conflict-of-interest";
}

/// <summary>在职有效 / 暂扣 / 注销. An officer record is never deleted.</summary>
public enum OfficerStatus
{
    Active,
    Suspended,
    Revoked,
}

/// <summary>The relation that makes an officer recuse: 亲属 / 曾任职单位 / 其他.</summary>
public enum ConflictRelation
{
    Relative,
    FormerEmployer,
    Other,
}

/// <summary>The state of a credential on a date, as the list shows it.</summary>
public enum CredentialValidity
{
    None,
    NotYetValid,
    Valid,
    ExpiringSoon,
    Expired,
}

public static class CredentialValidities
{
    public static CredentialValidity Of(string? number, DateOnly? from, DateOnly? until, DateOnly date, int expiringWithinDays)
    {
        if (number is null)
        {
            return CredentialValidity.None;
        }

        if (from is { } f && date < f)
        {
            return CredentialValidity.NotYetValid;
        }

        if (until is { } u)
        {
            if (date > u)
            {
                return CredentialValidity.Expired;
            }

            if (u <= date.AddDays(expiringWithinDays))
            {
                return CredentialValidity.ExpiringSoon;
            }
        }

        return CredentialValidity.Valid;
    }
}

/// <summary>Chinese names of the officer enums, and parsing of a value given as code or Chinese name.</summary>
public static class OfficerNames
{
    /// <summary>A credential ending within this many days shows as 即将到期.</summary>
    public const int ExpiringWithinDaysDefault = 90;

    public static string Of(OfficerStatus v) => v switch
    {
        OfficerStatus.Active => "在职有效",
        OfficerStatus.Suspended => "暂扣",
        OfficerStatus.Revoked => "注销",
        _ => v.ToString(),
    };

    public static string Of(ConflictRelation v) => v switch
    {
        ConflictRelation.Relative => "亲属",
        ConflictRelation.FormerEmployer => "曾任职单位",
        ConflictRelation.Other => "其他",
        _ => v.ToString(),
    };

    public static string Of(CredentialValidity v) => v switch
    {
        CredentialValidity.None => "无执法证",
        CredentialValidity.NotYetValid => "未生效",
        CredentialValidity.Valid => "有效",
        CredentialValidity.ExpiringSoon => "即将到期",
        CredentialValidity.Expired => "已过期",
        _ => v.ToString(),
    };

    /// <summary>Parses the code (Suspended) or the Chinese name (暂扣); null when neither (or empty).</summary>
    public static T? Parse<T>(string? value, Func<T, string> chinese)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(chinese);
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), v, StringComparison.OrdinalIgnoreCase) || chinese(candidate) == v)
            {
                return candidate;
            }
        }

        return null;
    }
}
