using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Applicants;

/// <summary>
/// A signed-in applicant as the handlers see it: an <see cref="Actor"/> whose user id is the account's id, with the
/// applicant role only, no organisation (so every tenant-owned query finds nothing unless a handler crosses explicitly
/// for the account's own records) and never the system. Its sign-in cookie is a scheme of its own, apart from the staff
/// cookie (docs/adr/0017).
/// </summary>
public static class ApplicantSession
{
    /// <summary>The authentication scheme (and cookie) of applicants; staff pages never read it.</summary>
    public const string Scheme = "Applicant";

    /// <summary>Not in <see cref="Roles.All"/>: no staff user can be given it, and it opens no staff use case.</summary>
    public const string Role = "Applicant";

    public const string StampClaim = "weijian:applicant-stamp";

    public static Actor ActorFor(Guid accountId, string displayName)
    {
        // The audit chain keeps at most 100 characters of the actor's name.
        var name = "申请人：" + displayName;
        return new(accountId, name.Length > 100 ? name[..100] : name, null, new HashSet<string> { Role }, false);
    }

    /// <summary>The account id of a signed-in applicant; otherwise 请先登录.</summary>
    public static Guid Require(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return AccountOf(actor) ?? throw DomainRuleException.Forbidden("applicant.sign-in-required", "请先登录申请人账号");
    }

    /// <summary>The account id when <paramref name="actor"/> is a signed-in applicant, else null (staff, system, anonymous).</summary>
    public static Guid? AccountOf(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return !actor.IsSystem && actor.OrganizationId is null && actor.IsInRole(Role) ? actor.UserId : null;
    }

    public static ClaimsPrincipal Principal(ApplicantAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
                new Claim(ClaimTypes.Name, account.DisplayName),
                new Claim(StampClaim, account.SecurityStamp),
            ],
            Scheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// The actor of an applicant cookie, or null when it is not one or no longer valid (unknown account, password changed
    /// since: the stamp differs). Read on every applicant request so a password change signs other sessions out.
    /// </summary>
    public static async Task<Actor?> FromPrincipalAsync(WeijianDb db, ClaimsPrincipal? principal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (principal?.Identity is not { IsAuthenticated: true, AuthenticationType: Scheme }
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || principal.FindFirstValue(StampClaim) is not { } stamp)
        {
            return null;
        }

        var account = await db.Set<ApplicantAccount>().AsNoTracking().Where(a => a.Id == id).Select(a => new { a.DisplayName, a.SecurityStamp }).SingleOrDefaultAsync(ct);
        return account is not null && account.SecurityStamp == stamp ? ActorFor(id, account.DisplayName) : null;
    }

    /// <summary>
    /// Account events go into the audit chain of the root organisation (the province): the account belongs to no bureau,
    /// and the provincial 统一身份认证 that replaces it in production is the province's.
    /// </summary>
    public static async Task<Guid> AuditOrganizationAsync(WeijianDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Organizations.IgnoreQueryFilters().Where(o => o.ParentId == null && o.IsActive).OrderBy(o => o.Path).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException("applicant.no-organization", "尚未创建任何单位，无法登记申请人账号");
    }

    public const string SubjectType = nameof(ApplicantAccount);

    public static string AuditAction(string name) => "applicant." + name;
}
