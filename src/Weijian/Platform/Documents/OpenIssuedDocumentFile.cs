using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Files;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Documents;

/// <summary>
/// The .docx of an issued document of the actor's organisation, checked against its recorded SHA-256 before it is
/// served: a file changed on disk is refused (<c>file.integrity</c>), never handed out as the original.
/// </summary>
public sealed record OpenIssuedDocumentFile(Guid Id);

public sealed class OpenIssuedDocumentFileHandler(WeijianDb db, FileStore files)
{
    public async Task<DocumentDownload> HandleAsync(OpenIssuedDocumentFile query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var document = await db.Set<IssuedDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.Id, ct)
            ?? throw IssuedDocuments.NotFound();
        return await OpenAsync(document, ct);
    }

    /// <summary>
    /// The file of a document the caller has already authorised (e.g. a subordinate's finalised annual report, which the
    /// higher department receives — R-PUB-3), checked against its SHA-256 all the same.
    /// </summary>
    public async Task<DocumentDownload> OpenAsync(IssuedDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var content = await files.ReadAllBytesAsync(document.Sha256, verify: true, ct);
        return new DocumentDownload(document.FileName, DocumentRenderer.ContentType, content);
    }
}
