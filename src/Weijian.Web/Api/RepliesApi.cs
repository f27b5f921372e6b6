using Weijian.Publicity.Replies;

namespace Weijian.Web.Api;

/// <summary>回应与申诉 (issue #7): the bureau's queue, one reply, review of a 说明/申辩 and decision of a 申诉; the public submission.</summary>
internal static class RepliesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/replies").WithTags("回应与申诉");
        g.MapGet("", (string? status, string? kind, string? subjectKind, int? page, int? pageSize, ListRepliesHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListReplies(status, kind, subjectKind, page, pageSize), ct))
            .WithSummary("本单位回应与申诉：status（Pending/Shown/Refused/Upheld/Changed/Revoked）、kind（Statement/Appeal）、subjectKind（InspectionResult/CreditRecord/CreditGrade）；分页");
        g.MapGet("/{id:guid}", (Guid id, GetReplyHandler h, CancellationToken ct) => h.HandleAsync(new GetReply(id), ct))
            .WithSummary("回应或申诉详情及历史");
        g.MapPost("", async (ReplyBody body, SubmitReplyHandler h, CancellationToken ct) => Results.Created((string?)null, await h.HandleAsync(body.ToCommand(null), ct)))
            .WithSummary("窗口代为提交回应或申诉");
        g.MapPost("/{id:guid}/review", (Guid id, ReplyActionBody body, HandleReplyHandler h, CancellationToken ct) => h.HandleAsync(new HandleReply(id, body.Action, body.Reasons, body.Conclusion, body.Severity, body.Until), ct))
            .WithSummary("审核说明/申辩：action Show（公开显示）或 Refuse（不予显示，须写明理由）");
        g.MapPost("/{id:guid}/decision", (Guid id, ReplyActionBody body, HandleReplyHandler h, CancellationToken ct) => h.HandleAsync(new HandleReply(id, body.Action, body.Reasons, body.Conclusion, body.Severity, body.Until), ct))
            .WithSummary("申诉决定：action Uphold（维持）/ Change（变更）/ Revoke（撤销）+ reasons；须由未参与原行为的人员作出");
    }

    public static void MapPublic(RouteGroupBuilder api)
    {
        var p = api.MapGroup("/public/replies").WithTags("回应与申诉（公开）").AllowAnonymous();
        // Not signed in: the handler checks the subject in that bureau and then acts as its visitor (docs/adr/0013).
        p.MapPost("/{orgId:guid}", async (Guid orgId, ReplyBody body, SubmitReplyHandler h, CancellationToken ct) => Results.Created((string?)null, await h.HandleAsync(body.ToCommand(orgId), ct)))
            .WithSummary("网上提交回应或申诉（subjectKind、subjectNumber、creditCode 须与当事单位一致、kind、text、submitter、contact）");
    }
}

internal sealed record ReplyBody(string? SubjectKind, string? SubjectNumber, string? CreditCode, string? Kind, string? Text, string? Submitter, string? Contact)
{
    public SubmitReply ToCommand(Guid? orgId) => new(orgId, SubjectKind, SubjectNumber, CreditCode, Kind, Text, Submitter, Contact);
}

internal sealed record ReplyActionBody(string? Action, string? Reasons, string? Conclusion = null, string? Severity = null, DateOnly? Until = null);
