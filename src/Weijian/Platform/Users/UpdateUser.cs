using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Users;

/// <summary>Change a user's name, contact details and roles. Role changes take effect at the next sign-in check (security stamp).</summary>
public sealed record UpdateUser(Guid Id, string? DisplayName, IReadOnlyList<string>? Roles, string? Email = null, string? PhoneNumber = null);

public sealed class UpdateUserHandler(WeijianDb db, UserManager<User> users, TimeProvider clock)
{
    public async Task<UserView> HandleAsync(UpdateUser command, CancellationToken ct)
    {
        db.Actor.Require(Roles.SystemAdministrator);
        var user = await UserAdministration.AdministeredUserAsync(db, command.Id, ct);
        var roles = UserAdministration.ValidRoles(command.Roles);
        if (user.Id == db.Actor.UserId && !roles.Contains(Roles.SystemAdministrator))
        {
            throw Input.Invalid("user.cannot-drop-own-admin", "roles", "不能取消自己的系统管理员角色");
        }

        var oldRoles = (await users.GetRolesAsync(user)).Order().ToList();
        var before = new { user.DisplayName, user.Email, user.PhoneNumber, Roles = oldRoles };
        user.DisplayName = Input.Text(command.DisplayName, "displayName", "姓名", 50);
        user.Email = Input.OptionalText(command.Email, "email", "电子邮箱", 100);
        user.PhoneNumber = Input.OptionalText(command.PhoneNumber, "phoneNumber", "联系电话", 30);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        UserAdministration.ThrowIfFailed(await users.RemoveFromRolesAsync(user, oldRoles.Except(roles)), "roles");
        UserAdministration.ThrowIfFailed(await users.AddToRolesAsync(user, roles.Except(oldRoles)), "roles");
        UserAdministration.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "roles");
        db.Audit(user.OrganizationId, "user.updated", nameof(User), user.Id.ToString(), new
        {
            Before = before,
            After = new { user.DisplayName, user.Email, user.PhoneNumber, Roles = roles.Order().ToList() },
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await UserViews.LoadAsync(db, db.Users.Where(u => u.Id == user.Id), clock.GetUtcNow(), ct)).Single();
    }
}
