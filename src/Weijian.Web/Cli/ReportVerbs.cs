using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Reports.AnnualReports;
using Weijian.Reports.Yearbook;

namespace Weijian.Web.Cli;

/// <summary>
/// <c>weijian report annual --org ORG --year YEAR --out FILE.docx</c>: the 法治政府建设年度报告 (R-PUB-3) — the finalised
/// document, or a draft render of the current text with live figures (creating the prefilled draft when there is none);
/// <c>weijian report statistics --org ORG --year YEAR [--rollup] --out FILE.xlsx</c>: the 行政执法统计年报 (R-PUB-5).
/// Exit 0 on success, 2 for bad usage (missing or unknown options, unknown organisation, a year out of range).
/// </summary>
public static class ReportVerbs
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(stdout);
        var kind = line.Positional.ElementAtOrDefault(1);
        if (kind is not ("annual" or "statistics"))
        {
            throw CommandLine.Usage("用法：weijian report annual|statistics --org 区划代码或单位ID --year 年度 --out 文件");
        }

        var orgRef = line.RequiredOption("org", "单位（行政区划代码或单位ID，weijian org list 查看）");
        var year = line.IntOption("year", "年度");
        var output = line.RequiredOption("out", "输出文件");
        var rollup = kind == "statistics" && line.Option("rollup") is { } r && r != "false";
        var settings = WeijianCli.Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await WeijianCli.OpenAsync(settings, ct);

        Guid orgId;
        await using (var lookup = app.Services.CreateAsyncScope())
        {
            lookup.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System();
            orgId = (await ImportVerbs.ResolveOrganizationAsync(lookup.ServiceProvider.GetRequiredService<WeijianDb>(), orgRef, ct)).Id;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentActor>().Value = Actor.System($"命令行（{Environment.UserName}）") with { OrganizationId = orgId };
        byte[] bytes;
        string what;
        if (kind == "statistics")
        {
            var yearbook = await sp.GetRequiredService<ComputeStatisticsYearbookHandler>().HandleAsync(new ComputeStatisticsYearbook(orgId, year, rollup), ct);
            bytes = StatisticsYearbookWorkbook.Write(yearbook);
            what = $"{yearbook.OrganizationName}{year}年行政执法统计年报（{yearbook.Tables.Count}张表）";
        }
        else
        {
            var db = sp.GetRequiredService<WeijianDb>();
            var report = await db.Set<AnnualReport>().AsNoTracking()
                .Where(a => a.OrganizationId == orgId && a.Year == year && !a.Rollup)
                .OrderByDescending(a => a.Version).Select(a => new { a.Id, a.Status }).FirstOrDefaultAsync(ct);
            var id = report?.Id ?? (await sp.GetRequiredService<CreateAnnualReportHandler>().HandleAsync(new CreateAnnualReport(year), ct)).Id;
            var file = await sp.GetRequiredService<DownloadAnnualReportHandler>().HandleAsync(new DownloadAnnualReport(id), ct);
            bytes = file.Content;
            what = report is { Status: AnnualReportStatus.Finalised or AnnualReportStatus.Superseded }
                ? $"{year}年度法治政府建设年度报告（定稿）"
                : $"{year}年度法治政府建设年度报告（草稿{(report is null ? "，已按统计指标预填" : "")}）";
        }

        await File.WriteAllBytesAsync(output, bytes, ct);
        await stdout.WriteLineAsync($"{what} → {output}（{bytes.Length} 字节）");
        return WeijianCli.Ok;
    }
}
