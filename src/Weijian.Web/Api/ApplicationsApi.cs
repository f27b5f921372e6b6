using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Items;
using Weijian.Platform.Rules;

namespace Weijian.Web.Api;

/// <summary>行政许可申请 (issue #6): list, detail, window reception, every intake outcome and act as <c>/applications/{id}/actions/{action}</c>, statistics; and the applicant's public endpoints.</summary>
internal static class ApplicationsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/applications").WithTags("行政许可申请");
        g.MapGet("", (string? status, Guid? itemId, bool? overdue, string? q, int? year, int? page, int? pageSize, ListApplicationsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListApplications(status, itemId, overdue ?? false, q, year, page, pageSize), ct))
            .WithSummary("许可申请列表：status（Submitted/DeficiencyNotified/Accepted/Suspended/Granted/Refused/NotAccepted/Withdrawn）、itemId、overdue（超过法定期限未办结）、q（受理编号/申请人/事项）、year；分页");
        g.MapGet("/statistics", (int? year, LicensingStatisticsHandler h, CancellationToken ct) => h.HandleAsync(new LicensingStatistics(year), ct))
            .WithSummary("许可统计：收件、受理、准予、不予、撤销、听证、按时办结率、各事项平均办理工作日和压缩比、即办和告知承诺占比、好差评（按事项和窗口人员）");
        g.MapGet("/workflow", () => ApplicationWorkflow.Table.Select(t => new { Action = ApplicationWorkflow.WireName(t.Action), t.Label, From = t.From.Select(s => s.ToString()), To = t.To?.ToString(), t.Roles }))
            .WithSummary("许可申请流程转换表");
        g.MapGet("/{id:guid}", (Guid id, GetApplicationHandler h, CancellationToken ct) => h.HandleAsync(new GetApplication(id), ct))
            .WithSummary("许可申请详情，含材料清单、期限（我的待办）、办理过程和当前用户可执行的操作");
        g.MapPost("", async (ReceiveApplication command, ReceiveApplicationHandler h, CancellationToken ct) =>
            {
                var v = await h.HandleAsync(command, ct);
                return Results.Created($"/api/v1/applications/{v.Id}", v);
            })
            .WithSummary("窗口收件：许可事项、申请人（监管对象或新申请人）、材料清单勾选（Received/Missing/Rongque）；变更、延续、注销、校验须指明原许可证，延续须在有效期届满30日前提出（R-LIC-8）");
        g.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, HttpRequest request, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct) =>
            {
                var a = ApplicationWorkflow.Parse(action) ?? throw DomainRuleException.NotFound("licensing.unknown-action", $"没有“{action}”这个许可申请操作");
                var command = await ReadCommandAsync(request, id, a, json.Value.SerializerOptions, ct);
                return await ApplicationCommands.RunAsync(request.HttpContext.RequestServices, a, command, ct);
            })
            .WithSummary("执行许可申请操作（accept、notify-deficiency、reject-intake、grant-on-commitment、supply-rongque、record-site-check、record-review、extend-time、start-excluded-period、schedule-hearing、end-excluded-period、grant、refuse、withdraw、serve-certificate）；不符合流程或法定条件时返回带规则代码的 problem details");
        g.MapPost("/starter-items", (LoadStarterLicenseItemsHandler h, CancellationToken ct) => h.HandleAsync(new LoadStarterLicenseItems(), ct))
            .WithSummary("载入全国示范许可事项（已有编码的事项不重复载入）");
    }

    public static void MapPublic(RouteGroupBuilder api)
    {
        var p = api.MapGroup("/public/applications").WithTags("网上申请与办件查询（公开）").AllowAnonymous();
        p.MapPost("", (SubmitApplication command, SubmitApplicationHandler h, CancellationToken ct) => h.HandleAsync(command, ct))
            .WithSummary("网上申请：受理机关、事项编码、申请人、材料清单；返回受理编号和查询码");
        p.MapGet("/{number}", (string number, string? code, GetApplicationStatusHandler h, CancellationToken ct) => h.HandleAsync(new GetApplicationStatus(number, code), ct))
            .WithSummary("办件进度查询：受理编号 + 查询码（code）");
        p.MapPost("/{number}/rating", (string number, RatingBody body, RateApplicationHandler h, CancellationToken ct) => h.HandleAsync(new RateApplication(number, body.Code, body.Rating, body.Comment), ct))
            .WithSummary("好差评：办结后评价一次（Good/Average/Bad 或 好评/中评/差评，差评须写明原因）");
    }

    private static async Task<object> ReadCommandAsync(HttpRequest request, Guid id, ApplicationAction action, JsonSerializerOptions options, CancellationToken ct)
    {
        JsonObject body;
        try
        {
            body = request.ContentLength is 0 || !request.HasJsonContentType()
                ? []
                : await JsonNode.ParseAsync(request.Body, cancellationToken: ct) as JsonObject ?? [];
            body["applicationId"] = id.ToString();
            return body.Deserialize(ApplicationCommands.CommandType(action), options)!;
        }
        catch (JsonException e)
        {
            throw Input.Invalid("validation.json", e.Path?.TrimStart('$', '.') ?? "body", "请求内容格式不正确：" + e.Message);
        }
    }
}

internal sealed record RatingBody(string? Code, string? Rating, string? Comment);
