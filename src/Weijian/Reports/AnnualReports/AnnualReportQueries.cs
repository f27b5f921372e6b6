using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Documents;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Reports.Figures;

namespace Weijian.Reports.AnnualReports;

/// <summary>
/// The reports the actor may read: every report of its own organisation; for supervisors and administrators also the issued
/// (finalised or corrected) reports of the units below — the higher department receives them (R-PUB-3). A draft stays its
/// bureau's own until finalised; anything else answers "not found".
/// </summary>
public static class AnnualReportAccess
{
    public static async Task<IQueryable<AnnualReport>> ReadableAsync(WeijianDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var own = db.Actor.RequireOrganization();
        var visible = (await OrganizationScope.VisibleSetAsync(db, ct)).Select(o => o.Id);
        return db.Set<AnnualReport>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.OrganizationId == own || (visible.Contains(r.OrganizationId) && r.Status != AnnualReportStatus.Draft));
    }
}

/// <summary>One report with its live (draft) or frozen (finalised) figures; a report the actor may not read answers "not found".</summary>
public sealed record GetAnnualReport(Guid Id);

public sealed class GetAnnualReportHandler(WeijianDb db, ComputeFiguresHandler figures, DocumentSettings settings)
{
    public async Task<AnnualReportView> HandleAsync(GetAnnualReport query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await (await AnnualReportAccess.ReadableAsync(db, ct)).SingleOrDefaultAsync(r => r.Id == query.Id, ct) ?? throw AnnualReportViews.NotFound();
        return await AnnualReportViews.ToViewAsync(db, figures, settings, report, ct);
    }
}

public sealed record AnnualReportSummary(Guid Id, string OrganizationName, int Year, bool Rollup, int Version, string Status, string StatusName, DateTimeOffset UpdatedAt, string UpdatedBy, Guid? DocumentId);

/// <summary>
/// The organisation's reports, newest year first, every version (corrections keep the old ones); for an upper level also the
/// issued reports of its subtree (see <see cref="AnnualReportAccess"/>).
/// </summary>
public sealed record ListAnnualReports(int? Year = null, int? Page = null, int? PageSize = null);

public sealed class ListAnnualReportsHandler(WeijianDb db)
{
    public async Task<Paged<AnnualReportSummary>> HandleAsync(ListAnnualReports query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var own = db.Actor.RequireOrganization();
        var q = await AnnualReportAccess.ReadableAsync(db, ct);
        if (query.Year is { } year)
        {
            q = q.Where(r => r.Year == year);
        }

        var page = await Paged.FromQueryAsync(q.OrderByDescending(r => r.Year).ThenBy(r => r.OrganizationId != own).ThenBy(r => r.Rollup).ThenByDescending(r => r.Version), query.Page, query.PageSize, ct);
        var orgIds = page.Items.Select(r => r.OrganizationId).Distinct().ToList();
        var names = await db.Organizations.Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new Paged<AnnualReportSummary>(
            [.. page.Items.Select(r => new AnnualReportSummary(r.Id, names.GetValueOrDefault(r.OrganizationId, ""), r.Year, r.Rollup, r.Version, r.Status.ToString(), AnnualReportNames.Of(r.Status), r.UpdatedAt, r.UpdatedBy, r.DocumentId))],
            page.Total, page.Page, page.PageSize);
    }
}

/// <summary>
/// The report's .docx: a finalised report's issued document (checked against its SHA-256), a draft rendered now with
/// its live values (no QR code — it is not issued).
/// </summary>
public sealed record DownloadAnnualReport(Guid Id);

public sealed class DownloadAnnualReportHandler(
    WeijianDb db, ComputeFiguresHandler figures, OpenIssuedDocumentFileHandler issued, DocumentTemplates templates, DocumentSettings settings, TimeProvider clock)
{
    public async Task<DocumentDownload> HandleAsync(DownloadAnnualReport query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await (await AnnualReportAccess.ReadableAsync(db, ct)).SingleOrDefaultAsync(r => r.Id == query.Id, ct) ?? throw AnnualReportViews.NotFound();
        if (report.DocumentId is { } documentId)
        {
            // Read across the tenant filter: the report itself was checked readable above (its own bureau or an upper level).
            var document = await db.Set<IssuedDocument>().IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Id == documentId, ct);
            return await issued.OpenAsync(document, ct);
        }

        var values = await AnnualReportViews.LiveFiguresAsync(figures, report, ct);
        var orgName = await db.Organizations.Where(o => o.Id == report.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        var bytes = AnnualReportDocument.RenderDraft(templates, settings, report, values, orgName, clock);
        return new DocumentDownload($"{report.Year}年度法治政府建设年度报告（草稿）.docx", DocumentRenderer.ContentType, bytes);
    }
}
