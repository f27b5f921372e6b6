using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Reports.Figures;

/// <summary>
/// The catalogue's figures for an organisation (or its subtree, <see cref="Rollup"/>) and a period, computed from the records
/// (issue #8, R-PUB-5). <see cref="Ids"/> limits the figures; null computes them all.
/// </summary>
public sealed record ComputeFigures(Guid? OrganizationId = null, DateOnly? From = null, DateOnly? To = null, bool Rollup = false, IReadOnlyList<string>? Ids = null);

public sealed record FigureSet(Guid OrganizationId, string OrganizationName, DateOnly From, DateOnly To, bool Rollup, IReadOnlyList<FigureValue> Figures)
{
    public FigureValue? this[string id] => Figures.FirstOrDefault(f => f.Id == id);
}

/// <summary>
/// A figure's value: <see cref="Value"/> is the count, the amount or the rate (null for a rate over nothing).
/// <see cref="Numerator"/> and <see cref="Denominator"/> are a rate's two counts. <see cref="Breakdown"/> lists the groups of a
/// figure with a breakdown; <see cref="ByOrganization"/> the value per organisation that has records (a roll-up's comparison).
/// </summary>
public sealed record FigureValue(
    string Id,
    string Name,
    FigureKind Kind,
    string Unit,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    IReadOnlyList<FigureGroupValue> Breakdown,
    IReadOnlyList<FigureOrganizationValue> ByOrganization);

public sealed record FigureGroupValue(string Group, decimal? Value);

/// <summary>Adds up the per-organisation values of a computed figure over some of its organisations.</summary>
public static class FigureValues
{
    /// <summary>
    /// The figure's value over <paramref name="organizations"/> from its <see cref="FigureValue.ByOrganization"/>: counts and
    /// amounts add; a rate is Σ numerators ÷ Σ denominators (null over nothing). Equal to computing the figure for them.
    /// </summary>
    public static decimal? Over(FigureValue value, IReadOnlySet<Guid> organizations)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(organizations);
        var parts = value.ByOrganization.Where(o => organizations.Contains(o.OrganizationId)).ToList();
        if (value.Kind is FigureKind.Rate or FigureKind.AmountRate)
        {
            var den = parts.Sum(o => o.Denominator ?? 0);
            return den == 0 ? null : Math.Round(parts.Sum(o => o.Numerator ?? 0) / den, 4);
        }

        return parts.Sum(o => o.Value ?? 0);
    }
}

/// <summary>One organisation's value; for a rate also its two counts, so that values of several organisations add up.</summary>
public sealed record FigureOrganizationValue(Guid OrganizationId, decimal? Value, decimal? Numerator = null, decimal? Denominator = null);

