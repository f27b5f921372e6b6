using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Reports.Figures;

namespace Weijian.Reports.Yearbook;

/// <summary>A column of a yearbook table: a catalogue figure, or one group of a figure's breakdown.</summary>
public sealed record YearbookColumn(string Header, string FigureId, string? Group = null);

/// <summary>One table (one sheet) of the 行政执法统计年报: its columns and a row per organisation plus the total.</summary>
public sealed record YearbookTable(string Name, IReadOnlyList<YearbookColumn> Columns, IReadOnlyList<YearbookRow> Rows);

/// <summary>A row: the organisation (or 合计) and a cell per column — null where the catalogue lacks the figure.</summary>
public sealed record YearbookRow(string Organization, Guid? OrganizationId, bool IsTotal, IReadOnlyList<decimal?> Values);

public sealed record StatisticsYearbook(Guid OrganizationId, string OrganizationName, int Year, bool Rollup, IReadOnlyList<YearbookTable> Tables);

/// <summary>
/// 行政执法统计年报 (R-PUB-5): four tables — 行政许可, 行政处罚 (decisions counted once under their heaviest type, and the
/// amounts), 行政强制, 行政检查 — for the organisation, or rolled up: a row for its own records, one per subordinate
/// organisation (its whole subtree) and the total. Every cell is a catalogue figure computed by
/// <see cref="ComputeFiguresHandler.ValueAsync"/> over that row's organisations, so the total equals <c>/api/v1/figures</c>
/// with <c>rollup=true</c> and a subordinate's row equals its own roll-up.
/// </summary>
public sealed record ComputeStatisticsYearbook(Guid? OrganizationId, int? Year, bool Rollup = false);

public sealed class ComputeStatisticsYearbookHandler(WeijianDb db, TimeProvider clock)
{
    public const string ByTypeFigure = "enforcement.decisions.penalty.by-type";

    private static readonly (string Name, YearbookColumn[] Columns)[] Layout =
    [
        ("行政许可", [
            new("申请数（件）", "licensing.applications.received"),
            new("受理数（件）", "licensing.applications.accepted"),
            new("准予许可（件）", "licensing.applications.granted"),
            new("不予许可（件）", "licensing.applications.refused"),
            new("撤销许可（件）", "licensing.licences.revoked"),
        ]),
        ("行政处罚", [
            new("处罚决定数（件）", "enforcement.decisions.penalty"),
            new("罚款金额（元）", "enforcement.fines.total"),
            new("没收违法所得（元）", "enforcement.confiscations.total"),
            new("不予处罚（件）", "enforcement.decisions.no-penalty"),
        ]),
        ("行政强制", [
            new("行政强制措施（次）", "enforcement.compulsory-measures"),
        ]),
        ("行政检查", [
            new("检查户次", "inspections.visits"),
            new("双随机抽查任务（项）", "inspections.random.tasks"),
            new("双随机抽查对象（户）", "inspections.random.targets"),
            new("双随机已完成（户）", "inspections.random.completed"),
        ]),
    ];

    public async Task<StatisticsYearbook> HandleAsync(ComputeStatisticsYearbook query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var year = Input.Required(query.Year, "year", "统计年度");
        if (year < 2000 || year > 2100)
        {
            throw Input.Invalid("statistics.year-invalid", "year", "统计年度不正确");
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);

        // Access as every figure request: the actor's organisation, or one in the subtree of a supervisor or administrator.
        var (org, total) = await FigurePeriod.ResolveAsync(db, clock, query.OrganizationId, from, to, query.Rollup, ct);
        var rows = new List<(string Name, Guid? Id, bool IsTotal, FigureScope Scope)>();
        if (query.Rollup)
        {
            rows.Add(($"{org.Name}（本级）", org.Id, false, new FigureScope(db, [org.Id], from, to)));
            var children = await db.Organizations.AsNoTracking().Where(o => o.ParentId == org.Id).OrderBy(o => o.Path).ToListAsync(ct);
            foreach (var child in children)
            {
                var ids = await db.Organizations.Where(o => o.Path.StartsWith(child.Path)).Select(o => o.Id).ToListAsync(ct);
                rows.Add((child.Name, child.Id, false, new FigureScope(db, ids, from, to)));
            }

            rows.Add(("合计", null, true, total));
        }
        else
        {
            rows.Add((org.Name, org.Id, true, total));
        }

        var tables = new List<YearbookTable>();
        foreach (var (name, fixedColumns) in Layout)
        {
            var columns = fixedColumns.ToList();
            if (name == "行政处罚" && FigureCatalogue.Find(ByTypeFigure) is { } byType)
            {
                // Each decision counted once, under its heaviest penalty type: one column per type occurring in the total.
                var groups = (await ComputeFiguresHandler.ValueAsync(byType, total, ct)).Breakdown.Select(g => g.Group);
                columns.InsertRange(1, groups.Select(g => new YearbookColumn($"其中：{g}（件）", ByTypeFigure, g)));
            }

            var cells = new List<YearbookRow>();
            foreach (var row in rows)
            {
                var values = new List<decimal?>();
                foreach (var column in columns)
                {
                    values.Add(await CellAsync(column, row.Scope, ct));
                }

                cells.Add(new YearbookRow(row.Name, row.Id, row.IsTotal, values));
            }

            tables.Add(new YearbookTable(name, columns, cells));
        }

        return new StatisticsYearbook(org.Id, org.Name, year, query.Rollup, tables);
    }

    private static async Task<decimal?> CellAsync(YearbookColumn column, FigureScope scope, CancellationToken ct)
    {
        if (FigureCatalogue.Find(column.FigureId) is not { } figure)
        {
            return null;
        }

        var value = await ComputeFiguresHandler.ValueAsync(figure, scope, ct);
        return column.Group is null ? value.Value : value.Breakdown.FirstOrDefault(g => g.Group == column.Group)?.Value ?? 0m;
    }

    public static string FileName(StatisticsYearbook yearbook)
    {
        ArgumentNullException.ThrowIfNull(yearbook);
        return $"{yearbook.OrganizationName}{yearbook.Year.ToString(CultureInfo.InvariantCulture)}年行政执法统计年报{(yearbook.Rollup ? "（汇总）" : "")}.xlsx";
    }
}
