using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Reports.Figures;

namespace Weijian.Reports.Dashboards;

/// <summary>
/// The dashboard of a bureau head, or of an upper-level supervisor over the subtree (issue #8): open and overdue clocks by
/// module, this year's key figures to date against the same period last year and the whole of last year, monthly charts,
/// and for an upper level one row per subordinate unit. Every number comes from the figure catalogue or the clocks, so it
/// links to the records behind it.
/// </summary>
public sealed record GetDashboard(Guid? OrganizationId = null);

public sealed record DashboardView(
    Guid OrganizationId,
    string OrganizationName,
    DateOnly Today,
    IReadOnlyList<ClockSummary> Clocks,
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<DashboardChart> Charts,
    IReadOnlyList<SubordinateRow> Subordinates);

/// <summary>Open clocks of one module: how many, how many overdue, how many due within the next 7 days.</summary>
public sealed record ClockSummary(string Module, int Open, int Overdue, int DueSoon);

/// <summary>
/// A key figure: this year from 1 January to today, last year over the same days, and last year in full.
/// <see cref="Change"/> compares the two like periods (null when last year's is 0 or absent).
/// </summary>
public sealed record KeyFigure(FigureDefinition Definition, decimal? ThisYear, decimal? LastYearToDate, decimal? LastYear, decimal? Change);

public sealed record DashboardChart(string Title, string FigureId, string Unit, string Svg, IReadOnlyList<ChartSeries> Series);

public sealed record SubordinateRow(Guid OrganizationId, string Name, string KindName, int OpenClocks, int OverdueClocks, IReadOnlyList<decimal?> Values);

public sealed class GetDashboardHandler(WeijianDb db, TimeProvider clock)
{
    /// <summary>The figures on every dashboard, in the order shown (all must be in the catalogue — a test checks it).</summary>
    public static readonly IReadOnlyList<string> KeyFigureIds =
    [
        "enforcement.cases.filed",
        "enforcement.decisions.penalty",
        "enforcement.fines.total",
        "inspections.visits",
        "inspections.random.completion-rate",
        "licensing.applications.received",
        "licensing.decisions.on-time-rate",
        "publicity.disclosures.on-time-rate",
        "credit.records.created",
    ];

    /// <summary>Charts named by the issue: cases by specialty, monthly inspections, licensing on time, publication timeliness.</summary>
    public const string BySpecialty = "enforcement.cases.filed.by-specialty";

    public static readonly IReadOnlyList<(string FigureId, string Title)> MonthlyCharts =
    [
        ("inspections.visits", "每月检查户次"),
        ("licensing.decisions.on-time-rate", "每月行政许可按时办结率"),
        ("publicity.disclosures.on-time-rate", "每月执法决定按时公示率"),
    ];

