using System.Security.Claims;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Authorization;

/// <summary>
/// Who is acting: a signed-in user (with organisation and roles), the system (CLI, migrations, demo seeding),
/// or nobody. Handlers check permissions against it, so UI, API and CLI are checked alike.
/// </summary>
public sealed record Actor(Guid? UserId, string Name, Guid? OrganizationId, IReadOnlySet<string> Roles, bool IsSystem)
{
    public const string OrganizationClaim = "weijian:org";
    public const string DisplayNameClaim = "weijian:name";

    public static readonly Actor Anonymous = new(null, "匿名", null, new HashSet<string>(), false);

    public static Actor System(string name = "系统") => new(null, name, null, new HashSet<string>(), true);

    public bool IsAuthenticated => UserId is not null;

    public bool IsInRole(string role) => Roles.Contains(role);

    public static Actor FromClaims(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var org = principal.FindFirstValue(OrganizationClaim);
        if (!Guid.TryParse(id, out var userId) || !Guid.TryParse(org, out var orgId))
        {
            return Anonymous;
        }

        var name = principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity.Name ?? id;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet();
        return new Actor(userId, name, orgId, roles, false);
    }

    /// <summary>The organisation the actor acts in; throws when nobody is signed in.</summary>
    public Guid RequireOrganization() =>
        OrganizationId ?? throw DomainRuleException.Forbidden("auth.sign-in-required", "请先登录");

    /// <summary>Throws unless the actor holds one of the roles (the system actor holds every role).</summary>
    public void Require(params string[] anyOf)
    {
        if (IsSystem)
        {
            return;
        }

        if (!IsAuthenticated)
        {
            throw DomainRuleException.Forbidden("auth.sign-in-required", "请先登录");
        }

        if (!anyOf.Any(Roles.Contains))
        {
            var names = string.Join("、", anyOf.Select(Authorization.Roles.ChineseName));
            throw DomainRuleException.Forbidden("auth.role-required", $"此操作需要以下角色之一：{names}");
        }
    }
}

/// <summary>The actor of the current scope (request or command). Set once by the host; read by handlers and the DbContext.</summary>
public sealed class CurrentActor
{
    public Actor Value { get; set; } = Actor.Anonymous;
}
