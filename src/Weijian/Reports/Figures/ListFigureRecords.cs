using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Reports.Figures;

/// <summary>
/// Drill-down (issue #8): the records a figure counted for the organisation (or subtree) and period, optionally one group of
/// its breakdown. The list is the figure's own record query, so its total equals the figure (a test checks every figure on
/// the demo data). For a rate, the list is the denominator's records, each marked whether the numerator counts it.
/// </summary>
public sealed record ListFigureRecords(
    string Id, Guid? OrganizationId = null, DateOnly? From = null, DateOnly? To = null, bool Rollup = false, string? Group = null, int? Page = null, int? PageSize = null);

public sealed record FigureRecordRow(Guid OrganizationId, string SubjectType, Guid SubjectId, string Label, DateOnly Date, decimal Amount, string? Group, bool? InNumerator);

/// <summary>
/// <see cref="AmountTotal"/> is the sum over all listed records (not just the page), for amount figures and for an
/// amount rate's denominator; <see cref="NumeratorAmount"/> is an amount rate's numerator sum.
/// </summary>
public sealed record FigureRecordList(
    FigureDefinition Definition, Guid OrganizationId, string OrganizationName, DateOnly From, DateOnly To, bool Rollup, string? Group,
    Paged<FigureRecordRow> Records, decimal? AmountTotal, int? NumeratorTotal, decimal? NumeratorAmount = null);

public sealed class ListFigureRecordsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<FigureRecordList> HandleAsync(ListFigureRecords query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var figure = FigureCatalogue.Find(query.Id) ?? throw DomainRuleException.NotFound("figures.unknown", $"指标不存在：{query.Id}");
        var (org, scope) = await FigurePeriod.ResolveAsync(db, clock, query.OrganizationId, query.From, query.To, query.Rollup, ct);
        var records = figure.Records(scope);
        IQueryable<FigureRecord>? numerator = figure is RateFigure rate ? rate.Numerator.Records(scope) : null;
        if (query.Group is { } group)
        {
            records = group.Length == 0 ? records.Where(r => r.Group == null || r.Group == "") : records.Where(r => r.Group == group);
            numerator = numerator is null ? null : group.Length == 0 ? numerator.Where(r => r.Group == null || r.Group == "") : numerator.Where(r => r.Group == group);
        }

        var page = await Paged.FromQueryAsync(records.OrderBy(r => r.Date).ThenBy(r => r.Label).ThenBy(r => r.SubjectId), query.Page, query.PageSize, ct);
        HashSet<Guid>? counted = null;
        int? numeratorTotal = null;
        if (numerator is not null)
        {
            var ids = page.Items.Select(r => r.SubjectId).ToList();
            counted = [.. await numerator.Where(r => ids.Contains(r.SubjectId)).Select(r => r.SubjectId).ToListAsync(ct)];
            numeratorTotal = await numerator.CountAsync(ct);
        }

        decimal? amountTotal = null;
        decimal? numeratorAmount = null;
        if (figure.Definition.Kind is FigureKind.Amount or FigureKind.AmountRate)
        {
            amountTotal = await FigureSums.TotalAsync(records, db, ct);
        }

        if (figure.Definition.Kind == FigureKind.AmountRate && numerator is not null)
        {
            numeratorAmount = await FigureSums.TotalAsync(numerator, db, ct);
        }

        var rows = page.Items.Select(r => new FigureRecordRow(r.OrganizationId, r.SubjectType, r.SubjectId, r.Label, r.Date, r.Amount, r.Group, counted?.Contains(r.SubjectId))).ToList();
        return new FigureRecordList(
            figure.Definition, org.Id, org.Name, scope.From, scope.To, query.Rollup, query.Group,
            new Paged<FigureRecordRow>(rows, page.Total, page.Page, page.PageSize), amountTotal, numeratorTotal, numeratorAmount);
    }
}
