using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Documents;

/// <summary>One issued document of the actor's organisation (another organisation's: not found).</summary>
public sealed record GetIssuedDocument(Guid Id);

public sealed class GetIssuedDocumentHandler(WeijianDb db)
{
    public async Task<IssuedDocumentView> HandleAsync(GetIssuedDocument query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var document = await db.Set<IssuedDocument>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.Id, ct)
            ?? throw IssuedDocuments.NotFound();
        return IssuedDocumentView.From(document);
    }
}
