using System.Security.Claims;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Authorization;

/// <summary>
/// Who is acting: a signed-in user (with organisation and roles), the system (CLI, migrations, demo seeding), a
/// visitor of one bureau (the public writing through a public form, docs/adr/0013) or nobody. Handlers check
/// permissions against it, so UI, API and CLI are checked alike.
/// </summary>
public sealed record Actor(Guid? UserId, string Name, Guid? OrganizationId, IReadOnlySet<string> Roles, bool IsSystem)
{
    public const string OrganizationClaim = "weijian:org";
    public const string DisplayNameClaim = "weijian:name";

    public static readonly Actor Anonymous = new(null, "匿名", null, new HashSet<string>(), false);

    public static Actor System(string name = "系统") => new(null, name, null, new HashSet<string>(), true);

    /// <summary>
    /// The public (not signed in) acting for one bureau after a handler has checked what it writes about (docs/adr/0013):
    /// no user id, no roles, that bureau as organisation — so its rows pass the ordinary tenant guard into that bureau
    /// and its audit chain under the visitor's name. Never the system actor.
    /// </summary>
    public static Actor Visitor(Guid organizationId, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(null, name, organizationId, new HashSet<string>(), false);
    }

    public bool IsAuthenticated => UserId is not null;

    /// <summary>Nobody signed in: the actor of a public page or endpoint before a handler makes it a visitor.</summary>
    public bool IsAnonymous => !IsSystem && UserId is null && OrganizationId is null;

    /// <summary>A visitor of one bureau (<see cref="Visitor"/>).</summary>
    public bool IsVisitor => !IsSystem && UserId is null && OrganizationId is not null;

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

/// <summary>
/// The actor of the current scope (request or command). Set once by the host; read by handlers and the DbContext. The
/// one change a handler may make is <see cref="ActAsVisitorOf"/>, for a public write.
/// </summary>
public sealed class CurrentActor
{
    public Actor Value { get; set; } = Actor.Anonymous;

    /// <summary>
    /// The one mechanism for public (not signed-in) writes (docs/adr/0013): a public handler first finds its target across
    /// tenants read-only and checks it, then calls this to act, for the rest of the unit of work, as a visitor of the
    /// bureau that owns the target. Its writes then pass the ordinary tenant guard (so they cannot reach another bureau)
    /// and are audited in that bureau's chain under <paramref name="name"/>. Refused for the system actor and for a
    /// signed-in staff user, whose rights must never be traded for a visitor's (and who must not be turned into the public).
    /// A signed-in public account (申请人账号: authenticated, of no organisation, docs/adr/0017) is the public too: the
    /// handler reads what it needs of the account first, then acts as the visitor.
    /// </summary>
    public Actor ActAsVisitorOf(Guid organizationId, string name)
    {
        if (Value.IsSystem)
        {
            throw new InvalidOperationException("The system actor never becomes a visitor: public writes start from the anonymous actor.");
        }

        if (Value.IsAuthenticated && Value.OrganizationId is not null)
        {
            throw DomainRuleException.Forbidden("auth.public-form-signed-in", "您已登录本平台，请退出登录后再以公众身份提交");
        }

        if (Value.IsVisitor && Value.OrganizationId != organizationId)
        {
            throw new InvalidOperationException("A visitor acts for one bureau only in a unit of work.");
        }

        Value = Actor.Visitor(organizationId, name);
        return Value;
    }
}
