using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Users;

/// <summary>
/// Checks a user name and password for the sign-in page and the API token endpoint alike: repeated failures lock the
/// account (Identity lockout), deactivated users are refused, and successful sign-ins and lockouts are audited.
/// </summary>
public sealed record SignInWithPassword(string? UserName, string? Password, string Channel);

public sealed class SignInWithPasswordHandler(WeijianDb db, SignInManager<User> signIn, CurrentActor current)
{
    public async Task<ClaimsPrincipal> HandleAsync(SignInWithPassword command, CancellationToken ct)
    {
        var userName = Input.Text(command.UserName, "userName", "用户名", 32);
        if (string.IsNullOrEmpty(command.Password))
        {
            throw Input.Invalid("validation.required", "password", "密码不能为空");
        }

        var user = await signIn.UserManager.FindByNameAsync(userName) ?? throw InvalidCredentials();
        var result = await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            if (await JustLockedOutAsync(user, ct))
            {
                current.Value = new Actor(user.Id, user.DisplayName, user.OrganizationId, new HashSet<string>(), false);
                db.Audit(user.OrganizationId, "user.locked-out", nameof(User), user.Id.ToString(), new { command.Channel, user.LockoutEnd });
                await db.SaveChangesAsync(ct);
            }

            throw DomainRuleException.Forbidden("auth.locked-out", "连续登录失败次数过多，账号已被锁定，请15分钟后再试或联系系统管理员");
        }

        if (result.IsNotAllowed)
        {
            throw DomainRuleException.Forbidden("auth.user-inactive", "账号已停用，请联系系统管理员");
        }

        if (!result.Succeeded)
        {
            throw InvalidCredentials();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        current.Value = Actor.FromClaims(principal);
        db.Audit(user.OrganizationId, "user.signed-in", nameof(User), user.Id.ToString(), new { command.Channel });
        await db.SaveChangesAsync(ct);
        return principal;
    }

    /// <summary>True only for the failure that triggered the lockout, so repeated attempts while locked are not audited again.</summary>
    private async Task<bool> JustLockedOutAsync(User user, CancellationToken ct)
    {
        var lockedAt = user.LockoutEnd - signIn.Options.Lockout.DefaultLockoutTimeSpan;
        var already = await db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.OrganizationId == user.OrganizationId && a.SubjectId == user.Id.ToString() && a.Action == "user.locked-out")
            .OrderByDescending(a => a.Sequence).Select(a => (DateTimeOffset?)a.RecordedAt).FirstOrDefaultAsync(ct);
        return already is null || already < lockedAt - TimeSpan.FromSeconds(1);
    }

    private static DomainRuleException InvalidCredentials() =>
        DomainRuleException.Unauthorized("auth.invalid-credentials", "用户名或密码错误");
}

/// <summary>Adds the organisation and display name to the signed-in principal; <see cref="Actor.FromClaims"/> reads them.</summary>
public sealed class WeijianClaimsFactory(UserManager<User> users, RoleManager<Role> roles, Microsoft.Extensions.Options.IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User, Role>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.OrganizationClaim, user.OrganizationId.ToString()));
        identity.AddClaim(new Claim(Actor.DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