public sealed class ComputeFiguresHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<FigureSet> HandleAsync(ComputeFigures query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var figures = Select(query.Ids);
        var (org, scope) = await FigurePeriod.ResolveAsync(db, clock, query.OrganizationId, query.From, query.To, query.Rollup, ct);
        var families = await FamilyCellsAsync(figures, scope, ct);
        var values = new List<FigureValue>(figures.Count);
        foreach (var figure in figures)
        {
            values.Add(await ComputeValueAsync(figure, scope, families, ct));
        }

        return new FigureSet(org.Id, org.Name, scope.From, scope.To, query.Rollup, values);
    }

    public static IReadOnlyList<Figure> Select(IReadOnlyList<string>? ids)
    {
        if (ids is null || ids.Count == 0)
        {
            return FigureCatalogue.All;
        }

        var unknown = ids.Where(id => FigureCatalogue.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw DomainRuleException.NotFound("figures.unknown", $"指标不存在：{string.Join("、", unknown)}");
        }

        return [.. ids.Distinct(StringComparer.Ordinal).Select(id => FigureCatalogue.Find(id)!)];
    }

    /// <summary>One grouped SQL aggregate per figure (two for a rate): (organisation, group) → count and amount.</summary>
    public static Task<FigureValue> ValueAsync(Figure figure, FigureScope scope, CancellationToken ct) =>
        ComputeValueAsync(figure, scope, new Dictionary<Figure, List<FigureCell>>(), ct);

    /// <summary>
    /// The cells of every <see cref="FamilyFigure"/> among the figures (a rate's two parts included), one grouped query per
    /// family (issue #8: a roll-up read the year's license applications once per licensing figure).
    /// </summary>
    private static async Task<Dictionary<Figure, List<FigureCell>>> FamilyCellsAsync(IReadOnlyList<Figure> figures, FigureScope scope, CancellationToken ct)
    {
        var members = figures.SelectMany(f => f is RateFigure r ? new[] { r.Numerator, r.Denominator } : [f]).OfType<FamilyFigure>().Distinct();
        var cells = new Dictionary<Figure, List<FigureCell>>();
        foreach (var family in members.GroupBy(m => m.Family))
        {
            foreach (var chunk in family.Chunk(FigureFamily.MaxMembers))
            {
                foreach (var (figure, list) in await family.Key.CellsAsync(chunk, scope, ct))
                {
                    cells[figure] = list;
                }
            }
        }

        return cells;
    }

    private static async Task<FigureValue> ComputeValueAsync(Figure figure, FigureScope scope, Dictionary<Figure, List<FigureCell>> families, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(scope);
        var d = figure.Definition;
        if (figure is RateFigure rate)
        {
            // A Rate counts records; an AmountRate sums the amounts of the same records (acts recorded ÷ acts to record).
            var byAmount = d.Kind == FigureKind.AmountRate;
            var num = families.GetValueOrDefault(rate.Numerator) ?? await CellsAsync(rate.Numerator.Records(scope), byAmount, scope, ct);
            var den = families.GetValueOrDefault(rate.Denominator) ?? await CellsAsync(rate.Denominator.Records(scope), byAmount, scope, ct);
            static decimal? Ratio(decimal n, decimal q) => q == 0 ? null : Math.Round(n / q, 4);
            decimal Count(IEnumerable<FigureCell> cells) => byAmount ? cells.Sum(c => c.Amount) : cells.Sum(c => c.Count);
            return new FigureValue(
                d.Id, d.Name, d.Kind, d.Unit, Ratio(Count(num), Count(den)), Count(num), Count(den),
                d.BreakdownName is null ? [] : [.. den.GroupBy(c => c.Group ?? "").OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new FigureGroupValue(g.Key, Ratio(Count(num.Where(n => (n.Group ?? "") == g.Key)), Count(g))))],
                [.. den.GroupBy(c => c.OrganizationId)
                    .Select(g =>
                    {
                        var n = Count(num.Where(x => x.OrganizationId == g.Key));
                        return new FigureOrganizationValue(g.Key, Ratio(n, Count(g)), n, Count(g));
                    })]);
        }

        var amount = d.Kind == FigureKind.Amount;
        var cells = families.GetValueOrDefault(figure) ?? await CellsAsync(figure.Records(scope), amount, scope, ct);
        decimal Of(IEnumerable<FigureCell> c) => amount ? c.Sum(x => x.Amount) : c.Sum(x => x.Count);
        return new FigureValue(
            d.Id, d.Name, d.Kind, d.Unit, Of(cells), null, null,
            d.BreakdownName is null ? [] : [.. cells.GroupBy(c => c.Group ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FigureGroupValue(g.Key, Of(g)))],
            [.. cells.GroupBy(c => c.OrganizationId).Select(g => new FigureOrganizationValue(g.Key, Of(g)))]);
    }

    private static async Task<List<FigureCell>> CellsAsync(IQueryable<FigureRecord> records, bool amount, FigureScope scope, CancellationToken ct)
    {
        if (!amount)
        {
            return await records.GroupBy(r => new { r.OrganizationId, r.Group })
                .Select(g => new FigureCell(g.Key.OrganizationId, g.Key.Group, g.Count(), 0m)).ToListAsync(ct);
        }

        var sums = await FigureSums.ByAsync(records, r => new { r.OrganizationId, r.Group }, scope.Db, ct);
        return [.. sums.Select(s => new FigureCell(s.Key.OrganizationId, s.Key.Group, s.Count, s.Amount))];
    }
}
