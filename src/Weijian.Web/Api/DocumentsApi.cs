using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Documents;
using Weijian.Platform.Rules;

namespace Weijian.Web.Api;

/// <summary>
/// Issued documents: metadata and the .docx for the organisation's users; the public verification facts and the
/// "is my copy genuine" check for anybody (DESIGN principle 3). Documents are issued by the modules' own use cases.
/// </summary>
internal static class DocumentsApi
{
    private const long UploadLimit = VerifyDocumentFileHandler.MaxFileBytes + (1024 * 1024);

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/documents").WithTags("执法文书");
        g.MapGet("", (string? subjectType, string? subjectId, ListIssuedDocumentsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListIssuedDocuments(subjectType, subjectId), ct))
            .WithSummary("某一记录（subjectType + subjectId，如 PenaltyCase + 案件ID）制发的文书，按制发时间排列，含已作废的");
        g.MapGet("/{id:guid}", (Guid id, GetIssuedDocumentHandler h, CancellationToken ct) => h.HandleAsync(new GetIssuedDocument(id), ct))
            .WithSummary("文书信息：名称、文号、SHA-256、制发人和时间、是否作废（filePath 下载，verificationPath 为公开核验页）");
        g.MapGet("/{id:guid}/file", async (Guid id, OpenIssuedDocumentFileHandler h, CancellationToken ct) =>
            {
                var file = await h.HandleAsync(new OpenIssuedDocumentFile(id), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("下载文书（.docx，读取前校验 SHA-256，文件被改动时拒绝下载）");
    }

    /// <summary>Anonymous endpoints under <c>/api/v1/public</c>: what the QR code of a document leads to.</summary>
    public static void MapPublic(RouteGroupBuilder api)
    {
        var p = api.MapGroup("/public/documents").WithTags("文书核验（公开）").AllowAnonymous();
        p.MapGet("/{id:guid}", (Guid id, VerifyDocumentHandler h, CancellationToken ct) => h.HandleAsync(new VerifyDocument(id), ct))
            .WithSummary("文书核验：名称、文号、制发机关、日期、SHA-256 和状态（不含当事人信息）");
        p.MapPost("/{id:guid}/check", (Guid id, HttpRequest request, VerifyDocumentFileHandler h, CancellationToken ct) => CheckAsync(id, request, h, ct))
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(UploadLimit))
            .WithFormOptions(multipartBodyLengthLimit: UploadLimit)
            .WithSummary("上传所持文书文件（表单字段 file），与制发时登记的 SHA-256 比对：matches 为 true 即与原件一致");
    }

    private static async Task<DocumentFileCheck> CheckAsync(Guid id, HttpRequest request, VerifyDocumentFileHandler h, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw Input.Invalid("validation.required", "file", "请以 multipart/form-data 上传文件（表单字段 file）");
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null);
        return await h.HandleAsync(new VerifyDocumentFile(id, await DocumentUploads.ReadAsync(file, ct)), ct);
    }
}

/// <summary>Reads an uploaded copy for comparison, refusing files larger than any issued document.</summary>
internal static class DocumentUploads
{
    public static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return null;
        }

        VerifyDocumentFileHandler.CheckSize(file.Length);
        using var copy = new MemoryStream((int)file.Length);
        await file.CopyToAsync(copy, ct);
        return copy.ToArray();
    }
}
