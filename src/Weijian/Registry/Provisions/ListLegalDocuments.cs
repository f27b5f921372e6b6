using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Provisions;

/// <summary>
/// The provision library: every document version, searched by title, code or document number, optionally by kind and
/// by status (现行有效 / 已废止 / 尚未施行) on a date (default today in Beijing). Readable by every signed-in user.
/// </summary>
public sealed record ListLegalDocuments(string? Search = null, string? Kind = null, string? Status = null, DateOnly? On = null, int? Page = 1, int? PageSize = 20);

public sealed class ListLegalDocumentsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<Paged<LegalDocumentSummary>> HandleAsync(ListLegalDocuments query, CancellationToken ct)
    {
        db.Actor.RequireOrganization();
        var on = query.On ?? ChinaClock.Today(clock);
        var docs = db.Set<LegalDocument>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            docs = docs.Where(d => d.Title.Contains(s) || d.Code.Contains(s) || d.DocumentNumber.Contains(s));
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            if (!LegalDocumentKinds.TryParse(query.Kind, out var kind))
            {
                throw Platform.Rules.Input.Invalid("validation.provision-kind", "kind", "法规类别应为 法律、行政法规、部门规章 或 规范性文件");
            }

            docs = docs.Where(d => d.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            docs = Enum.TryParse<ProvisionStatus>(query.Status, ignoreCase: true, out var status) && Enum.IsDefined(status)
                ? status switch
                {
                    ProvisionStatus.InForce => docs.Where(d => d.EffectiveFrom <= on && (d.RepealedOn == null || d.RepealedOn > on)),
                    ProvisionStatus.Repealed => docs.Where(d => d.RepealedOn != null && d.RepealedOn <= on),
                    _ => docs.Where(d => d.EffectiveFrom > on),
                }
                : throw Platform.Rules.Input.Invalid("validation.provision-status", "status", "状态应为 InForce（现行有效）、Repealed（已废止）或 NotYetInForce（尚未施行）");
        }

        var ordered = docs.OrderBy(d => d.Kind).ThenBy(d => d.Title).ThenByDescending(d => d.EffectiveFrom)
            .Select(d => new { Doc = d, Count = d.Articles.Count });
        var page = await Paged.FromQueryAsync(ordered, query.Page, query.PageSize, ct);
        return new Paged<LegalDocumentSummary>(
            page.Items.Select(x => LegalDocumentSummary.From(x.Doc, on, x.Count)).ToList(), page.Total, page.Page, page.PageSize);
    }
}

/// <summary>One document version with its articles and the list of the code's other versions.</summary>
public sealed record GetLegalDocument(Guid Id, DateOnly? On = null);

public sealed class GetLegalDocumentHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<LegalDocumentView> HandleAsync(GetLegalDocument query, CancellationToken ct)
    {
        db.Actor.RequireOrganization();
        var on = query.On ?? ChinaClock.Today(clock);
        var doc = await db.Set<LegalDocument>().AsNoTracking().Include(d => d.Articles).SingleOrDefaultAsync(d => d.Id == query.Id, ct)
            ?? throw Platform.Rules.DomainRuleException.NotFound("provision.not-found", "法律法规不存在");
        var others = await db.Set<LegalDocument>().AsNoTracking()
            .Where(d => d.Code == doc.Code && d.Id != doc.Id)
            .OrderByDescending(d => d.EffectiveFrom)
            .Select(d => new { Doc = d, Count = d.Articles.Count })
            .ToListAsync(ct);
        return new LegalDocumentView(
            LegalDocumentSummary.From(doc, on, doc.Articles.Count),
            doc.Source,
            doc.Articles.OrderBy(a => a.Number).Select(LegalArticleView.From).ToList(),
            others.Select(o => LegalDocumentSummary.From(o.Doc, on, o.Count)).ToList());
    }
}
