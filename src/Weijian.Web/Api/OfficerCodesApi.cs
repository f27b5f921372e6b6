using Weijian.Publicity.Officers;
using Weijian.Web.Hosting;

namespace Weijian.Web.Api;

public sealed record IssueOfficerCodeRequest(Guid? OfficerId);

public sealed record ReissueOfficerCodeRequest(string? Reason);

public sealed record AssignVisitComplaintRequest(Guid? HandlerUserId);

public sealed record AnswerVisitComplaintRequest(string? Reply);

/// <summary>执法亮码 (issue #7, R-TRS-3): codes for staff, visit ratings for the supervising level, and the public scan/confirm/rate.</summary>
internal static class OfficerCodesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/officer-codes").WithTags("执法亮码");
        g.MapGet("", (string? search, bool? includeRevoked, int? page, int? pageSize, ListOfficerCodesHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListOfficerCodes(search, includeRevoked, page, pageSize), ct))
            .WithSummary("本单位执法亮码列表（按姓名或执法证号查询，分页；includeRevoked=true 含已作废的码）");
        g.MapGet("/officers/{officerId:guid}", (Guid officerId, GetOfficerCodesHandler h, CancellationToken ct) => h.HandleAsync(new GetOfficerCodes(officerId), ct))
            .WithSummary("某执法人员的亮码（当前有效的和已作废的）");
        g.MapPost("", (IssueOfficerCodeRequest r, IssueOfficerCodeHandler h, CancellationToken ct) => h.HandleAsync(new IssueOfficerCode(r.OfficerId), ct))
            .WithSummary("为持证执法人员发放执法亮码（系统管理员、局领导）");
        g.MapPost("/officers/{officerId:guid}/reissue", (Guid officerId, ReissueOfficerCodeRequest r, ReissueOfficerCodeHandler h, CancellationToken ct) =>
                h.HandleAsync(new ReissueOfficerCode(officerId, r.Reason), ct))
            .WithSummary("重新发放（证件遗失等）：原码作废，扫码显示“已作废”，发放新的随机码");
        g.MapPost("/issue-missing", (IssueMissingOfficerCodesHandler h, CancellationToken ct) => h.HandleAsync(new IssueMissingOfficerCodes(), ct))
            .WithSummary("为本单位尚无有效亮码的全部持证执法人员发放亮码");
        g.MapGet("/statistics", (int? year, GetOfficerCodeStatisticsHandler h, CancellationToken ct) => h.HandleAsync(new GetOfficerCodeStatistics(year), ct))
            .WithSummary("亮码统计：各单位检查次数与亮码确认次数；评价满5条才显示汇总比例");

        var r = api.MapGroup("/visit-ratings").WithTags("检查评价与投诉（监督）");
        r.MapGet("", (Guid? organizationId, string? satisfaction, bool? withComplaint, string? complaintStatus, DateOnly? from, DateOnly? to, int? page, int? pageSize, ListVisitRatingsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListVisitRatings(organizationId, satisfaction, withComplaint, complaintStatus, from, to, page, pageSize), ct))
            .WithSummary("检查确认、评价与投诉（局领导看本单位，上级监督看所辖单位；执法人员无权查看单条评价）");
        r.MapGet("/complaints/{id:guid}", (Guid id, GetVisitComplaintHandler h, CancellationToken ct) => h.HandleAsync(new GetVisitComplaint(id), ct))
            .WithSummary("投诉详情（局领导、办理人、上级监督）");
        r.MapPost("/complaints/{id:guid}/assign", (Guid id, AssignVisitComplaintRequest b, AssignVisitComplaintHandler h, CancellationToken ct) =>
                h.HandleAsync(new AssignVisitComplaint(id, b.HandlerUserId), ct))
            .WithSummary("局领导指定办理人（不得为参与该次检查的人员：visit-complaint.handler-involved）");
        r.MapPost("/complaints/{id:guid}/answer", (Guid id, AnswerVisitComplaintRequest b, AnswerVisitComplaintHandler h, CancellationToken ct) =>
                h.HandleAsync(new AnswerVisitComplaint(id, b.Reply), ct))
            .WithSummary("办理人答复投诉");
    }

    public static void MapPublic(RouteGroupBuilder api)
    {
        var p = api.MapGroup("/public").WithTags("执法亮码（公开）").AllowAnonymous();
        p.MapGet("/officers", (Guid org, string? q, int? page, int? pageSize, ListPublicOfficersHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListPublicOfficers(org, q, page, pageSize), ct))
            .WithSummary("执法人员公示：姓名、执法证号、执法类别、区域、单位、今日是否有效（不含其他个人信息）");
        p.MapGet("/officer-codes/{token}", (string token, ScanOfficerCodeHandler h, CancellationToken ct) => h.HandleAsync(new ScanOfficerCode(token), ct))
            .WithSummary("扫码核验：执法证今日是否有效、姓名、单位、执法区域和类别");
        p.MapPost("/visit-confirmations", (ConfirmVisit cmd, ConfirmVisitHandler h, CancellationToken ct) => h.HandleAsync(cmd, ct))
            .RequireRateLimiting(PublicRateLimits.PublicPosts)
            .WithSummary("被检查单位在检查当日凭亮码和统一社会信用代码（或后6位）确认检查；首次确认返回一次性评价码");
        p.MapPost("/visit-ratings", (RateVisit cmd, RateVisitHandler h, CancellationToken ct) => h.HandleAsync(cmd, ct))
            .RequireRateLimiting(PublicRateLimits.PublicPosts)
            .WithSummary("检查完成后凭评价码评价一次（Satisfied/BasicallySatisfied/Dissatisfied），可同时投诉；不向检查人员公开");
    }

    /// <summary>The QR images of a code, at the address printed next to the code page (not under /api).</summary>
    public static void MapImages(IEndpointRouteBuilder app)
    {
        app.MapGet("/public/officers/code/{token}/qr.png", (string token, GetOfficerCodeQrHandler h, CancellationToken ct) => ImageAsync(h, new GetOfficerCodeQr(token), ct))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/public/officers/code/{token}/qr.svg", (string token, GetOfficerCodeQrHandler h, CancellationToken ct) => ImageAsync(h, new GetOfficerCodeQr(token, Svg: true), ct))
            .AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> ImageAsync(GetOfficerCodeQrHandler h, GetOfficerCodeQr query, CancellationToken ct)
    {
        var image = await h.HandleAsync(query, ct);
        return Results.File(image.Content, image.ContentType);
    }
}
