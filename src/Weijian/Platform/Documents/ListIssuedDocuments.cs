using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Documents;

/// <summary>The documents issued for one record (e.g. a penalty case), oldest first, void ones included.</summary>
public sealed record ListIssuedDocuments(string? SubjectType, string? SubjectId);

public sealed class ListIssuedDocumentsHandler(WeijianDb db)
{
    public async Task<IReadOnlyList<IssuedDocumentView>> HandleAsync(ListIssuedDocuments query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var type = Input.Text(query.SubjectType, "subjectType", "记录类型", 100);
        var id = Input.Text(query.SubjectId, "subjectId", "记录编号", 100);
        var documents = await db.Set<IssuedDocument>().AsNoTracking()
            .Where(d => d.SubjectType == type && d.SubjectId == id)
            .OrderBy(d => d.IssuedAt).ThenBy(d => d.Id)
            .ToListAsync(ct);
        return documents.Select(IssuedDocumentView.From).ToList();
    }
}
