using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applicants;

/// <summary>
/// 申请人登录: phone number and password. Repeated failures lock the account for the staff lockout period and count
/// (Identity's lockout options, ADR 0005: 5 failures → 15 minutes); successful sign-ins and lockouts are audited, as
/// <c>SignInWithPassword</c> does for staff. The answer for an unknown number is the answer for a wrong password.
/// </summary>
public sealed record SignInApplicant(string? Phone, string? Password);

public sealed class SignInApplicantHandler(WeijianDb db, CurrentActor current, TimeProvider clock, IOptions<IdentityOptions> identity)
{
    public async Task<ClaimsPrincipal> HandleAsync(SignInApplicant command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var phone = Input.Text(command.Phone, "phone", "手机号", 20).Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(command.Password))
        {
            throw Input.Invalid("validation.required", "password", "密码不能为空");
        }

        var now = clock.GetUtcNow();
        var lockout = identity.Value.Lockout;
        var account = await db.Set<ApplicantAccount>().SingleOrDefaultAsync(a => a.Phone == phone, ct);
        if (account is null)
        {
            ApplicantAccount.CheckAgainstNobody(command.Password);
            throw InvalidCredentials();
        }

        if (account.IsLockedOut(now))
        {
            throw LockedOut(lockout.DefaultLockoutTimeSpan);
        }

        current.Value = ApplicantSession.ActorFor(account.Id, account.DisplayName);
        var org = await ApplicantSession.AuditOrganizationAsync(db, ct);
        if (!account.CheckPassword(command.Password))
        {
            if (account.SignInFailed(lockout.MaxFailedAccessAttempts, lockout.DefaultLockoutTimeSpan, now))
            {
                db.Audit(org, ApplicantSession.AuditAction("locked-out"), ApplicantSession.SubjectType, account.Id.ToString(), new { account.LockedUntil });
                await db.SaveChangesAsync(ct);
                throw LockedOut(lockout.DefaultLockoutTimeSpan);
            }

            await db.SaveChangesAsync(ct);
            throw InvalidCredentials();
        }

        account.SignedIn(now);
        db.Audit(org, ApplicantSession.AuditAction("signed-in"), ApplicantSession.SubjectType, account.Id.ToString(), new { Channel = "web" });
        await db.SaveChangesAsync(ct);
        return ApplicantSession.Principal(account);
    }

    private static DomainRuleException InvalidCredentials() =>
        DomainRuleException.Unauthorized("applicant.invalid-credentials", "手机号或密码错误");

    private static DomainRuleException LockedOut(TimeSpan span) =>
        DomainRuleException.Forbidden("applicant.locked-out", $"连续登录失败次数过多，账号已被锁定，请{(int)span.TotalMinutes}分钟后再试");
}
