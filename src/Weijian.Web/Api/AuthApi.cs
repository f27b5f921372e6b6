using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using Weijian.Platform.Users;
using Weijian.Web.Hosting;

namespace Weijian.Web.Api;

public sealed record TokenRequest(string? UserName, string? Password);

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

internal static class AuthApi
{
    public static void Map(RouteGroupBuilder v1)
    {
        var auth = v1.MapGroup("/auth").WithTags("认证");
        auth.MapPost("/token", IssueTokenAsync)
            .WithSummary("以用户名和密码换取访问令牌（Bearer）")
            .Produces<TokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .AllowAnonymous();
        v1.MapGet("/me", (GetUserHandler h, HttpContext http, CancellationToken ct) =>
                h.HandleAsync(new GetUser(Platform.Authorization.Actor.FromClaims(http.User).UserId!.Value), ct))
            .WithTags("认证")
            .WithSummary("当前登录用户")
            .RequireAuthorization();
        v1.MapPost("/me/password", async (ChangeOwnPassword cmd, ChangeOwnPasswordHandler h, CancellationToken ct) =>
            {
                await h.HandleAsync(cmd, ct);
                return Results.NoContent();
            })
            .WithTags("认证")
            .WithSummary("修改本人密码")
            .RequireAuthorization();
    }

    /// <summary>
    /// The token is an ASP.NET bearer ticket protected by the data-protection key ring in the database, so any web
    /// node can validate it; it expires after the configured lifetime (1 hour).
    /// </summary>
    private static async Task<TokenResponse> IssueTokenAsync(
        TokenRequest request, SignInWithPasswordHandler signIn, IOptionsMonitor<BearerTokenOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var principal = await signIn.HandleAsync(new SignInWithPassword(request.UserName, request.Password, "api"), ct);
        var bearer = options.Get(WeijianWebApp.BearerScheme);
        var expiresAt = clock.GetUtcNow() + bearer.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { ExpiresUtc = expiresAt }, WeijianWebApp.BearerScheme);
        return new TokenResponse(bearer.BearerTokenProtector.Protect(ticket), expiresAt);
    }
}
