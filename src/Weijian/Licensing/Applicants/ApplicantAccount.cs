using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Applicants;

/// <summary>
/// 申请人账号: a citizen (自然人) or a business (法人及其他组织) that registered itself on the public side to apply online
/// and follow its own applications and licenses (issue #6). Not a staff <c>Platform/Users/User</c> and not owned by one
/// bureau: an applicant applies to any bureau, so the account is not <c>ITenantOwned</c>. What crosses organisations is
/// only the link from the account to the applications it submitted itself (<c>LicenseApplication.ApplicantAccountId</c>)
/// and the licenses granted on them; the account never opens an application it did not submit.
/// <para>
/// The identity is self-declared: the phone number, name and credit code are what the applicant typed, checked for form
/// only. A real deployment signs applicants in through the provincial 统一身份认证 (政务服务网 account) instead; the
/// account then only stands for that identity's link to its online applications (docs/adr/0017).
/// </para>
/// </summary>
public sealed partial class ApplicantAccount
{
    public const int NameMax = 200;

    private ApplicantAccount()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>手机号: the sign-in name, 11 digits, unique.</summary>
    public string Phone { get; private set; } = "";

    /// <summary>自然人姓名 or 单位名称: pre-filled as the applicant on the online application.</summary>
    public string DisplayName { get; private set; } = "";

    /// <summary>单位 (legal person) or 个人 (natural person), as on an application.</summary>
    public PartyKind Kind { get; private set; }

    /// <summary>统一社会信用代码 (GB 32100) of a legal person; null for a natural person.</summary>
    public string? CreditCode { get; private set; }

    /// <summary>ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> format, as for staff users.</summary>
    public string PasswordHash { get; private set; } = "";

    /// <summary>Changes with the password: a sign-in cookie carrying an older stamp is refused.</summary>
    public string SecurityStamp { get; private set; } = "";

