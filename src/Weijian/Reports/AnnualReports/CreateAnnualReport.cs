using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Users;
using Weijian.Reports.Figures;

namespace Weijian.Reports.AnnualReports;

/// <summary>
/// 起草年度报告 (R-PUB-3): one report per organisation, year and roll-up, prefilled with the catalogue's figures in the
/// seeds' phrasing (<see cref="AnnualReportText.Prefill"/>) for staff to edit. The year is a past or the current year.
/// The report of the current or the last year puts R-PUB-3's clock — reported by 1 March of the next year — on the
/// bureau heads' 我的待办 (they sign it); its finalisation closes the clock. Older years are records entered late: no clock.
/// </summary>
public sealed record CreateAnnualReport(int? Year, bool Rollup = false);

public sealed class CreateAnnualReportHandler(WeijianDb db, ComputeFiguresHandler figures, DocumentSettings settings, CalendarSource calendars, TimeProvider clock)
{
    public const int FirstYear = 2000;

    public const string ReportingBasis = "厅字〔2019〕28号：每年3月1日前向本级党委、政府和上一级主管部门报告上一年度法治政府建设情况（R-PUB-3）";

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
        if (year >= thisYear - 1)
        {
            // Counted from the year's end to 1 March as calendar days, so a 1 March on a rest day moves to the next working
            // day (R-CAL-5) as the other calendar-day periods do; a report of last year drafted after it is overdue at once.
            var yearEnd = new DateOnly(year, 12, 31);
            var deadline = Deadline.Compute(
                await calendars.GetAsync(db, ct), "R-PUB-3", ReportingBasis, yearEnd, new DateOnly(year + 1, 3, 1).DayNumber - yearEnd.DayNumber, DeadlineUnit.CalendarDays);
            foreach (var head in await UsersInRole.ActiveAsync(db, orgId, Roles.BureauHead, ct))
            {
                db.DeadlineClocks.Add(DeadlineClock.Open(
                    orgId, head, AnnualReportViews.SubjectType, report.Id.ToString(), $"报送{year}年度法治政府建设年度报告{(command.Rollup ? "（汇总）" : "")}", deadline, now));
            }
        }

        await db.SaveChangesAsync(ct);
        return await AnnualReportViews.ToViewAsync(db, figures, settings, report, ct);
    }
}
