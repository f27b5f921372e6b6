using Weijian.Platform.Publication;
using Weijian.Publicity.Disclosures;
using Weijian.Publicity.Portal;

namespace Weijian.Web.Api;

/// <summary>行政执法公示 (issue #7): the bureau's disclosures, publication, withdrawal, statistics; the public lists for anyone.</summary>
internal static class PublicityApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/disclosures").WithTags("行政执法公示");
        g.MapGet("", (string? status, string? q, int? page, int? pageSize, ListDisclosuresHandler h, CancellationToken ct) => h.HandleAsync(new ListDisclosures(status, q, page, pageSize), ct))
            .WithSummary("本单位执法公示列表：status（pending 待公示 / published 已公示 / withdrawing 待撤回 / withdrawn 已撤回 / offline 已下线）、q（当事人/文号）；分页");
        g.MapGet("/statistics", (DateOnly? from, DateOnly? to, DisclosureStatisticsHandler h, CancellationToken ct) => h.HandleAsync(new DisclosureStatistics(from, to), ct))
            .WithSummary("公示及时率：按类别（处罚、许可、其他、抽查结果）统计应公示数、已公示、按时公示、逾期未公示，以及撤回及时率");
        g.MapGet("/{id:guid}", (Guid id, GetDisclosureHandler h, CancellationToken ct) => h.HandleAsync(new GetDisclosure(id), ct)).WithSummary("执法公示详情");
        g.MapPost("/{id:guid}/publish", (Guid id, PublishDisclosureHandler h, CancellationToken ct) => h.HandleAsync(new PublishDisclosure(id), ct))
            .WithSummary("公示（R-TRS-4：处罚、许可决定7个工作日内，其他决定20个工作日内；逾期公示记为逾期）");
        g.MapPost("/{id:guid}/request-withdrawal", (Guid id, WithdrawalBody body, RequestDisclosureWithdrawalHandler h, CancellationToken ct) =>
                h.HandleAsync(new RequestDisclosureWithdrawal(id, body.Reason, body.Text), ct))
            .WithSummary("申请撤回行政处罚决定公示（R-PEN-32，法制审核人员或局领导）：reason（Revoked 撤销 / Changed 变更 / FoundUnlawful 确认违法）、text（理由），3个工作日内撤回");
        g.MapPost("/{id:guid}/withdraw", (Guid id, WithdrawDisclosureHandler h, CancellationToken ct) => h.HandleAsync(new WithdrawDisclosure(id), ct))
            .WithSummary("撤回公示：保留记录并公开撤回原因，不再显示原公示内容");
    }

    public static void MapPublic(RouteGroupBuilder api)
    {
        var p = api.MapGroup("/public/disclosures").WithTags("执法决定公示（公开）").AllowAnonymous();
        p.MapGet("/{orgId:guid}", (Guid orgId, string? q, string? kind, bool? withdrawn, int? page, int? pageSize, ListPublicDisclosuresHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListPublicDisclosures(orgId, q, kind, withdrawn ?? false, page, pageSize), ct))
            .WithSummary("某单位已公示的执法决定（自然人姓名脱敏，不含身份证号、电话和住址）；withdrawn=true 列出已撤回的决定及原因");
        p.MapGet("/{orgId:guid}/{id:guid}", (Guid orgId, Guid id, GetPublicDisclosureHandler h, CancellationToken ct) => h.HandleAsync(new GetPublicDisclosure(orgId, id), ct))
            .WithSummary("执法决定公示详情");
    }

    /// <summary>开放数据 at the portal's address (not under /api): the latest daily generation, with its time.</summary>
    public static void MapOpenData(IEndpointRouteBuilder app)
    {
        app.MapGet("/portal/{orgId:guid}/opendata.zip", (Guid orgId, HttpResponse response, GetOpenDataHandler h, CancellationToken ct) => OpenDataAsync(orgId, false, response, h, ct))
            .AllowAnonymous().WithTags("开放数据（公开）").WithSummary("检查结果与行政处罚开放数据（LIVES 格式：businesses.csv、inspections.csv、violations.csv、feed_info.csv），每日生成");
        app.MapGet("/portal/{orgId:guid}/opendata.json", (Guid orgId, HttpResponse response, GetOpenDataHandler h, CancellationToken ct) => OpenDataAsync(orgId, true, response, h, ct))
            .AllowAnonymous().WithTags("开放数据（公开）").WithSummary("同上，JSON 格式");
    }

    private static async Task<IResult> OpenDataAsync(Guid orgId, bool json, HttpResponse response, GetOpenDataHandler h, CancellationToken ct)
    {
        var file = await h.HandleAsync(new GetOpenData(orgId, json), ct);
        response.Headers["X-Generated-At"] = file.GeneratedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        return json
            ? Results.Bytes(file.Content, "application/json; charset=utf-8", lastModified: file.GeneratedAt)
            : Results.File(file.Content, "application/zip", $"opendata-{orgId:N}.zip", lastModified: file.GeneratedAt);
    }

    internal sealed record WithdrawalBody(string? Reason, string? Text);
}
