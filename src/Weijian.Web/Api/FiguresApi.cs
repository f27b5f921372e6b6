using Weijian.Reports.Figures;

namespace Weijian.Web.Api;

/// <summary>统计指标 (issue #8): the figure catalogue, values for an organisation or its subtree, and each figure's records.</summary>
internal static class FiguresApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/figures").WithTags("统计指标");
        g.MapGet("", (Guid? org, DateOnly? from, DateOnly? to, bool? rollup, string? ids, ComputeFiguresHandler h, CancellationToken ct) =>
                h.HandleAsync(new ComputeFigures(org, from, to, rollup ?? false, ids?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), ct))
            .WithSummary("指标值：org（默认本单位）、from/to（默认本年度）、rollup（汇总下级）、ids（逗号分隔，默认全部）；无权查看的单位答复“不存在”");
        g.MapGet("/catalogue", () => FigureCatalogue.All.Select(f => f.Definition))
            .WithSummary("指标目录：编号、中英文名称与定义、统计口径、单位");
        g.MapGet("/{id}/records", (string id, Guid? org, DateOnly? from, DateOnly? to, bool? rollup, string? group, int? page, int? pageSize, ListFigureRecordsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListFigureRecords(id, org, from, to, rollup ?? false, group, page, pageSize), ct))
            .WithSummary("指标明细：该指标计入的记录（总数即指标值；比率指标列出分母记录并标明是否计入分子）；group 取分组之一");
    }
}
