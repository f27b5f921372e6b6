using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;
using Weijian.Platform.Publication;

namespace Weijian.Web.Hosting;

/// <summary>
/// What every anonymous public response goes through (portal, public lists, document verification, open data):
/// <list type="bullet">
/// <item>a last line of redaction (R-TRS-4, DESIGN §2): any ID-number or phone pattern that slipped into a text body is
/// masked and logged — the disclosure was already redacted when scheduled, so a hit here is a bug to fix;</item>
/// <item>short public caching with an ETag over the body, answering a matching If-None-Match with 304;</item>
/// <item>a fixed-window rate limit per client IP (ASP.NET Core's limiter), with a Chinese 429 page;</item>
/// <item>a server-side output cache of the portal's read-only pages and the public JSON API (<see cref="PortalCachePolicy"/>),
/// keyed by path and query string, for as long as browsers may cache them.</item>
/// </list>
/// </summary>
internal static class PublicResponses
{
    public const int DefaultPermitsPer10Seconds = 100;
    public const int MaxAgeSeconds = 60;

    public static bool IsPublic(PathString path) =>
        path.StartsWithSegments("/portal") || path.StartsWithSegments("/public") || path.StartsWithSegments("/verify") || path.StartsWithSegments("/api/v1/public");

    public static void AddPublicRateLimit(this IServiceCollection services, int permitsPer10Seconds)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsPublic(http.Request.Path)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permitsPer10Seconds,
                    Window = TimeSpan.FromSeconds(10),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("staff"));
            o.OnRejected = async (context, ct) =>
            {
                var response = context.HttpContext.Response;
                response.Headers.RetryAfter = "10";
                if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    response.ContentType = "application/problem+json; charset=utf-8";
                    await response.WriteAsync("{\"status\":429,\"code\":\"rate-limit.exceeded\",\"title\":\"提交或访问过于频繁，请稍后再试\"}", ct);
                    return;
                }

                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync(
                    """
                    <!DOCTYPE html>
                    <html lang="zh-CN"><head><meta charset="utf-8"><title>访问过于频繁 · 卫健法治平台</title>
                    <link rel="stylesheet" href="/css/site.css"></head>
                    <body><main class="status-page"><h1>429</h1><p>访问过于频繁，请稍候十秒再试。</p><p><a href="/portal">返回公示门户</a></p></main></body></html>
                    """,
                    ct);
            };
        });
    }

    /// <summary>
    /// The portal is read by anyone, many times per published record (issue #7: 1 000 000 published records, p95 under
    /// 100 ms). A page may be up to <paramref name="seconds"/> old, as <c>Cache-Control: max-age</c> already allows
    /// browsers and proxies; 0 turns the server cache off (tests that change a record and read it back at once).
    /// </summary>
    public static void AddPublicOutputCache(this IServiceCollection services, int seconds) => services.AddOutputCache(o =>
    {
        o.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(seconds, 1));
        if (seconds > 0)
        {
            o.AddBasePolicy(new PortalCachePolicy());
        }
    });

    public static void UsePublicResponses(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!IsPublic(http.Request.Path) || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
        {
            await next(http);
            return;
        }

        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        // Headers are still writable here (the body is buffered): a cacheable portal page must not carry the TempData
        // provider's deletion of an empty flash cookie, or the output cache would refuse to share it (PortalCachePolicy).
        var cookies = http.Response.Headers.SetCookie;
        if (PortalCachePolicy.Cacheable(http.Request) && cookies.Count > 0
            && cookies.All(c => c is not null && c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=;", StringComparison.Ordinal)))
        {
            http.Response.Headers.Remove("Set-Cookie");
        }

        var body = buffer.ToArray();
        var type = http.Response.ContentType ?? "";
        if (type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            var (text, found) = Redaction.Scrub(Encoding.UTF8.GetString(body));
            if (found > 0)
            {
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Weijian.PublicRedaction")
                    .LogWarning("Masked {Count} ID-number/phone pattern(s) in the public response {Path}", found, http.Request.Path.Value);
                body = Encoding.UTF8.GetBytes(text);
            }
        }

        if (http.Response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"";
            http.Response.Headers.ETag = etag;
            http.Response.Headers.CacheControl = "public, max-age=" + MaxAgeSeconds.ToString(CultureInfo.InvariantCulture);
            if (http.Request.Headers.IfNoneMatch.Any(v => v == etag))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                http.Response.ContentLength = null;
                return;
            }
        }

        http.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await original.WriteAsync(body, http.RequestAborted);
        }
    });
}

/// <summary>
/// Caches anonymous GETs of <c>/portal</c> and <c>/api/v1/public</c> only: these have no forms posting back (no
/// anti-forgery token in the body) and show nothing of the visitor. The <c>/public/*</c> pages hold POST forms with a
/// per-visitor token and are never cached. A request carrying credentials is not served from nor stored in the cache.
/// </summary>
internal sealed class PortalCachePolicy : IOutputCachePolicy
{
    public static bool Cacheable(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && (request.Path.StartsWithSegments("/portal") || request.Path.StartsWithSegments("/api/v1/public"))
        && !request.Headers.ContainsKey("Authorization");

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var ok = Cacheable(context.HttpContext.Request);
        context.EnableOutputCaching = ok;
        context.AllowCacheLookup = ok;
        context.AllowCacheStorage = ok;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only a complete 200 without cookies is shared between visitors (UsePublicResponses drops the TempData provider's
        // deletion of an empty flash cookie from cacheable portal responses; the pages set no cookie of their own).
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey("Set-Cookie"))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
