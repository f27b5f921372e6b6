using Microsoft.AspNetCore.Identity;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Users;

/// <summary>A 系统管理员 sets a new password for a user (and lifts a lockout). The password itself is never audited.</summary>
public sealed record ResetPassword(Guid Id, string? NewPassword);

public sealed class ResetPasswordHandler(WeijianDb db, UserManager<User> users)
{
    public async Task HandleAsync(ResetPassword command, CancellationToken ct)
    {
        db.Actor.Require(Roles.SystemAdministrator);
        var user = await UserAdministration.AdministeredUserAsync(db, command.Id, ct);
        if (string.IsNullOrEmpty(command.NewPassword))
        {
            throw Input.Invalid("validation.required", "newPassword", "新密码不能为空");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        UserAdministration.ThrowIfFailed(await users.RemovePasswordAsync(user), "newPassword");
        UserAdministration.ThrowIfFailed(await users.AddPasswordAsync(user, command.NewPassword), "newPassword");
        UserAdministration.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null), "newPassword");
        UserAdministration.ThrowIfFailed(await users.ResetAccessFailedCountAsync(user), "newPassword");
        db.Audit(user.OrganizationId, "user.password-reset", nameof(User), user.Id.ToString(), new { Unlocked = true });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}

/// <summary>A signed-in user changes their own password.</summary>
public sealed record ChangeOwnPassword(string? CurrentPassword, string? NewPassword);

public sealed class ChangeOwnPasswordHandler(WeijianDb db, UserManager<User> users)
{
    public async Task HandleAsync(ChangeOwnPassword command, CancellationToken ct)
    {
        var userId = db.Actor.UserId ?? throw DomainRuleException.Forbidden("auth.sign-in-required", "请先登录");
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw UserAdministration.NotFound();
        if (string.IsNullOrEmpty(command.NewPassword))
        {
            throw Input.Invalid("validation.required", "newPassword", "新密码不能为空");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await users.ChangePasswordAsync(user, command.CurrentPassword ?? "", command.NewPassword);
        UserAdministration.ThrowIfFailed(result, result.Errors.Any(e => e.Code == "PasswordMismatch") ? "currentPassword" : "newPassword");
        db.Audit(user.OrganizationId, "user.password-changed", nameof(User), user.Id.ToString(), new { });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
