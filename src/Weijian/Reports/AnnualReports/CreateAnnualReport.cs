using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Reports.Figures;

namespace Weijian.Reports.AnnualReports;

/// <summary>
/// 起草年度报告 (R-PUB-3): one report per organisation, year and roll-up, prefilled with the catalogue's figures in the
/// seeds' phrasing (<see cref="AnnualReportText.Prefill"/>) for staff to edit. The year is a past or the current year.
/// </summary>
public sealed record CreateAnnualReport(int? Year, bool Rollup = false);

public sealed class CreateAnnualReportHandler(WeijianDb db, ComputeFiguresHandler figures, DocumentSettings settings, TimeProvider clock)
{
    public const int FirstYear = 2000;

    public async Task<AnnualReportView> HandleAsync(CreateAnnualReport command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require([.. AnnualReportWorkflow.Drafters]);
        var orgId = db.Actor.RequireOrganization();
        var year = Input.Required(command.Year, "year", "报告年度");
        var thisYear = ChinaClock.Today(clock).Year;
        if (year < FirstYear || year > thisYear)
        {
            throw Input.Invalid("annual-report.year-invalid", "year", $"报告年度应在{FirstYear}年至{thisYear}年之间");
        }

        if (await db.Set<AnnualReport>().AnyAsync(r => r.OrganizationId == orgId && r.Year == year && r.Rollup == command.Rollup, ct))
        {
            throw DomainRuleException.Conflict("annual-report.exists", $"本单位{year}年度{(command.Rollup ? "汇总" : "")}报告已存在，请在原报告上编辑或更正");
        }

        var now = clock.GetUtcNow();
        var report = AnnualReport.Create(
            Guid.CreateVersion7(now), orgId, year, command.Rollup, 1, null, null,
            AnnualReportText.Prefill(year, id => FigureCatalogue.Find(id) is not null), now, db.Actor.Name);
        db.Set<AnnualReport>().Add(report);
        db.Audit(orgId, AnnualReportAuditActions.Create, AnnualReportViews.SubjectType, report.Id.ToString(), new { report.Year, report.Rollup, report.Version });
        await db.SaveChangesAsync(ct);
        return await AnnualReportViews.ToViewAsync(db, figures, settings, report, ct);
    }
}
