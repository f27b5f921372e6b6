using Microsoft.AspNetCore.Mvc;
using Weijian.Credit;
using Weijian.Platform.Rules;

namespace Weijian.Web.Api;

/// <summary>信用记录 (issue #7, R-CRD-*): records with their windows, repair applications and decisions, the daily sweep.</summary>
internal static class CreditApi
{
    private const long UploadLimit = (ApplyForCreditRepairHandler.MaxFileBytes * ApplyForCreditRepairHandler.MaxFiles) + (1024 * 1024);

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/credit-records").WithTags("信用记录");
        g.MapGet("", (string? status, string? severity, string? source, string? q, Guid? entityId, bool? repairPending, int? page, int? pageSize, ListCreditRecordsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListCreditRecords(status, severity, source, q, entityId, repairPending ?? false, page, pageSize), ct))
            .WithSummary("本单位信用记录：status（Publishing/NotPublished/Expired/Repaired）、severity（Minor/General/Serious/None）、source（Penalty/FalseCommitment）、q、entityId、repairPending（待处理修复申请）；分页");
        g.MapGet("/{id:guid}", (Guid id, GetCreditRecordHandler h, CancellationToken ct) => h.HandleAsync(new GetCreditRecord(id), ct))
            .WithSummary("信用记录详情：失信程度、适用规则、公示起始日和最短/最长公示期、修复申请、历史");
        g.MapPost("/repair-requests", (HttpRequest request, ApplyForCreditRepairHandler h, CancellationToken ct) => ApplyAsync(null, request, h, ct))
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(UploadLimit))
            .WithFormOptions(multipartBodyLengthLimit: UploadLimit)
            .WithSummary("窗口代为提交信用修复申请（表单字段 creditCode、decisionNumber、applicant、contact、statement、files）");
        g.MapPost("/{id:guid}/repair-requests/{requestId:guid}/decision", (Guid id, Guid requestId, RepairDecisionBody body, DecideCreditRepairHandler h, CancellationToken ct) =>
                h.HandleAsync(new DecideCreditRepair(id, requestId, body.Approve, body.Reasons), ct))
            .WithSummary("信用修复决定（谁认定、谁修复）：approve + reasons；准予修复的停止公示");
        g.MapPost("/sweep", (EndExpiredPublicationsHandler h, CancellationToken ct) => h.HandleAsync(new EndExpiredPublications(), ct))
            .WithSummary("停止最长公示期已届满的信用记录的公示（每日自动执行，可重复执行）");
    }

    public static void MapPublic(RouteGroupBuilder api)
    {
        var p = api.MapGroup("/public/credit").WithTags("信用信息公示（公开）").AllowAnonymous();
        p.MapGet("/{orgId:guid}", (Guid orgId, string? q, int? page, int? pageSize, ListPublicCreditRecordsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListPublicCreditRecords(orgId, q, page, pageSize), ct))
            .WithSummary("某单位正在公示的信用记录（最长公示期届满、已修复的不显示；个人姓名脱敏，不含身份证号和电话）");
        p.MapPost("/{orgId:guid}/repair-requests", (Guid orgId, HttpRequest request, ApplyForCreditRepairHandler h, CancellationToken ct) => ApplyAsync(orgId, request, h, ct))
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(UploadLimit))
            .WithFormOptions(multipartBodyLengthLimit: UploadLimit)
            .WithSummary("网上申请信用修复（表单字段 creditCode、decisionNumber、applicant、contact、statement、files：纠正违法行为和缴纳罚款的证明材料）");
        p.MapPost("/{orgId:guid}/repair-status", (Guid orgId, RepairProofBody body, GetPublicRepairStatusHandler h, CancellationToken ct) => h.HandleAsync(new GetPublicRepairStatus(orgId, body.CreditCode, body.DecisionNumber), ct))
            .WithSummary("信用修复办理结果查询（creditCode、decisionNumber 与申请时相同）：各次申请的结果和准予/不予信用修复决定书");
        p.MapPost("/{orgId:guid}/repair-decisions/{documentId:guid}/file", async (Guid orgId, Guid documentId, RepairProofBody body, OpenPublicRepairDecisionHandler h, CancellationToken ct) =>
            {
                var file = await h.HandleAsync(new OpenPublicRepairDecision(orgId, body.CreditCode, body.DecisionNumber, documentId), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("下载信用修复决定书（.docx；creditCode、decisionNumber 与申请时相同）");
    }

    /// <summary>
    /// Reads the form. The actor is left as the request has it: not signed in, the handler checks the credit code and decision
    /// number in the bureau named and acts as its visitor (docs/adr/0013); staff enter it through the window channel.
    /// </summary>
    private static async Task<IResult> ApplyAsync(Guid? orgId, HttpRequest request, ApplyForCreditRepairHandler h, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw Input.Invalid("validation.required", "files", "请以 multipart/form-data 提交申请和证明材料（表单字段 files）");
        }

        var form = await request.ReadFormAsync(ct);
        var uploads = new List<CreditEvidenceUpload>();
        foreach (var file in form.Files)
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, ct);
            uploads.Add(new CreditEvidenceUpload(file.FileName, copy.ToArray()));
        }

        var created = await h.HandleAsync(
            new ApplyForCreditRepair(orgId, form["creditCode"], form["decisionNumber"], form["applicant"], form["contact"], form["statement"], uploads), ct);
        return Results.Created((string?)null, created);
    }
}

internal sealed record RepairDecisionBody(bool? Approve, string? Reasons);

internal sealed record RepairProofBody(string? CreditCode, string? DecisionNumber);
