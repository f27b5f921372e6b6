using Weijian.Reports.AnnualReports;
using Weijian.Reports.Yearbook;

namespace Weijian.Web.Api;

/// <summary>
/// 法治政府建设年度报告 (R-PUB-3, issue #8): drafts with live figure tokens, finalisation by the head (frozen values, issued
/// .docx verifiable by QR code), corrections as new versions; and the 行政执法统计年报 workbook (R-PUB-5).
/// </summary>
internal static class AnnualReportsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/annual-reports").WithTags("法治政府建设年度报告");
        g.MapGet("", (int? year, int? page, int? pageSize, ListAnnualReportsHandler h, CancellationToken ct) => h.HandleAsync(new ListAnnualReports(year, page, pageSize), ct))
            .WithSummary("本单位的年度报告（含各版本），按年度倒序，分页");
        g.MapPost("", (CreateAnnualReport body, CreateAnnualReportHandler h, CancellationToken ct) => h.HandleAsync(body, ct))
            .WithSummary("起草年度报告：year、rollup（汇总下级）；按统计指标预填正文，同一单位同一年度只能有一份");
        g.MapGet("/{id:guid}", (Guid id, GetAnnualReportHandler h, CancellationToken ct) => h.HandleAsync(new GetAnnualReport(id), ct))
            .WithSummary("报告全文：草稿为实时指标值，定稿为冻结值；figures 为引用的指标及与上年对比");
        g.MapPut("/{id:guid}/sections/{section}", (Guid id, string section, SectionText body, EditAnnualReportSectionHandler h, CancellationToken ct) =>
                h.HandleAsync(new EditAnnualReportSection(id, section, body.Text), ct))
            .WithSummary("编辑一部分（Measures、Shortcomings、Leadership、Plans、Other）：正文中的 {{figure:指标编号}} 与 {{figure:指标编号:prev}} 为指标值；定稿后拒绝");
        g.MapPost("/{id:guid}/finalise", (Guid id, FinaliseAnnualReportHandler h, CancellationToken ct) => h.HandleAsync(new FinaliseAnnualReport(id), ct))
            .WithSummary("定稿签发（局领导）：冻结指标值，生成带核验二维码的 .docx，哈希记入审计链");
        g.MapPost("/{id:guid}/correct", (Guid id, CorrectionReason body, CorrectAnnualReportHandler h, CancellationToken ct) => h.HandleAsync(new CorrectAnnualReport(id, body.Reason), ct))
            .WithSummary("更正（局领导）：以原文新建下一版本草稿并注明理由，原版本保留为“被更正”");
        g.MapGet("/{id:guid}/file", async (Guid id, DownloadAnnualReportHandler h, CancellationToken ct) =>
            {
                var file = await h.HandleAsync(new DownloadAnnualReport(id), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("下载 .docx：定稿为签发的文书（校验 SHA-256），草稿为当前正文与实时指标值");

        api.MapGet("/reports/statistics", async (Guid? org, int? year, bool? rollup, string? format, ComputeStatisticsYearbookHandler h, CancellationToken ct) =>
            {
                var yearbook = await h.HandleAsync(new ComputeStatisticsYearbook(org, year, rollup ?? false), ct);
                return format == "json"
                    ? Results.Ok(yearbook)
                    : Results.File(StatisticsYearbookWorkbook.Write(yearbook), StatisticsYearbookWorkbook.ContentType, ComputeStatisticsYearbookHandler.FileName(yearbook));
            })
            .WithTags("法治政府建设年度报告")
            .WithSummary("行政执法统计年报 .xlsx（format=json 为表格数据）：org、year、rollup（每个下级单位一行并合计）；每格取自统计指标");
    }

    internal sealed record SectionText(string? Text);

    internal sealed record CorrectionReason(string? Reason);
}
