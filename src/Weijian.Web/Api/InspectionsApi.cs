using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Inspections.Visits;
using Weijian.Platform.Rules;

namespace Weijian.Web.Api;

/// <summary>监督检查记录 (issue #4): plan a visit (综合查一次, yearly cap), record on site, complete, documents, publish.</summary>
internal static class InspectionsApi
{
    private const long UploadLimit = AddInspectionEvidenceHandler.MaxBytes;

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/inspections").WithTags("监督检查");
        g.MapGet("", (string? status, string? conclusion, int? year, string? q, bool? mine, bool? unpublished, bool? avMissing, int? page, int? pageSize, ListInspectionsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListInspections(status, conclusion, year, q, mine ?? false, unpublished ?? false, avMissing ?? false, page, pageSize), ct))
            .WithSummary("检查记录列表：status（Planned/InProgress/Completed）、conclusion、year、q（编号/对象）、mine（我的检查）、unpublished（待公示）、avMissing（缺少音像记录）；分页");
        g.MapGet("/{id:guid}", (Guid id, GetInspectionHandler h, CancellationToken ct) => h.HandleAsync(new GetInspection(id), ct))
            .WithSummary("检查记录详情，含检查要点、检测、证据、文书、公示期限和当前用户可执行的操作");
        g.MapGet("/workflow", () => InspectionWorkflow.Table.Select(t => new { Action = InspectionWire.Name(t.Action), t.Label, From = t.From.Select(s => s.ToString()), To = t.To?.ToString(), t.Roles }))
            .WithSummary("检查流程转换表");
        g.MapGet("/statistics", (int? year, Guid? organizationId, InspectionStatisticsHandler h, CancellationToken ct) => h.HandleAsync(new InspectionStatistics(year, organizationId), ct))
            .WithSummary("按任务和计划统计完成率、公示率、按时公示率，以及综合查一次减少的检查次数");
        g.MapGet("/plan-preview", (Guid? entityId, DateOnly? plannedOn, PreviewInspectionPlanHandler h, CancellationToken ct) => h.HandleAsync(new PreviewInspectionPlan(entityId, plannedOn), ct))
            .WithSummary("安排检查前预览：将合并的待检查任务、可并入的已安排检查、年度检查次数上限情况（R-INS-9）");
        g.MapPost("/tasks", (OpenTargetedTask command, OpenTargetedTaskHandler h, CancellationToken ct) => h.HandleAsync(command, ct))
            .WithSummary("登记非随机检查任务（投诉举报核查、上级交办、责令改正复查、许可现场核查、专项行动），须写明事由");
        g.MapPost("", async (PlanInspection command, PlanInspectionHandler h, CancellationToken ct) =>
            {
                var v = await h.HandleAsync(command, ct);
                return Results.Created($"/api/v1/inspections/{v.Id}", v);
            })
            .WithSummary("安排检查：合并该对象合并窗口内的全部待检查任务（综合查一次）；已有安排的并入；超过年度上限的拒绝（inspection.cap-exceeded）");
        g.MapPost("/{id:guid}/start", (Guid id, StartInspectionHandler h, CancellationToken ct) => h.HandleAsync(new StartInspection(id), ct)).WithSummary("开始检查");
        g.MapPost("/{id:guid}/record", (Guid id, RecordBody body, RecordInspectionHandler h, CancellationToken ct) =>
                h.HandleAsync(new RecordInspection(id, body.Lines, body.Measurements, body.Findings), ct))
            .WithSummary("记录检查要点结果（index、result：Pass/Fail/NotApplicable 或 合格/不合格/不适用、note）、现场检测和检查发现");
        g.MapPost("/{id:guid}/evidence", (Guid id, HttpRequest request, AddInspectionEvidenceHandler h, CancellationToken ct) => UploadAsync(id, request, h, ct))
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(UploadLimit))
            .WithFormOptions(multipartBodyLengthLimit: UploadLimit)
            .WithSummary("上传证据材料（表单字段 file、kind：Photo/Document/Audio/Video），按 SHA-256 存储");
        g.MapGet("/{id:guid}/evidence/{sha256}", async (Guid id, string sha256, OpenInspectionEvidenceHandler h, CancellationToken ct) =>
            {
                var f = await h.HandleAsync(new OpenInspectionEvidence(id, sha256), ct);
                return Results.File(f.Content, f.ContentType, f.FileName);
            })
            .WithSummary("下载证据材料（读取前校验 SHA-256，被改动的文件拒绝提供：inspection.evidence-tampered）");
        g.MapPost("/{id:guid}/complete", (Guid id, CompleteBody body, CompleteInspectionHandler h, CancellationToken ct) =>
                h.HandleAsync(new CompleteInspection(id, body.Conclusion, body.Opinion, body.CorrectionDeadline, body.CorrectionRequirement, body.GradeScore, body.GradeMax), ct))
            .WithSummary("完成检查：结论（NoProblem/CorrectionOrdered/CaseReferred），责令改正的期限和要求（生成复查任务），公共场所量化分级得分；出具卫生监督意见书");
        g.MapPost("/{id:guid}/case", async (Guid id, CaseLeadBody body, RegisterLeadHandler h, CancellationToken ct) =>
            {
                var c = await h.HandleAsync(new RegisterLead(null, null, null, null, body.Cause, body.Summary, null, null, body.ActDate, id), ct);
                return Results.Created($"/api/v1/cases/{c.Id}", c);
            })
            .WithSummary("转立案：以检查记录登记案件线索（来源：监督检查，来源编号为检查编号）");
        g.MapPost("/{id:guid}/publish", (Guid id, PublishInspectionHandler h, CancellationToken ct) => h.HandleAsync(new PublishInspection(id), ct))
            .WithSummary("公示检查结果（R-INS-3），关闭我的待办中的公示期限");
    }

    public static void MapPublic(RouteGroupBuilder api)
    {
        var p = api.MapGroup("/public/inspections").WithTags("检查结果公示（公开）").AllowAnonymous();
        p.MapGet("/{orgId:guid}", (Guid orgId, string? q, int? page, int? pageSize, ListPublicInspectionResultsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListPublicInspectionResults(orgId, q, page, pageSize), ct))
            .WithSummary("某单位已公示的检查结果（不含身份证号、电话和住址，个人经营者姓名脱敏）");
    }

    private static async Task<InspectionView> UploadAsync(Guid id, HttpRequest request, AddInspectionEvidenceHandler h, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw Input.Invalid("validation.required", "file", "请以 multipart/form-data 上传文件（表单字段 file）");
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
        byte[]? content = null;
        if (file is not null)
        {
            using var copy = new MemoryStream();
            await file.CopyToAsync(copy, ct);
            content = copy.ToArray();
        }

        return await h.HandleAsync(new AddInspectionEvidence(id, form["kind"], file?.FileName, content), ct);
    }
}

internal sealed record RecordBody(IReadOnlyList<ChecklistResultInput>? Lines, IReadOnlyList<MeasurementInput>? Measurements, string? Findings);

internal sealed record CompleteBody(string? Conclusion, string? Opinion, DateOnly? CorrectionDeadline, string? CorrectionRequirement, decimal? GradeScore, decimal? GradeMax);

internal sealed record CaseLeadBody(string? Cause, string? Summary, DateOnly? ActDate);
