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
        var content = await files.ReadAllBytesAsync(document.Sha256, verify: true, ct);
        return new DocumentDownload(document.FileName, DocumentRenderer.ContentType, content);
    }
}
