using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Users;

/// <summary>Shared steps of the user-administration use cases: scoping, role validation, Identity results.</summary>
internal static class UserAdministration
{
    /// <summary>The user, if the actor administers the user's organisation (or is the user); else "not found".</summary>
    public static async Task<User> AdministeredUserAsync(WeijianDb db, Guid userId, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw NotFound();
        try
        {
            await OrganizationScope.AdministeredAsync(db, user.OrganizationId, ct);
        }
        catch (DomainRuleException e) when (e.Kind == RuleViolationKind.NotFound)
        {
            throw NotFound();
        }

        return user;
    }

    public static IReadOnlyList<string> ValidRoles(IReadOnlyList<string>? roles)
    {
        var list = (roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct().ToList();
        if (list.Count == 0)
        {
            throw Input.Invalid("validation.roles-required", "roles", "请至少选择一个角色");
        }

        var unknown = list.FirstOrDefault(r => !Roles.IsKnown(r));
        if (unknown is not null)
        {
            throw Input.Invalid("validation.unknown-role", "roles", $"未知角色：{unknown}");
        }

        return list;
    }

    public static void ThrowIfFailed(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            var first = result.Errors.First();
            var code = "user." + string.Concat(first.Code.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            throw new DomainRuleException(code, string.Join("；", result.Errors.Select(e => e.Description))) { Fields = [field] };
        }
    }

    public static DomainRuleException NotFound() => DomainRuleException.NotFound("user.not-found", "用户不存在或无权访问");
}
