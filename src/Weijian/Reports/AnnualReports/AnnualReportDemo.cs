using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;

namespace Weijian.Reports.AnnualReports;

/// <summary>
/// Demo 法治政府建设年度报告 (Order 70, after every module's records): in the first demo bureau an officer drafts last
/// year's report in February, adds the year's 普法 work to section 三, and the head finalises it before R-PUB-3's 1 March;
/// this year's report is a draft. Made through the handlers on the <see cref="DemoTimeline"/>.
/// </summary>
public sealed class AnnualReportDemo : IDemoContribution
{
    public int Order => 70;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bureaus);
        if (bureaus.Count == 0)
        {
            return;
        }

        await using var timeline = DemoTimeline.Create(services);
        var bureau = bureaus[0];
        var today = ChinaClock.Today(timeline.Real);
        var year = today.Year;
        Actor officer, head;
        BusinessCalendar calendar;
        await using (var scope = timeline.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync(db, ct);
            var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == bureau.OrganizationId).ToListAsync(ct);
            var o = users.FirstOrDefault(u => u.UserName == bureau.Prefix + ".officer1");
            var h = users.FirstOrDefault(u => u.UserName == bureau.Prefix + ".head");
            if (o is null || h is null)
            {
                return;
            }

            officer = new Actor(o.Id, o.DisplayName, bureau.OrganizationId, new HashSet<string> { Roles.Officer }, false);
            head = new Actor(h.Id, h.DisplayName, bureau.OrganizationId, new HashSet<string> { Roles.BureauHead }, false);
        }

        DateOnly Working(DateOnly d) => DemoTimeline.AddWorkingDays(calendar, d, 0);
        var drafted = Working(new DateOnly(year, 2, 9));
        var finalised = Working(new DateOnly(year, 2, 24));
        var draftThisYear = DemoTimeline.AddWorkingDays(calendar, today, -3);
        if (finalised >= today || draftThisYear == DateOnly.MaxValue)
        {
            // Too early in the year for last year's report to be finalised: the demo has no report yet.
            return;
        }

        Guid lastYear = default;
        await timeline.RunAsync(
        [
            new DemoStep(drafted, 0, officer, $"起草{year - 1}年度法治政府建设年度报告", async (sp, c) =>
                lastYear = (await sp.GetRequiredService<CreateAnnualReportHandler>().HandleAsync(new CreateAnnualReport(year - 1), c)).Id),
            new DemoStep(drafted, 1, officer, "补充第一责任人履职情况", (sp, c) =>
                sp.GetRequiredService<EditAnnualReportSectionHandler>().HandleAsync(new EditAnnualReportSection(lastYear, nameof(AnnualReportSection.Leadership),
                    "局党组书记、局长切实履行推进法治建设第一责任人职责，将法治建设纳入年度工作计划，与卫生健康工作同部署、同推进、同督促、同考核、同奖惩。\n" +
                    "全年主持召开局党组会议专题研究法治建设工作4次，带头参加党组理论学习中心组法治专题学习，对重大执法决定严格落实法制审核和集体讨论制度，" +
                    $"全年立案查处案件{AnnualReportText.Token("enforcement.cases.filed")}件。"), c)),
            new DemoStep(finalised, 0, head, $"{year - 1}年度法治政府建设年度报告定稿签发", (sp, c) =>
                sp.GetRequiredService<FinaliseAnnualReportHandler>().HandleAsync(new FinaliseAnnualReport(lastYear), c)),
            new DemoStep(draftThisYear, 0, officer, $"起草{year}年度法治政府建设年度报告", (sp, c) =>
                sp.GetRequiredService<CreateAnnualReportHandler>().HandleAsync(new CreateAnnualReport(year), c)),
        ], ct);
    }
}
