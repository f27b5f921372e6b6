using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Weijian.Platform;
using Weijian.Platform.Authorization;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Users;
using Weijian.Web.Api;

namespace Weijian.Web.Hosting;

/// <param name="PublicBaseUrl">Where the public reaches this server (the QR codes of issued documents point there); null reads
/// the configuration <c>Weijian:PublicBaseUrl</c> (environment variable <c>Weijian__PublicBaseUrl</c>), default http://127.0.0.1:5080.</param>
/// <param name="Clock">The clock of the whole program; tests pass one they can move (a penalty case's periods run for days).</param>
/// <param name="Sweeps">Run the daily sweeps (retention, audit checkpoints) in the background: the served program does, tests do not.</param>
public sealed record WebSettings(DatabaseSettings Database, string Urls, bool JsonLogs, string? CalendarDirectory = null, string? PublicBaseUrl = null, TimeProvider? Clock = null, bool Sweeps = false, int? PublicCacheSeconds = null);

/// <summary>Builds the web host: Razor Pages back office, <c>/api/v1</c>, OpenAPI, health — all on one service collection the CLI verbs share.</summary>
public static class WeijianWebApp
{
    public const string BearerScheme = BearerTokenDefaults.AuthenticationScheme;
    private const string CookieOrBearer = "CookieOrBearer";

    public static WebApplication Build(WebSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Pages are discovered from the application assembly; name it, since tests and benchmarks host us too.
            ApplicationName = typeof(WeijianWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "assets"),
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.ClearProviders();
        if (settings.JsonLogs)
        {
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

            // The key ring lives in the database, protected by its access control (ADR 0005); not a warning per start.
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        }

        var services = builder.Services;
        var documents = new DocumentSettings(
            settings.PublicBaseUrl ?? builder.Configuration["Weijian:PublicBaseUrl"] ?? DocumentSettings.DefaultPublicBaseUrl,
            DocumentFonts.Parse(builder.Configuration["Weijian:DocumentFonts"]));
        services.AddWeijian(settings.Database, settings.CalendarDirectory, documents);
        if (settings.Clock is { } clock)
        {
            services.AddSingleton(clock);
        }

        services.AddHttpContextAccessor();
        services.AddDataProtection().SetApplicationName("weijian");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new DatabaseXmlRepository(scopes));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddCookie(IdentityConstants.ApplicationScheme, o =>
            {
                o.Cookie.Name = "weijian.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/Account/Login";
                o.LogoutPath = "/Account/Logout";
                o.AccessDeniedPath = "/Account/AccessDenied";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
                o.Events.OnRedirectToLogin = ctx => ApiOr(ctx.HttpContext, StatusCodes.Status401Unauthorized, () => ctx.Response.Redirect(ctx.RedirectUri));
                o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx.HttpContext, StatusCodes.Status403Forbidden, () => ctx.Response.Redirect(ctx.RedirectUri));
            })
            .AddBearerToken(BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddApplicantCookie();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.TryAddScoped<ISecurityStampValidator, SecurityStampValidator<User>>();
        services.AddAuthorization(o => o.AddApplicantPolicy());

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/Logout");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");

            // A signed-in applicant applies at /applicant/apply/…: a personal page (pre-filled from the account), so not
            // under /public, whose responses are shared-cached and scrubbed of phone numbers (docs/adr/0017).
            o.Conventions.AddPageRoute("/PublicApplications/Apply", "applicant/apply/{itemId:guid}");
        });
        // Chinese text is written as characters, not &#x…; entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        // Binding failures (malformed JSON, wrong types) must reach ProblemDetailsMapping to name the field.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsMapping>();
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "卫健法治平台 Weijian API";
            doc.Info.Description = "先用 POST /api/v1/auth/token 获取访问令牌，再以 Authorization: Bearer <accessToken> 调用其他接口。错误以 RFC 9457 problem details 返回，code 字段为稳定的规则编码。";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddPublicRateLimit(int.TryParse(builder.Configuration["Weijian:PublicRateLimit"], out var permits) ? permits : PublicResponses.DefaultPermitsPer10Seconds);
        services.AddPublicRateLimits(int.TryParse(builder.Configuration["Weijian:PublicPostsPerMinute"], out var perMinute) && perMinute > 0 ? perMinute : PublicRateLimits.DefaultPerMinute);
        services.AddPublicOutputCache(settings.PublicCacheSeconds
            ?? (int.TryParse(builder.Configuration["Weijian:PublicCacheSeconds"], out var cacheSeconds) ? cacheSeconds : PublicResponses.MaxAgeSeconds));
        if (settings.Sweeps)
        {
            services.AddHostedService<DailySweeps>();
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusPages.WriteAsync);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();

        // After the rate limiter (a cached page still counts against the client's limit), before the redaction and ETag
        // pass (a cached body is already scrubbed and carries its ETag; the output cache answers If-None-Match itself).
        app.UseOutputCache();
        app.UsePublicResponses();
        app.UseAuthentication();
        app.Use((http, next) =>
        {
            http.RequestServices.GetRequiredService<CurrentActor>().Value = Actor.FromClaims(http.User);
            return next(http);
        });
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api/docs";
            o.SwaggerEndpoint("/openapi/v1.json", "Weijian v1");
            o.DocumentTitle = "卫健法治平台 API 文档";
        });
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = WriteHealthAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapWeijianApi();
        app.MapPublicGuideCodes();
        app.MapRazorPages();
        return app;
    }

    private static Task ApiOr(HttpContext http, int status, Action otherwise)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        otherwise();
        return Task.CompletedTask;
    }

    private static Task WriteHealthAsync(HttpContext http, HealthReport report)
    {
        var settings = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return http.Response.WriteAsJsonAsync(
            new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
            },
            settings);
    }
}
