using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.Discretion;
using Weijian.Platform.Rules;
using Weijian.Platform.Spreadsheets;

namespace Weijian.Web.Api;

/// <summary>
/// 裁量基准 (R-DIS-*): versions in force, items with tiers and no-penalty conditions, the discretion proposal and choice check,
/// and the import of a province's baseline as a new version. Wire with <c>DiscretionApi.Map(secured)</c> in WeijianApi.
/// </summary>
internal static class DiscretionApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/discretion").WithTags("裁量基准");
        g.MapGet("/baselines", (DateOnly? on, ListDiscretionBaselinesHandler h, CancellationToken ct) => h.HandleAsync(new ListDiscretionBaselines(on), ct))
            .WithSummary("适用于本单位的裁量基准各版本（全国示例、本省、本单位），及某日（on，默认今天）有效的版本");
        g.MapGet("/items", (Guid? baselineId, DateOnly? on, string? specialty, string? search, bool? noPenalty, int? page, int? pageSize, ListDiscretionItemsHandler h,
                CancellationToken ct) => h.HandleAsync(new ListDiscretionItems(baselineId, on, specialty, search, noPenalty, page, pageSize), ct))
            .WithSummary("裁量事项（默认为某日有效的版本；可按版本、专业、关键词、是否列入不予处罚清单筛选，分页）");
        g.MapGet("/items/{id:guid}", (Guid id, DateOnly? on, GetDiscretionItemHandler h, CancellationToken ct) => h.HandleAsync(new GetDiscretionItem(id, on), ct))
            .WithSummary("裁量事项：裁量档次、罚款幅度、其他处罚、不予处罚清单条件，以及同一编码在其他版本中的事项");
        g.MapPost("/proposals", (ProposeDiscretion q, ProposeDiscretionHandler h, CancellationToken ct) => h.HandleAsync(q, ct))
            .WithSummary("裁量建议：按违法行为发生日和决定日分别适用的基准计算（从旧兼从轻），给出是否适用不予处罚清单、建议档次、罚款幅度、其他处罚和理由");
        g.MapPost("/choice-checks", (CheckDiscretionChoice c, CheckDiscretionChoiceHandler h, CancellationToken ct) => h.HandleAsync(c, ct))
            .WithSummary("校验执法人员的裁量选择：超出法定幅度的拒绝，超出建议范围的须说明理由并标记");
        g.MapPost("/baselines/import", (HttpRequest request, ImportDiscretionBaselineHandler h, CancellationToken ct) => ImportAsync(request, h, ct))
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(ImportDiscretionBaselineHandler.MaxFileBytes + (1024 * 1024)))
            .WithSummary("系统管理员导入本辖区裁量基准（.xlsx/.csv，表单字段 file、title、versionLabel、issuingDocument、effectiveFrom，可选 source、repeatViolationThreshold、note、checkOnly（仅检查不导入）、jurisdictionId（只能是本单位））：作为新版本自生效日起施行，原版本同时截止");
        g.MapGet("/imports/{id:guid}/errors.xlsx", async (Guid id, GetDiscretionImportErrorsHandler h, CancellationToken ct) => Download(await h.HandleAsync(new GetDiscretionImportErrors(id), ct)))
            .WithSummary("下载裁量基准导入的错误清单");
        g.MapGet("/template.xlsx", async (GetDiscretionImportTemplateHandler h, CancellationToken ct) => Download(await h.HandleAsync(new GetDiscretionImportTemplate(), ct)))
            .WithSummary("下载裁量基准导入模板");
    }

    private static async Task<DiscretionImportResult> ImportAsync(HttpRequest request, ImportDiscretionBaselineHandler h, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw Input.Invalid("validation.required", "file", "请以 multipart/form-data 上传文件（表单字段 file）");
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
        await using var content = file?.OpenReadStream();
        return await h.HandleAsync(ImportCommand(form, file?.FileName, content), ct);
    }

    /// <summary>The import command from form fields (shared with the page).</summary>
    internal static ImportDiscretionBaseline ImportCommand(IFormCollection form, string? fileName, Stream? content)
    {
        string? F(string key) => form.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString() : null;
        DateOnly? effective = null;
        if (F("effectiveFrom") is { } d)
        {
            effective = DateOnly.TryParse(d, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw Input.Invalid("validation.date", "effectiveFrom", $"生效日期“{d}”不是有效的日期，应写作 yyyy-mm-dd");
        }

        int? threshold = null;
        if (F("repeatViolationThreshold") is { } t)
        {
            threshold = int.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? n
                : throw Input.Invalid("discretion.repeat-threshold", "repeatViolationThreshold", "“多次违法”的次数标准应为整数");
        }

        Guid? jurisdiction = null;
        if (F("jurisdictionId") is { } j)
        {
            jurisdiction = Guid.TryParse(j, out var id) ? id : throw Input.Invalid("validation.id", "jurisdictionId", "适用辖区不正确");
        }

        return new ImportDiscretionBaseline(
            fileName, content, F("title"), F("versionLabel"), F("issuingDocument"), effective, F("source"), threshold, F("note"),
            F("checkOnly") is "true" or "on" or "1", jurisdiction);
    }

    private static IResult Download(SpreadsheetFile file) => Results.File(file.Content, file.ContentType, file.FileName);
}
