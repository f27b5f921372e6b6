using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Rules;
using Weijian.Platform.Spreadsheets;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;
using Weijian.Registry.Officers.Import;

namespace Weijian.Web.Api;

/// <summary>
/// Spreadsheet import and export (issue #3): upload a file of entities or officers, list past imports, download their
/// error workbooks and the templates, export a filtered list. Wire with <c>ImportsApi.Map(secured)</c> in WeijianApi.
/// </summary>
internal static class ImportsApi
{
    private const long UploadLimit = ImportSpreadsheet.MaxFileBytes + (1024 * 1024);

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/imports").WithTags("导入导出");
        g.MapPost("/{kind}", (string kind, HttpRequest request, ImportSpreadsheetHandler h, CancellationToken ct) => ImportAsync(kind, request, h, ct))
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(UploadLimit))
            .WithFormOptions(multipartBodyLengthLimit: UploadLimit)
            .WithSummary("导入 .xlsx 或 .csv 文件（kind：entities 监管对象 / officers 执法人员；表单字段 file）：有效行导入，无效行逐行报告并生成错误清单；同一文件重复导入不做任何修改");
        g.MapGet("", (string? kind, int? page, int? pageSize, ListSpreadsheetImportsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListSpreadsheetImports(kind, page, pageSize), ct))
            .WithSummary("本单位的导入记录（分页，最新在前）");
        g.MapGet("/{id:guid}/errors.xlsx", async (Guid id, GetImportErrorWorkbookHandler h, CancellationToken ct) =>
                Download(await h.HandleAsync(new GetImportErrorWorkbook(id), ct)))
            .WithSummary("下载某次导入的错误清单（被拒绝的行，含行号和错误原因）");
        g.MapGet("/templates/{kind}.xlsx", async (string kind, GetImportTemplateHandler h, CancellationToken ct) =>
                Download(await h.HandleAsync(new GetImportTemplate(kind), ct)))
            .WithSummary("下载导入模板（中文表头、填写说明、示例行）");

        var x = api.MapGroup("/exports").WithTags("导入导出");
        x.MapGet("/entities.xlsx", async ([AsParameters] EntityExportQuery q, ExportEntitiesHandler h, CancellationToken ct) =>
                Stream(await h.HandleAsync(new ExportEntities(q.ToFilter()), ct), ct))
            .WithSummary("按列表筛选条件导出监管对象（.xlsx，参数同 GET /api/v1/entities）");
        x.MapGet("/officers.xlsx", async ([AsParameters] OfficerExportQuery q, ExportOfficersHandler h, CancellationToken ct) =>
                Stream(await h.HandleAsync(new ExportOfficers(q.ToFilter()), ct), ct))
            .WithSummary("按列表筛选条件导出执法人员（.xlsx，参数同 GET /api/v1/officers）");
    }

    private static async Task<SpreadsheetImportView> ImportAsync(string kind, HttpRequest request, ImportSpreadsheetHandler h, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw Input.Invalid("validation.required", "file", "请以 multipart/form-data 上传文件（表单字段 file）");
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
        await using var content = file?.OpenReadStream();
        return await h.HandleAsync(new ImportSpreadsheet(kind, file?.FileName, content), ct);
    }

    private static IResult Download(SpreadsheetFile file) => Results.File(file.Content, file.ContentType, file.FileName);

    private static IResult Stream(SpreadsheetDownload download, CancellationToken ct) =>
        Results.Stream(async body => await download.WriteAsync(body, ct), download.ContentType, download.FileName);
}

/// <summary>The entity list filters (as GET /api/v1/entities) for an export.</summary>
internal sealed record EntityExportQuery(
    string? Name, string? CreditCode, string? Specialty, string? SubType, string? RegionCode, string? RiskTier, string? HygieneGrade, string? Status, string? Sort)
{
    public ListEntities ToFilter() => new(Name, CreditCode, Specialty, SubType, RegionCode, RiskTier, HygieneGrade, Status, Sort);
}

/// <summary>The officer list filters (as GET /api/v1/officers) for an export.</summary>
internal sealed record OfficerExportQuery(
    string? Search, string? CredentialNumber, string? Specialty, string? Status, int? ExpiringWithinDays, int? TrainingBelowYear, int? Year)
{
    public ListOfficers ToFilter() => new(Search, CredentialNumber, Specialty, Status, ExpiringWithinDays, TrainingBelowYear, Year);
}
