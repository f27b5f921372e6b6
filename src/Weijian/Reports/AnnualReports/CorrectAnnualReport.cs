using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Reports.Figures;

namespace Weijian.Reports.AnnualReports;

/// <summary>
/// 更正: a finalised report is never edited; the head opens a new version (a draft with the old text and the reason),
/// and the old one is kept, marked superseded (docs/adr/0015). Its document stays valid until the correction is finalised.
/// </summary>
public sealed record CorrectAnnualReport(Guid Id, string? Reason);

public sealed class CorrectAnnualReportHandler(WeijianDb db, ComputeFiguresHandler figures, DocumentSettings settings, TimeProvider clock)
{
    public async Task<AnnualReportView> HandleAsync(CorrectAnnualReport command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.RequireOrganization();
        var old = await AnnualReportViews.LoadAsync(db, command.Id, ct);
        AnnualReportWorkflow.Check(AnnualReportAction.Correct, old.Status, db.Actor);
        var reason = Input.Text(command.Reason, "reason", "更正理由", AnnualReport.ReasonMax);
        var version = await db.Set<AnnualReport>()
            .Where(r => r.OrganizationId == old.OrganizationId && r.Year == old.Year && r.Rollup == old.Rollup)
            .MaxAsync(r => r.Version, ct) + 1;
        var now = clock.GetUtcNow();
        var report = AnnualReport.Create(Guid.CreateVersion7(now), old.OrganizationId, old.Year, old.Rollup, version, old.Id, reason, old.Sections(), now, db.Actor.Name);
        old.Supersede(now, db.Actor.Name);
        db.Set<AnnualReport>().Add(report);
        db.Audit(old.OrganizationId, AnnualReportAuditActions.Correct, AnnualReportViews.SubjectType, old.Id.ToString(), new { old.Year, old.Version, Correction = report.Id, Reason = reason });
        await db.SaveChangesAsync(ct);
        return await AnnualReportViews.ToViewAsync(db, figures, settings, report, ct);
    }
}
