using Weijian.Platform.Audit;

namespace Weijian.Licensing.Licenses;

/// <summary>Audit actions of the license register and the 告知承诺 verification, with their Chinese names.</summary>
public sealed class LicenseAudit : IAuditActionNames
{
    public const string Rechecked = "licence.rechecked";
    public const string Reminded = "licence.expiry-reminded";
    public const string Expired = "licence.expired";
    public const string Cancelled = "licence.cancelled";
    public const string Revoked = "licence.revoked";
    public const string VerificationScheduled = "licence.commitment-verification-scheduled";
    public const string VerificationKept = "licence.commitment-kept";
    public const string RectificationOrdered = "licence.rectification-ordered";
    public const string Rectified = "licence.rectified";
    public const string FalseCommitmentFound = "licence.false-commitment-found";
    public const string FalseCommitmentRepaired = "licence.false-commitment-repaired";

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [Rechecked] = "许可证复核",
        [Reminded] = "许可证到期提醒",
        [Expired] = "许可证到期未延续",
        [Cancelled] = "注销许可证",
        [Revoked] = "撤销行政许可",
        [VerificationScheduled] = "安排告知承诺核查",
        [VerificationKept] = "告知承诺核查属实",
        [RectificationOrdered] = "告知承诺不实，责令整改",
        [Rectified] = "告知承诺整改到位",
        [FalseCommitmentFound] = "认定虚假承诺",
        [FalseCommitmentRepaired] = "虚假承诺信用修复",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [LicenseRegister.SubjectType] = "许可证",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["number"] = "许可证号",
        ["holder"] = "持证人",
        ["grounds"] = "理由",
        ["finding"] = "核查发现",
    };
}
