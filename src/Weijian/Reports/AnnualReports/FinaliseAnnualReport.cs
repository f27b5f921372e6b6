using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Reports.Figures;

namespace Weijian.Reports.AnnualReports;

/// <summary>
/// 定稿签发 (局领导 only, R-PUB-3's 第一责任人): freezes every figure value the text uses with last year's (the
/// year-over-year table), renders the .docx and issues it as a document verifiable at <c>/verify/{id}</c> (QR code), and
/// records its SHA-256 in the audit chain. From then on every edit is refused (<c>annual-report.finalised</c>). A
/// correction's finalisation voids the document of the version it corrects, naming the new one as its replacement.
/// </summary>
public sealed record FinaliseAnnualReport(Guid Id);

public sealed class FinaliseAnnualReportHandler(WeijianDb db, ComputeFiguresHandler figures, DocumentIssuer documents, DocumentSettings settings, TimeProvider clock)
{
    public async Task<AnnualReportView> HandleAsync(FinaliseAnnualReport command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.RequireOrganization();
        var report = await AnnualReportViews.LoadAsync(db, command.Id, ct);
        AnnualReportWorkflow.Check(AnnualReportAction.Finalise, report.Status, db.Actor);
        var empty = Enum.GetValues<AnnualReportSection>().Where(s => s != AnnualReportSection.Other && string.IsNullOrWhiteSpace(report.Text(s))).ToList();
        if (empty.Count > 0)
        {
            throw new DomainRuleException("annual-report.section-required", $"定稿前请填写：{string.Join("、", empty.Select(AnnualReportNames.Heading))}")
            {
                Fields = [.. empty.Select(s => s.ToString())],
            };
        }

        var values = await AnnualReportViews.LiveFiguresAsync(figures, report, ct);
        var document = await documents.IssueAsync(
            report.OrganizationId, AnnualReportDocument.TemplateKey, AnnualReportViews.SubjectType, report.Id.ToString(), null,
            AnnualReportDocument.Content(report, values), ct);
        var now = clock.GetUtcNow();
        report.Finalise(values, document.Id, document.Sha256, now, db.Actor.Name);
        if (report.CorrectsId is { } correctedId
            && await db.Set<AnnualReport>().SingleOrDefaultAsync(r => r.Id == correctedId, ct) is { DocumentId: { } oldDocument })
        {
            await documents.VoidAsync(oldDocument, $"年度报告更正：{report.CorrectionReason}", document.Id, ct);
        }

        var id = report.Id.ToString();
        foreach (var open in await db.DeadlineClocks.Where(d => d.SubjectType == AnnualReportViews.SubjectType && d.SubjectId == id && d.Status == DeadlineStatus.Open).ToListAsync(ct))
        {
            open.Close(DeadlineStatus.Met, "年度报告已定稿签发（R-PUB-3）", now);
        }

        db.Audit(report.OrganizationId, AnnualReportAuditActions.Finalise, AnnualReportViews.SubjectType, report.Id.ToString(), new
        {
            report.Year,
            report.Version,
            Document = document.Id,
            document.Sha256,
            Figures = values.Count,
        });
        await db.SaveChangesAsync(ct);
        return await AnnualReportViews.ToViewAsync(db, figures, settings, report, ct);
    }
}
