using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Rules;

namespace Weijian.Web.Hosting;

/// <summary>
/// Turns failures into RFC 9457 problem details carrying a stable rule code (DESIGN principle 5):
/// a <see cref="DomainRuleException"/> keeps its code and Chinese message; malformed JSON is a 400 naming the field;
/// anything unexpected is a 500 without internals.
/// </summary>
public sealed class ProblemDetailsMapping(IProblemDetailsService problems, ILogger<ProblemDetailsMapping> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            DomainRuleException rule => FromRule(rule),
            BadHttpRequestException bad => FromBadRequest(bad),
            _ => null,
        };
        if (problem is null)
        {
            log.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Create(StatusCodes.Status500InternalServerError, "server.error", "服务器内部错误，请稍后重试或联系系统管理员", []);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails FromRule(DomainRuleException rule) => Create(StatusFor(rule.Kind), rule.Code, rule.Message, rule.Fields);

    public static int StatusFor(RuleViolationKind kind) => kind switch
    {
        RuleViolationKind.Unauthorized => StatusCodes.Status401Unauthorized,
        RuleViolationKind.Forbidden => StatusCodes.Status403Forbidden,
        RuleViolationKind.NotFound => StatusCodes.Status404NotFound,
        RuleViolationKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    private static ProblemDetails FromBadRequest(BadHttpRequestException bad)
    {
        if (FindJsonException(bad) is { } json)
        {
            var field = JsonPathToField(json.Path);
            var message = field is null ? "请求体不是合法的JSON" : $"字段“{field}”的值格式不正确";
            return Create(StatusCodes.Status400BadRequest, "request.malformed-json", message, field is null ? [] : [field]);
        }

        var missingBody = bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase);
        return Create(
            bad.StatusCode,
            missingBody ? "request.body-required" : "request.invalid",
            missingBody ? "请求体不能为空，应为JSON对象" : "请求参数不正确：" + bad.Message,
            []);
    }

    private static JsonException? FindJsonException(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    /// <summary>"$.roles[0]" → "roles[0]"; "$" or none → null.</summary>
    private static string? JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static ProblemDetails Create(int status, string code, string message, IReadOnlyList<string> fields)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = $"https://weijian.gov.cn/problems/{code}",
            Title = message,
            Detail = message,
        };
        problem.Extensions["code"] = code;
        if (fields.Count > 0)
        {
            problem.Extensions["fields"] = fields;
        }

        return problem;
    }
}
