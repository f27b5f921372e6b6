using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Tenancy;

namespace Weijian.Reports.Figures;

/// <summary>How a figure's value comes from its records.</summary>
public enum FigureKind
{
    /// <summary>The number of records.</summary>
    Count,

    /// <summary>The sum of the records' amounts (yuan, hours …).</summary>
    Amount,

    /// <summary>Numerator records ÷ denominator records (the numerator's records are a subset of the denominator's).</summary>
    Rate,

    /// <summary>
    /// Σ numerator amounts ÷ Σ denominator amounts over the same records (e.g. per case: acts recorded ÷ acts to record), for a
    /// rate whose units live inside the records. The drill-down lists the records with both amounts.
    /// </summary>
    AmountRate,
}

/// <summary>
/// What a figure means and how it is counted (issue #8, R-PUB-5). <c>docs/figures.md</c> is generated from these, and a
/// test keeps the two equal. <see cref="CountingRule"/> names which records, which date decides the period and which status
/// counts, in Chinese, as a reviewer of the annual report needs it.
/// </summary>
public sealed record FigureDefinition(
    string Id,
    string Name,
    string NameEn,
    string Definition,
    string DefinitionEn,
    string CountingRule,
    string Module,
    FigureKind Kind,
    string Unit,
    string? BreakdownName = null);

/// <summary>
/// One record a figure counts. The drill-down lists exactly these rows, so the list's count (or the sum of its amounts) is the
/// figure by construction; <see cref="Group"/> is the breakdown key (a specialty, a penalty type …) where the figure has one.
/// </summary>
public sealed class FigureRecord
{
    public Guid OrganizationId { get; init; }

    /// <summary>What kind of record (<c>PenaltyCase</c>, <c>Inspection</c> …): the drill-down links to its page.</summary>
    public string SubjectType { get; init; } = "";

    public Guid SubjectId { get; init; }

    /// <summary>What a person recognises the record by: its number and party, never personal data beyond the staff pages'.</summary>
    public string Label { get; init; } = "";

    /// <summary>The date that put the record in the period (the figure's counting rule says which).</summary>
    public DateOnly Date { get; init; }

    public decimal Amount { get; init; }

    public string? Group { get; init; }
}

/// <summary>
/// The organisations and period a figure is computed for. The caller (<see cref="ComputeFiguresHandler"/>,
/// <see cref="ListFigureRecordsHandler"/>) has already checked the actor may see every organisation in
/// <see cref="OrganizationIds"/>; <see cref="Rows{T}"/> therefore reads across the tenant filter, read-only, for exactly
/// those organisations (the explicit statistics path of DESIGN principle 4, as the supervision overview does).
/// </summary>
public sealed class FigureScope(WeijianDb db, IReadOnlyCollection<Guid> organizationIds, DateOnly from, DateOnly to)
{
    public WeijianDb Db { get; } = db;

    public IReadOnlyCollection<Guid> OrganizationIds { get; } = organizationIds;

    public DateOnly From { get; } = from;

    public DateOnly To { get; } = to;

    /// <summary>The tenant-owned rows of the scope's organisations.</summary>
    public IQueryable<T> Rows<T>()
        where T : class, ITenantOwned
    {
        var ids = OrganizationIds.ToList();
        return Db.Set<T>().IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.OrganizationId));
    }
}

/// <summary>
/// A named statistic of the catalogue: its definition and the query of the records it counts. Every figure aggregates in
/// SQL, so the province roll-up is one grouped query per figure, not a load of records into memory.
/// </summary>
public abstract class Figure
{
    public abstract FigureDefinition Definition { get; }

    /// <summary>The records counted for the scope's organisations whose deciding date lies in the scope's period.</summary>
    public abstract IQueryable<FigureRecord> Records(FigureScope scope);
}

/// <summary>A figure defined by a lambda, for the catalogue's one-line definitions.</summary>
public sealed class QueryFigure(FigureDefinition definition, Func<FigureScope, IQueryable<FigureRecord>> records) : Figure
{
    public override FigureDefinition Definition { get; } = definition;

    public override IQueryable<FigureRecord> Records(FigureScope scope) => records(scope);
}

/// <summary>
/// A rate: numerator records ÷ denominator records. The drill-down lists the denominator's records, each marked whether the
/// numerator counts it. Absent (null) when the denominator is empty — a rate of nothing is not 0 %.
/// </summary>
public sealed class RateFigure(FigureDefinition definition, Figure numerator, Figure denominator) : Figure
{
    public override FigureDefinition Definition { get; } = definition;

    public Figure Numerator { get; } = numerator;

    public Figure Denominator { get; } = denominator;

    public override IQueryable<FigureRecord> Records(FigureScope scope) => Denominator.Records(scope);
}
