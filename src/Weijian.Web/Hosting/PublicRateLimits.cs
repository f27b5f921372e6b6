using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Weijian.Web.Hosting;

/// <summary>
/// Abuse protection for the public forms (visit confirmation and rating, issue #7): a fixed window of POSTs per client
/// IP (ASP.NET Core's built-in limiter); reads are never limited. Over the limit: 429 with a Chinese problem body.
/// <c>Weijian:PublicPostsPerMinute</c> sets the limit (default 30).
/// </summary>
public static class PublicRateLimits
{
    public const string PublicPosts = "public-posts";

    public const int DefaultPerMinute = 30;

    /// <summary>Adds the POST policy to the one rate limiter of the host (<see cref="PublicResponses.AddPublicRateLimit"/> answers 429s).</summary>
    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, int perMinute) => services.Configure<RateLimiterOptions>(o =>
        o.AddPolicy(PublicPosts, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
}
