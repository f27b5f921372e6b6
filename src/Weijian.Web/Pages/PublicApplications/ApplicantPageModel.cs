using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Filters;
using Weijian.Licensing.Applicants;
using Weijian.Platform.Authorization;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>
/// Base of the applicant's pages (申请人账号, docs/adr/0017): the actor is the applicant of the applicant cookie — never the
/// staff user of the staff cookie, which the host's middleware put there — or nobody. The pages show the applicant's own
/// details, so no cache keeps them.
/// </summary>
public abstract class ApplicantPageModel : WeijianPageModel
{
    /// <summary>The signed-in applicant's display name, or null.</summary>
    public string? SignedInName { get; private set; }

    public bool SignedIn => SignedInName is not null;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;

        // The cookie handler checks the account's security stamp (ApplicantAuthentication) before this succeeds.
        var result = await http.AuthenticateAsync(ApplicantSession.Scheme);
        var actor = Actor.Anonymous;
        if (result.Succeeded && Guid.TryParse(result.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            SignedInName = result.Principal.FindFirstValue(ClaimTypes.Name) ?? "";
            actor = ApplicantSession.ActorFor(id, SignedInName);
        }

        http.RequestServices.GetRequiredService<CurrentActor>().Value = actor;
        http.Response.Headers.CacheControl = "no-store";
        await base.OnPageHandlerExecutionAsync(context, next);
    }
}
