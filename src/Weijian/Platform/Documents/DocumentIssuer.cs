using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Files;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Documents;

/// <summary>
/// Issues official documents inside the caller's unit of work (it never saves; the caller's one
/// <c>SaveChangesAsync</c> stores the document together with the caller's own change and audit entries):
/// allocates the number (R-PEN-33) for numbered templates, fills <c>doc.number</c> and <c>doc.date</c> (and
/// <c>org.name</c> when not given), renders the .docx with its verification QR code, stores the file by its SHA-256,
/// adds the <see cref="IssuedDocument"/> and queues the audit entry <c>document.issued</c>.
/// The caller checks its own permissions first; the issuer only refuses another organisation's documents.
/// Several documents may be issued in one unit of work (三书同达, R-PEN-34): their numbers follow one another and the
/// numbers are known at once, e.g. to list them on the one 送达回证. Do not open a transaction after the first
/// <see cref="IssueAsync"/> of a unit of work (see <see cref="NumberingTransaction"/>).
/// </summary>
public sealed class DocumentIssuer(WeijianDb db, DocumentTemplates templates, FileStore files, DocumentSettings settings, TimeProvider clock)
{
    public const string SubjectTypeName = nameof(IssuedDocument);

    /// <param name="categoryCode">执法类别 (公, 水, 学, 职, 放, 医, 传, 消, 妇, 涉; see <see cref="DocumentNumbers.CategoryOf"/>), or null.</param>
    public async Task<IssuedDocument> IssueAsync(
        Guid organizationId,
        string templateKey,
        string subjectType,
        string subjectId,
        string? categoryCode,
        DocumentContent content,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var template = templates.Get(templateKey);
        var subjectTypeText = Input.Text(subjectType, "subjectType", "文书所属记录类型", 100);
        var subjectIdText = Input.Text(subjectId, "subjectId", "文书所属记录编号", 100);
        if (!db.Actor.IsSystem && db.Actor.OrganizationId != organizationId)
        {
            throw DomainRuleException.NotFound("tenancy.cross-organization-write", "记录不存在或不属于本单位");
        }

        var organization = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizationId, ct)
            ?? throw DomainRuleException.NotFound("organization.not-found", "单位不存在");
        var now = clock.GetUtcNow();
        var today = ChinaClock.Today(clock);
        var filled = content
            .WithDefault("org.name", organization.Name)
            .With("doc.date", DocumentNumbers.ChineseDate(today));

        // Refuse incomplete content before taking a number: a refused document must not hold the numbering lock.
        DocumentRenderer.EnsureComplete(template, filled, "doc.number");

        DocumentNumberAllocation? number = null;
        if (template.Nature is { } nature)
        {
            var prefix = DocumentNumbers.Prefix(organization.ShortName, categoryCode, nature);
            number = await AllocateAsync(organization, prefix, today.Year, ct);
            filled = filled.With("doc.number", number.Number);
        }

        var id = Guid.CreateVersion7(now);
        var bytes = DocumentRenderer.Render(template, filled, new DocumentRenderOptions(settings.VerificationUrl(id), settings.Fonts));
        var stored = await files.SaveAsync(bytes, ct);
        var document = IssuedDocument.Create(id, organizationId, template, subjectTypeText, subjectIdText, number, today, now, db.Actor.Name);
        document.AttachFile(stored.Sha256, stored.Size);
        db.Set<IssuedDocument>().Add(document);
        db.Audit(organizationId, "document.issued", SubjectTypeName, id.ToString(), new
        {
            Template = template.Key,
            document.Title,
            document.Number,
            Subject = $"{subjectTypeText}:{subjectIdText}",
            stored.Sha256,
        });
        return document;
    }

    /// <summary>
    /// Voids an issued document with a reason, optionally naming the document that replaces it (issue the replacement
    /// first, in the same unit of work). The number stays used; the verification page shows the document as void.
    /// </summary>
    public async Task<IssuedDocument> VoidAsync(Guid documentId, string? reason, Guid? replacementId, CancellationToken ct)
    {
        var document = await db.Set<IssuedDocument>().SingleOrDefaultAsync(d => d.Id == documentId, ct)
            ?? throw IssuedDocuments.NotFound();
        if (replacementId is { } r && !await db.Set<IssuedDocument>().AnyAsync(d => d.Id == r, ct)
            && !db.Set<IssuedDocument>().Local.Any(d => d.Id == r))
        {
            throw new DomainRuleException("document.replacement-not-found", "替代文书不存在") { Fields = ["replacementId"] };
        }

        document.Void(reason, replacementId, clock.GetUtcNow());
        db.Audit(document.OrganizationId, "document.voided", SubjectTypeName, document.Id.ToString(), new
        {
            document.Number,
            Reason = document.VoidReason,
            ReplacedBy = replacementId,
        });
        return document;
    }

    /// <summary>The next serial of (organisation, prefix, year), counting the stored documents and those issued earlier in this unit of work.</summary>
    private async Task<DocumentNumberAllocation> AllocateAsync(Organization organization, string prefix, int year, CancellationToken ct)
    {
        await NumberingTransaction.LockAsync(db, organization.Id, ct);
        var stored = await db.Set<IssuedDocument>().IgnoreQueryFilters()
            .Where(d => d.OrganizationId == organization.Id && d.NumberPrefix == prefix && d.NumberYear == year)
            .MaxAsync(d => d.NumberSerial, ct) ?? 0;
        var pending = db.ChangeTracker.Entries<IssuedDocument>()
            .Where(e => e.State == EntityState.Added && e.Entity.OrganizationId == organization.Id && e.Entity.NumberPrefix == prefix && e.Entity.NumberYear == year)
            .Max(e => e.Entity.NumberSerial) ?? 0;
        return new DocumentNumberAllocation(prefix, year, Math.Max(stored, pending) + 1);
    }
}
