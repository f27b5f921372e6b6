using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Weijian.Licensing.Applicants;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Hosting;

/// <summary>
/// The applicants' own sign-in (issue #6, docs/adr/0017): a second cookie scheme beside the staff cookie. Staff pages and the
/// API authenticate with the staff cookie or a bearer token only, so an applicant cookie opens none of them; the applicant
/// pages require <see cref="Policy"/>, which authenticates with the applicant scheme only, so a staff cookie opens none of
/// them. The cookie carries the account's security stamp; a password change makes older cookies invalid at once.
/// </summary>
public static class ApplicantAuthentication
{
    public const string Policy = "Applicant";

    public const string SignInPath = "/applicant/signin";

    public static AuthenticationBuilder AddApplicantCookie(this AuthenticationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCookie(ApplicantSession.Scheme, o =>
        {
            o.Cookie.Name = "weijian.applicant";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/applicant/signout";
            o.AccessDeniedPath = SignInPath;
            o.ExpireTimeSpan = TimeSpan.FromHours(2);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateAsync;
        });
    }

    public static void AddApplicantPolicy(this AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Policy, p => p.AddAuthenticationSchemes(ApplicantSession.Scheme).RequireAuthenticatedUser().RequireClaim(ApplicantSession.StampClaim));
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<WeijianDb>();
        if (await ApplicantSession.FromPrincipalAsync(db, context.Principal, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ApplicantSession.Scheme);
        }
    }
}
