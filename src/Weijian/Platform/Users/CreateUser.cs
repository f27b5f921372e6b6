using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Users;

/// <summary>A 系统管理员 opens an account for a colleague in an organisation they administer.</summary>
public sealed record CreateUser(
    Guid? OrganizationId, string? UserName, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, string? Email = null, string? PhoneNumber = null);

public sealed partial class CreateUserHandler(WeijianDb db, UserManager<User> users, TimeProvider clock)
{
    public async Task<UserView> HandleAsync(CreateUser command, CancellationToken ct)
    {
        db.Actor.Require(Roles.SystemAdministrator);
        var orgId = Input.Required(command.OrganizationId, "organizationId", "所属单位");
        var org = await OrganizationScope.AdministeredAsync(db, orgId, ct);
        if (!org.IsActive)
        {
            throw DomainRuleException.Conflict("organization.inactive", $"单位“{org.Name}”已停用，不能新增用户");
        }

        var userName = Input.Text(command.UserName, "userName", "用户名", 32);
        if (!UserNamePattern().IsMatch(userName))
        {
            throw Input.Invalid("validation.user-name", "userName", "用户名只能包含字母、数字、点、下划线和连字符，3至32位");
        }

        if (string.IsNullOrEmpty(command.Password))
        {
            throw Input.Invalid("validation.required", "password", "初始密码不能为空");
        }

        var roles = UserAdministration.ValidRoles(command.Roles);
        var now = clock.GetUtcNow();
        var user = new User
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = org.Id,
            UserName = userName,
            DisplayName = Input.Text(command.DisplayName, "displayName", "姓名", 50),
            Email = Input.OptionalText(command.Email, "email", "电子邮箱", 100),
            PhoneNumber = Input.OptionalText(command.PhoneNumber, "phoneNumber", "联系电话", 30),
            CreatedAt = now,
        };

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        UserAdministration.ThrowIfFailed(await users.CreateAsync(user, command.Password), "password");
        UserAdministration.ThrowIfFailed(await users.AddToRolesAsync(user, roles), "roles");
        db.Audit(org.Id, "user.created", nameof(User), user.Id.ToString(), new
        {
            user.UserName,
            user.DisplayName,
            Roles = roles,
            user.Email,
            user.PhoneNumber,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await UserViews.LoadAsync(db, db.Users.Where(u => u.Id == user.Id), now, ct)).Single();
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{3,32}$")]
    private static partial Regex UserNamePattern();
}