    public async Task<DashboardView> HandleAsync(GetDashboard query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();

        // The cockpit is the head's and the supervisors' (the page's gate), enforced here so the API cannot bypass it.
        db.Actor.Require(Roles.BureauHead, Roles.Supervisor, Roles.SystemAdministrator);
        var today = ChinaClock.Today(clock);
        var org = query.OrganizationId is { } id ? await OrganizationScope.VisibleAsync(db, id, ct) : await OrganizationScope.ActorOrganizationAsync(db, ct);
        var subtree = await db.Organizations.Where(o => o.Path.StartsWith(org.Path)).Select(o => new { o.Id, o.ParentId, o.Name, o.Kind, o.Path }).ToListAsync(ct);

        // Every dashboard covers the unit's subtree: an upper level its bureaus, a bureau itself and its enforcement agency.
        var ids = subtree.Select(o => o.Id).ToList();
        var yearStart = new DateOnly(today.Year, 1, 1);
        var lastYearStart = yearStart.AddYears(-1);
        var lastYearToday = today.AddYears(-1);

        var keyFigures = KeyFigureIds.Select(FigureCatalogue.Find).OfType<Figure>().ToList();
        var thisYear = await ValuesAsync(keyFigures, new FigureScope(db, ids, yearStart, today), ct);
        var lastToDate = await ValuesAsync(keyFigures, new FigureScope(db, ids, lastYearStart, lastYearToday), ct);
        var lastYear = await ValuesAsync(keyFigures, new FigureScope(db, ids, lastYearStart, yearStart.AddDays(-1)), ct);
        var key = keyFigures.Select(f =>
        {
            var now = thisYear[f.Definition.Id].Value;
            var before = lastToDate[f.Definition.Id].Value;
            decimal? change = now is { } a && before is { } b && b != 0 ? Math.Round((a - b) / b, 4) : null;
            return new KeyFigure(f.Definition, now, before, lastYear[f.Definition.Id].Value, change);
        }).ToList();

        var charts = new List<DashboardChart>();
        if (FigureCatalogue.Find(BySpecialty) is { } specialty)
        {
            var value = await ComputeFiguresHandler.ValueAsync(specialty, new FigureScope(db, ids, yearStart, today), ct);
            var points = value.Breakdown.Where(g => g.Value > 0).OrderByDescending(g => g.Value)
                .Select(g => new ChartPoint(SpecialtyName(g.Group), g.Value, $"/Reports/Figures/Records?id={BySpecialty}&org={org.Id}&rollup=true&from={yearStart:yyyy-MM-dd}&to={today:yyyy-MM-dd}&group={Uri.EscapeDataString(g.Group)}"))
                .ToList();
            var series = new[] { new ChartSeries($"{today.Year}年", points) };
            charts.Add(new DashboardChart($"{today.Year}年分专业立案数", BySpecialty, specialty.Definition.Unit, SvgChart.Bars($"{today.Year}年分专业立案数", specialty.Definition.Unit, points), series));
        }

        foreach (var (figureId, title) in MonthlyCharts)
        {
            if (FigureCatalogue.Find(figureId) is not { } figure)
            {
                continue;
            }

            var unit = figure.Definition.Kind == FigureKind.Rate ? "%" : figure.Definition.Unit;
            var monthly = await MonthlyFigures.ComputeAsync(figure, new FigureScope(db, ids, lastYearStart, today), ct);
            var series = new[] { today.Year, today.Year - 1 }.Select(year => new ChartSeries($"{year}年", [.. Enumerable.Range(1, 12).Select(month =>
            {
                var from = new DateOnly(year, month, 1);
                var to = from.AddMonths(1).AddDays(-1);
                return from > today
                    ? new ChartPoint($"{month}月", null)
                    : new ChartPoint($"{month}月", monthly.GetValueOrDefault((year, month)), $"/Reports/Figures/Records?id={figureId}&org={org.Id}&rollup=true&from={from:yyyy-MM-dd}&to={(to < today ? to : today):yyyy-MM-dd}");
            })])).ToList();
            charts.Add(new DashboardChart(title, figureId, unit, SvgChart.Columns(title, unit, series), series));
        }

        // Counted in SQL per (organisation, rule): a province has hundreds of thousands of open clocks.
        var soon = today.AddDays(7);
        var clocks = await db.DeadlineClocks.IgnoreQueryFilters().AsNoTracking()
            .Where(d => ids.Contains(d.OrganizationId) && d.Status == DeadlineStatus.Open)
            .GroupBy(d => new { d.OrganizationId, d.RuleId })
            .Select(g => new ClockCount(g.Key.OrganizationId, g.Key.RuleId, g.Count(), g.Count(d => d.Due < today), g.Count(d => d.Due >= today && d.Due <= soon)))
            .ToListAsync(ct);
        var summary = clocks.GroupBy(c => ModuleOf(c.RuleId)).OrderBy(g => ModuleOrder(g.Key))
            .Select(g => new ClockSummary(g.Key, g.Sum(c => c.Open), g.Sum(c => c.Overdue), g.Sum(c => c.DueSoon)))
            .ToList();

        // One row per direct subordinate unit, its own subtree rolled up (a city's counties; a province's cities).
        var children = subtree.Where(o => o.ParentId == org.Id && o.Kind != OrganizationKind.EnforcementAgency).OrderBy(o => o.Path).ToList();
        var rows = new List<SubordinateRow>();
        foreach (var child in children)
        {
            // From the subtree's per-organisation values computed above: no query per subordinate (a province has 14 cities).
            var childIds = subtree.Where(o => o.Path.StartsWith(child.Path, StringComparison.Ordinal)).Select(o => o.Id).ToHashSet();
            var own = clocks.Where(c => childIds.Contains(c.OrganizationId)).ToList();
            rows.Add(new SubordinateRow(child.Id, child.Name, OrganizationKinds.ChineseName(child.Kind), own.Sum(c => c.Open), own.Sum(c => c.Overdue),
                [.. keyFigures.Select(f => FigureValues.Over(thisYear[f.Definition.Id], childIds))]));
        }

        return new DashboardView(org.Id, org.Name, today, summary, key, charts, rows);
    }

    private sealed record ClockCount(Guid OrganizationId, string RuleId, int Open, int Overdue, int DueSoon);

    private static async Task<Dictionary<string, FigureValue>> ValuesAsync(IReadOnlyList<Figure> figures, FigureScope scope, CancellationToken ct)
    {
        var values = new Dictionary<string, FigureValue>(StringComparer.Ordinal);
        foreach (var f in figures)
        {
            values[f.Definition.Id] = await ComputeFiguresHandler.ValueAsync(f, scope, ct);
        }

        return values;
    }

    private static string SpecialtyName(string group) =>
        Enum.TryParse<Registry.Entities.Specialty>(group, out var s) ? Registry.Entities.Specialties.ChineseName(s) : group;

    /// <summary>The module a clock belongs to, from its rule id (R-PEN-20 → 行政处罚).</summary>
    public static string ModuleOf(string ruleId)
    {
        var parts = (ruleId ?? "").Split('-');
        return parts.Length >= 2 ? parts[1] switch
        {
            "PEN" => "行政处罚",
            "LIC" => "行政许可",
            "INS" => "监督检查",
            "TRS" => "执法公示",
            "CRD" => "信用管理",
            "OFF" => "执法人员",
            "LIT" => "复议诉讼",
            "REC" => "执法记录",
            _ => "其他",
        } : "其他";
    }

    private static int ModuleOrder(string module) => Array.IndexOf(["行政许可", "监督检查", "行政处罚", "执法公示", "信用管理", "执法人员", "复议诉讼", "执法记录", "其他"], module);
}
