using Weijian.Platform.Audit;

namespace Weijian.Licensing.Applicants;

/// <summary>Chinese names of the applicant-account audit actions (recorded in the root organisation's chain).</summary>
public sealed class ApplicantAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [ApplicantSession.AuditAction("registered")] = "注册申请人账号",
        [ApplicantSession.AuditAction("signed-in")] = "申请人登录",
        [ApplicantSession.AuditAction("locked-out")] = "申请人账号锁定（连续登录失败）",
        [ApplicantSession.AuditAction("password-changed")] = "申请人修改密码",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [ApplicantSession.SubjectType] = "申请人账号",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["phone"] = "手机号",
        ["displayName"] = "申请人",
        ["kind"] = "申请人类型",
        ["channel"] = "渠道",
        ["lockedUntil"] = "锁定至",
    };
}
