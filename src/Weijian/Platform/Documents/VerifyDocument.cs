using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Files;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Documents;

/// <summary>
/// 文书核验 (DESIGN principle 3, anyone can check us): the public facts of an issued document, for anybody who scanned
/// its QR code — no sign-in, any organisation's document, and nothing about the party.
/// </summary>
public sealed record VerifyDocument(Guid Id);

public sealed class VerifyDocumentHandler(WeijianDb db)
{
    public Task<PublicDocumentView> HandleAsync(VerifyDocument query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PublicDocuments.FindAsync(db, query.Id, ct);
    }
}

/// <summary>Compares a copy someone holds with the issued document: same SHA-256, or not.</summary>
public sealed record VerifyDocumentFile(Guid Id, byte[]? Content);

public sealed class VerifyDocumentFileHandler(WeijianDb db)
{
    /// <summary>Issued documents are a few hundred kilobytes; anything far larger cannot be one of them.</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>Refuses an upload larger than <see cref="MaxFileBytes"/> (callers check before reading it into memory).</summary>
    public static void CheckSize(long length)
    {
        if (length > MaxFileBytes)
        {
            throw Input.Invalid("validation.file-too-large", "file", "文件超过20MB，不可能是本平台制发的文书");
        }
    }

    public async Task<DocumentFileCheck> HandleAsync(VerifyDocumentFile command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var document = await PublicDocuments.FindAsync(db, command.Id, ct);
        if (command.Content is not { Length: > 0 } content)
        {
            throw Input.Invalid("validation.required", "file", "请选择要核验的文书文件");
        }

        CheckSize(content.Length);
        var hash = FileStore.HashOf(content);
        return new DocumentFileCheck(string.Equals(hash, document.Sha256, StringComparison.Ordinal), hash, content.Length, document);
    }
}

internal static class PublicDocuments
{
    public static async Task<PublicDocumentView> FindAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        // Deliberately across organisations: verification is public, and the view carries no personal data.
        var found = await db.Set<IssuedDocument>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Id == id)
            .Join(db.Organizations, d => d.OrganizationId, o => o.Id, (d, o) => new { Document = d, Organization = o.Name })
            .SingleOrDefaultAsync(ct)
            ?? throw IssuedDocuments.PublicNotFound();
        var d = found.Document;
        string? replacement = null;
        if (d.SupersededById is { } next)
        {
            replacement = await db.Set<IssuedDocument>().IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.Id == next).Select(r => r.Number ?? r.Title).SingleOrDefaultAsync(ct);
        }

        var (status, name) = d switch
        {
            { IsVoid: false } => ("Valid", "有效"),
            { SupersededById: not null } => ("Superseded", "已作废（已由新文书替代）"),
            _ => ("Void", "已作废"),
        };
        return new PublicDocumentView(d.Id, d.Title, d.Number, found.Organization, d.IssuedOn, d.Sha256, d.Size, status, name, replacement);
    }
}