    /// <summary>Failed sign-ins since the last success or lockout (lockout as for staff users, ADR 0005).</summary>
    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ApplicantAccount Register(string phone, string displayName, PartyKind kind, string? creditCode, string password, DateTimeOffset now)
    {
        var a = new ApplicantAccount
        {
            Id = Guid.CreateVersion7(now),
            Phone = phone,
            DisplayName = displayName,
            Kind = kind,
            CreditCode = kind == PartyKind.Organization ? creditCode : null,
            SecurityStamp = NewStamp(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        a.PasswordHash = Hasher.HashPassword(a, password);
        return a;
    }

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>Checks the password; a hash in an older format is upgraded on success.</summary>
    public bool CheckPassword(string password)
    {
        var result = Hasher.VerifyHashedPassword(this, PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            PasswordHash = Hasher.HashPassword(this, password);
        }

        return result != PasswordVerificationResult.Failed;
    }

    public void SignedIn(DateTimeOffset now)
    {
        FailedSignIns = 0;
        LockedUntil = null;
        LastSignInAt = now;
        UpdatedAt = now;
    }

    /// <summary>Counts a failed sign-in; true when it locks the account (the failure that triggers the lockout).</summary>
    public bool SignInFailed(int maxFailures, TimeSpan lockout, DateTimeOffset now)
    {
        FailedSignIns++;
        UpdatedAt = now;
        if (FailedSignIns < maxFailures)
        {
            return false;
        }

        FailedSignIns = 0;
        LockedUntil = now + lockout;
        return true;
    }

    public void ChangePassword(string password, DateTimeOffset now)
    {
        PasswordHash = Hasher.HashPassword(this, password);
        SecurityStamp = NewStamp();
        UpdatedAt = now;
    }

    /// <summary>A password check against a throwaway hash, so an unknown phone number takes as long as a wrong password.</summary>
    public static void CheckAgainstNobody(string password) =>
        _ = Hasher.VerifyHashedPassword(Nobody, NobodyHash.Value, password);

    /// <summary>The phone number shown in the audit chain and on screen to others: 138****0001.</summary>
    public static string MaskPhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return phone.Length == 11 ? phone[..3] + "****" + phone[7..] : "***";
    }

    /// <summary>11-digit mainland mobile number (1[3-9]xxxxxxxxx), spaces and dashes as typed removed.</summary>
    public static string ValidPhone(string? value)
    {
        var phone = Input.Text(value, "phone", "手机号", 20).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return MobilePattern().IsMatch(phone)
            ? phone
            : throw Input.Invalid("applicant.phone-invalid", "phone", "手机号应为11位中国大陆手机号码，如13800000001");
    }

    /// <summary>
    /// The credit code of a legal person: 18 characters of GB 32100 with the right check character (as the entity register
    /// checks it); a natural person gives none.
    /// </summary>
    public static string? ValidCreditCode(PartyKind kind, string? value)
    {
        if (kind == PartyKind.Individual)
        {
            return null;
        }

        var code = Registry.Entities.CreditCode.Normalize(Input.Text(value, "creditCode", "统一社会信用代码", Registry.Entities.CreditCode.Length + 2));
        if (code.Length != Registry.Entities.CreditCode.Length || code.Any(c => !Registry.Entities.CreditCode.Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            throw Input.Invalid("applicant.credit-code-invalid", "creditCode", $"统一社会信用代码“{code}”格式不正确：应为18位数字或大写字母（不含I、O、S、V、Z）");
        }

        return Registry.Entities.CreditCode.IsValid(code)
            ? code
            : throw Input.Invalid("applicant.credit-code-invalid", "creditCode", $"统一社会信用代码“{code}”校验码不正确，请核对（GB 32100-2015）");
    }

    /// <summary>单位 / 个人 as the online application names them (default 个人).</summary>
    public static PartyKind ValidKind(string? value) => value?.Trim() switch
    {
        null or "" or "个人" or "自然人" or nameof(PartyKind.Individual) => PartyKind.Individual,
        "单位" or "法人" or nameof(PartyKind.Organization) => PartyKind.Organization,
        _ => throw Input.Invalid("applicant.kind-invalid", "kind", "申请人类型应为“个人”或“单位”"),
    };

    /// <summary>
    /// The staff password policy (<see cref="PasswordOptions"/> of the Identity set-up, ADR 0005) applied to applicants:
    /// length, a digit, a lower-case letter, as configured.
    /// </summary>
    public static string ValidPassword(string? password, PasswordOptions policy, string field = "password")
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (string.IsNullOrEmpty(password))
        {
            throw Input.Invalid("validation.required", field, "密码不能为空");
        }

        if (password.Length < policy.RequiredLength || password.Length > 100
            || (policy.RequireDigit && !password.Any(char.IsAsciiDigit))
            || (policy.RequireLowercase && !password.Any(char.IsAsciiLetterLower))
            || (policy.RequireUppercase && !password.Any(char.IsAsciiLetterUpper))
            || (policy.RequireNonAlphanumeric && password.All(char.IsAsciiLetterOrDigit)))
        {
            throw Input.Invalid("applicant.password-weak", field, PolicyText(policy));
        }

        return password;
    }

    public static string PolicyText(PasswordOptions policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var parts = new List<string>();
        if (policy.RequireLowercase)
        {
            parts.Add("小写字母");
        }

        if (policy.RequireUppercase)
        {
            parts.Add("大写字母");
        }

        if (policy.RequireDigit)
        {
            parts.Add("数字");
        }

        if (policy.RequireNonAlphanumeric)
        {
            parts.Add("符号");
        }

        return $"密码至少{policy.RequiredLength}位" + (parts.Count > 0 ? "，须包含" + string.Join("和", parts) : "");
    }

    private static readonly PasswordHasher<ApplicantAccount> Hasher = new();

    private static readonly ApplicantAccount Nobody = new() { SecurityStamp = "nobody" };

    private static readonly Lazy<string> NobodyHash = new(() => Hasher.HashPassword(Nobody, NewStamp()));

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex MobilePattern();
}
