using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Weijian.Web.Hosting;

/// <summary>
/// Bodies for bare status codes (404 route, 400 antiforgery, 405 …): problem details with a stable code for the
/// API, a short Chinese page for people.
/// </summary>
internal static class StatusPages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var message = status switch
        {
            StatusCodes.Status400BadRequest => "请求无效（页面可能已过期，请刷新后重试）",
            StatusCodes.Status401Unauthorized => "请先登录",
            StatusCodes.Status403Forbidden => "没有权限执行此操作",
            StatusCodes.Status404NotFound => "页面或记录不存在",
            StatusCodes.Status405MethodNotAllowed => "不支持该请求方法",
            _ => "请求未能完成",
        };
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            var problem = new ProblemDetails { Status = status, Title = message, Type = $"https://weijian.gov.cn/problems/http.{status}" };
            problem.Extensions["code"] = $"http.{status}";
            await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{status} · 卫健法治平台</title>
            <link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="status-page"><h1>{status}</h1><p>{message}</p><p><a href="/">返回工作台</a></p></main></body></html>
            """);
    }
}
