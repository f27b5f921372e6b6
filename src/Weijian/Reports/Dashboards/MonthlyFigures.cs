using Microsoft.EntityFrameworkCore;
using Weijian.Reports.Figures;

namespace Weijian.Reports.Dashboards;

/// <summary>
/// A figure month by month over the scope's period, in one grouped query (two for a rate) rather than one per month, so a
/// province dashboard stays a handful of aggregates. Months without records are 0 for counts and amounts and null (no
/// data) for rates — a rate over nothing is not 0 %.
/// </summary>
public static class MonthlyFigures
{
    public static async Task<IReadOnlyDictionary<(int Year, int Month), decimal?>> ComputeAsync(Figure figure, FigureScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(scope);
        var months = new List<(int, int)>();
        for (var m = new DateOnly(scope.From.Year, scope.From.Month, 1); m <= scope.To; m = m.AddMonths(1))
        {
            months.Add((m.Year, m.Month));
        }

        if (figure is RateFigure rate)
        {
            var num = await CountsAsync(rate.Numerator.Records(scope), ct);
            var den = await CountsAsync(rate.Denominator.Records(scope), ct);
            return months.ToDictionary(m => m, m => den.GetValueOrDefault(m) is var d && d > 0 ? Math.Round((decimal)num.GetValueOrDefault(m) / d, 4) : (decimal?)null);
        }

        if (figure.Definition.Kind == FigureKind.Amount)
        {
            var records = figure.Records(scope);
            var sums = (await FigureSums.ByAsync(records, r => new { r.Date.Year, r.Date.Month }, scope.Db, ct))
                .ToDictionary(s => (s.Key.Year, s.Key.Month), s => s.Amount);
            return months.ToDictionary(m => m, m => (decimal?)sums.GetValueOrDefault(m));
        }

        var counts = await CountsAsync(figure.Records(scope), ct);
        return months.ToDictionary(m => m, m => (decimal?)counts.GetValueOrDefault(m));
    }

    private static async Task<Dictionary<(int, int), int>> CountsAsync(IQueryable<FigureRecord> records, CancellationToken ct)
    {
        var rows = await records.GroupBy(r => new { r.Date.Year, r.Date.Month }).Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);
        return rows.ToDictionary(r => (r.Year, r.Month), r => r.Count);
    }
}
