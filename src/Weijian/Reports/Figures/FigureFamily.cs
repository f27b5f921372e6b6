using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Weijian.Platform.Tenancy;

namespace Weijian.Reports.Figures;

/// <summary>
/// Count figures that read the same records and differ only by a condition (the licensing figures over the applications
/// received in the period, the publication figures over the decisions due, the inspection visits). One figure is one query, so a province roll-up read those records once per figure — eleven scans
/// of the year's applications (issue #8 benchmark, docs/performance.md). <see cref="ComputeFiguresHandler"/> counts the members
/// of a family that it computes together in ONE grouped query, a <c>SUM(CASE WHEN condition THEN 1 ELSE 0 END)</c> per member;
/// each member's <see cref="Figure.Records"/> (the drill-down) stays its own query, so the list still counts exactly what the
/// figure counts.
/// </summary>
public abstract class FigureFamily
{
    /// <summary>How many members one grouped query counts (<see cref="FamilyRow"/>'s columns).</summary>
    public const int MaxMembers = 12;

    internal abstract Task<Dictionary<Figure, List<FigureCell>>> CellsAsync(IReadOnlyList<Figure> members, FigureScope scope, CancellationToken ct);
}

/// <summary>
/// A family over the rows of <typeparamref name="T"/> that <see cref="Source"/> gives, grouped by organisation and the breakdown
/// key that <see cref="Record"/> assigns to <see cref="FigureRecord.Group"/> (taken from that expression, so the two cannot differ).
/// </summary>
public sealed class FigureFamily<T>(Func<FigureScope, IQueryable<T>> source, Expression<Func<T, FigureRecord>> record) : FigureFamily
    where T : class, ITenantOwned
{
    public Func<FigureScope, IQueryable<T>> Source { get; } = source;

    public Expression<Func<T, FigureRecord>> Record { get; } = record;

    private Expression GroupOf(ParameterExpression row)
    {
        var group = ((MemberInitExpression)Record.Body).Bindings.OfType<MemberAssignment>()
            .SingleOrDefault(b => b.Member.Name == nameof(FigureRecord.Group))?.Expression;
        return group is null ? Expression.Constant(null, typeof(string)) : ReplacingExpressionVisitor.Replace(Record.Parameters[0], row, group);
    }

    /// <summary>A count figure of the family: the family's records that meet <paramref name="condition"/>.</summary>
    public Figure Count(FigureDefinition definition, Expression<Func<T, bool>> condition) => new Member(definition, this, condition);

    internal override async Task<Dictionary<Figure, List<FigureCell>>> CellsAsync(IReadOnlyList<Figure> members, FigureScope scope, CancellationToken ct)
    {
        // Each row becomes (organisation, group, one 0/1 column per member); the grouped sums are the members' counts.
        var row = Expression.Parameter(typeof(T), "r");
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(FamilyRow).GetProperty(nameof(FamilyRow.OrganizationId))!, Expression.Property(row, nameof(ITenantOwned.OrganizationId))),
            Expression.Bind(typeof(FamilyRow).GetProperty(nameof(FamilyRow.Group))!, GroupOf(row)),
        };
        for (var i = 0; i < MaxMembers; i++)
        {
            var flag = i < members.Count
                ? Expression.Condition(ReplacingExpressionVisitor.Replace(((Member)members[i]).Condition.Parameters[0], row, ((Member)members[i]).Condition.Body), Expression.Constant(1), Expression.Constant(0))
                : (Expression)Expression.Constant(0);
            bindings.Add(Expression.Bind(typeof(FamilyRow).GetProperty($"F{i}")!, flag));
        }

        var projection = Expression.Lambda<Func<T, FamilyRow>>(Expression.MemberInit(Expression.New(typeof(FamilyRow)), bindings), row);
        var sums = await Source(scope).Select(projection).GroupBy(r => new { r.OrganizationId, r.Group })
            .Select(g => new FamilyRow
            {
                OrganizationId = g.Key.OrganizationId,
                Group = g.Key.Group,
                F0 = g.Sum(r => r.F0),
                F1 = g.Sum(r => r.F1),
                F2 = g.Sum(r => r.F2),
                F3 = g.Sum(r => r.F3),
                F4 = g.Sum(r => r.F4),
                F5 = g.Sum(r => r.F5),
                F6 = g.Sum(r => r.F6),
                F7 = g.Sum(r => r.F7),
                F8 = g.Sum(r => r.F8),
                F9 = g.Sum(r => r.F9),
                F10 = g.Sum(r => r.F10),
                F11 = g.Sum(r => r.F11),
            }).ToListAsync(ct);
        var result = new Dictionary<Figure, List<FigureCell>>();
        for (var i = 0; i < members.Count; i++)
        {
            // A group in which no record meets the member's condition has no cell, as in the member's own grouped query.
            result[members[i]] = [.. sums.Select(s => new FigureCell(s.OrganizationId, s.Group, s.Flag(i), 0m)).Where(c => c.Count > 0)];
        }

        return result;
    }

    private sealed class Member(FigureDefinition definition, FigureFamily<T> family, Expression<Func<T, bool>> condition) : FamilyFigure(family)
    {
        public override FigureDefinition Definition { get; } = definition;

        public Expression<Func<T, bool>> Condition { get; } = condition;

        public override IQueryable<FigureRecord> Records(FigureScope scope) => family.Source(scope).Where(Condition).Select(family.Record);
    }
}

/// <summary>A count figure that belongs to a <see cref="FigureFamily"/>.</summary>
public abstract class FamilyFigure(FigureFamily family) : Figure
{
    public FigureFamily Family { get; } = family;
}

/// <summary>One grouped cell of a figure: (organisation, breakdown group) → record count and amount.</summary>
internal sealed record FigureCell(Guid OrganizationId, string? Group, int Count, decimal Amount);

/// <summary>The row shape of a family's grouped query (public for EF's projection, not for use).</summary>
public sealed class FamilyRow
{
    public Guid OrganizationId { get; set; }

    public string? Group { get; set; }

    public int F0 { get; set; }

    public int F1 { get; set; }

    public int F2 { get; set; }

    public int F3 { get; set; }

    public int F4 { get; set; }

    public int F5 { get; set; }

    public int F6 { get; set; }

    public int F7 { get; set; }

    public int F8 { get; set; }

    public int F9 { get; set; }

    public int F10 { get; set; }

    public int F11 { get; set; }

    internal int Flag(int i) => i switch
    {
        0 => F0,
        1 => F1,
        2 => F2,
        3 => F3,
        4 => F4,
        5 => F5,
        6 => F6,
        7 => F7,
        8 => F8,
        9 => F9,
        10 => F10,
        _ => F11,
    };
}
