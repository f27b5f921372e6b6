using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applicants;

/// <summary>
/// 修改密码 (signed-in applicant): the current password, then a new one under the staff policy. The security stamp changes,
/// so the account's other sign-in cookies stop working; the caller renews its own with the returned principal.
/// </summary>
public sealed record ChangeApplicantPassword(string? CurrentPassword, string? NewPassword);

public sealed class ChangeApplicantPasswordHandler(WeijianDb db, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public async Task<ClaimsPrincipal> HandleAsync(ChangeApplicantPassword command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var id = ApplicantSession.Require(db.Actor);
        if (string.IsNullOrEmpty(command.CurrentPassword))
        {
            throw Input.Invalid("validation.required", "currentPassword", "请输入当前密码");
        }

        var password = ApplicantAccount.ValidPassword(command.NewPassword, identity.Value.Password, "newPassword");
        var account = await db.Set<ApplicantAccount>().SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw DomainRuleException.NotFound("applicant.not-found", "申请人账号不存在");
        if (!account.CheckPassword(command.CurrentPassword))
        {
            throw Input.Invalid("applicant.wrong-password", "currentPassword", "当前密码不正确");
        }

        account.ChangePassword(password, clock.GetUtcNow());
        db.Audit(await ApplicantSession.AuditOrganizationAsync(db, ct), ApplicantSession.AuditAction("password-changed"), ApplicantSession.SubjectType, account.Id.ToString(), new { Channel = "web" });
        await db.SaveChangesAsync(ct);
        return ApplicantSession.Principal(account);
    }
}
