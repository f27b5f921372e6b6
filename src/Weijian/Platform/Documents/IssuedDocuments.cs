using Weijian.Platform.Rules;

namespace Weijian.Platform.Documents;

/// <summary>An issued document as its organisation's users see it (metadata; the file is downloaded separately).</summary>
public sealed record IssuedDocumentView(
    Guid Id,
    string TemplateKey,
    string Title,
    string? Number,
    string SubjectType,
    string SubjectId,
    string Sha256,
    long Size,
    string FileName,
    DateOnly IssuedOn,
    DateTimeOffset IssuedAt,
    string IssuedBy,
    bool IsVoid,
    string? VoidReason,
    Guid? SupersededById,
    string FilePath,
    string VerificationPath)
{
    public static IssuedDocumentView From(IssuedDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Id, d.TemplateKey, d.Title, d.Number, d.SubjectType, d.SubjectId, d.Sha256, d.Size, d.FileName, d.IssuedOn, d.IssuedAt,
            d.IssuedBy, d.IsVoid, d.VoidReason, d.SupersededById, $"/api/v1/documents/{d.Id}/file", $"/verify/{d.Id}");
    }
}

/// <summary>
/// What the public verification page shows: enough to recognise the document and check a copy (title, number, issuing
/// authority, date, SHA-256, whether it is still valid) — never the party or any other personal data.
/// </summary>
public sealed record PublicDocumentView(
    Guid Id,
    string Title,
    string? Number,
    string OrganizationName,
    DateOnly IssuedOn,
    string Sha256,
    long Size,
    string Status,
    string StatusName,
    string? ReplacementNumber);

/// <summary>The result of comparing an uploaded file with an issued document.</summary>
public sealed record DocumentFileCheck(bool Matches, string UploadedSha256, long UploadedSize, PublicDocumentView Document);

/// <summary>A file to send: name, media type and bytes.</summary>
public sealed record DocumentDownload(string FileName, string ContentType, byte[] Content);

internal static class IssuedDocuments
{
    public static DomainRuleException NotFound() => DomainRuleException.NotFound("document.not-found", "文书不存在或不属于本单位");

    public static DomainRuleException PublicNotFound() => DomainRuleException.NotFound("document.not-found", "未找到该文书，请核对二维码或链接是否完整");
}
