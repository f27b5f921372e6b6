using Microsoft.AspNetCore.Identity;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Users;

/// <summary>Users are never deleted (DESIGN principle 2): a departing colleague is deactivated with a reason, and may be reactivated.</summary>
public sealed record SetUserActive(Guid Id, bool Active, string? Reason);

public sealed class SetUserActiveHandler(WeijianDb db, UserManager<User> users, TimeProvider clock)
{
    public async Task<UserView> HandleAsync(SetUserActive command, CancellationToken ct)
    {
        db.Actor.Require(Roles.SystemAdministrator);
        var user = await UserAdministration.AdministeredUserAsync(db, command.Id, ct);
        if (user.Id == db.Actor.UserId)
        {
            throw DomainRuleException.Conflict("user.cannot-deactivate-self", "不能停用自己的账号");
        }

        if (user.IsActive == command.Active)
        {
            throw DomainRuleException.Conflict("user.status-unchanged", command.Active ? "该用户已是启用状态" : "该用户已停用");
        }

        var reason = Input.Text(command.Reason, "reason", command.Active ? "启用原因" : "停用原因", 200);
        user.IsActive = command.Active;
        user.DeactivationReason = command.Active ? null : reason;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        UserAdministration.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "id");
        db.Audit(user.OrganizationId, command.Active ? "user.reactivated" : "user.deactivated", nameof(User), user.Id.ToString(), new { Reason = reason });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await UserViews.LoadAsync(db, db.Users.Where(u => u.Id == user.Id), clock.GetUtcNow(), ct)).Single();
    }
}
