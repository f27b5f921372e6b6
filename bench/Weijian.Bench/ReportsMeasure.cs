using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Weijian.Credit;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Inspections.Plans;
using Weijian.Inspections.Visits;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Commitments;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;
using Weijian.Reports.Figures;
using Weijian.Web.Cli;
using Weijian.Web.Hosting;

namespace Weijian.Bench;

/// <summary>
/// Issue #8 measurement (<c>bench/reports/run</c>, on the database <see cref="ReportsData"/> loaded): the figure catalogue for a
/// calendar year through the real <see cref="ComputeFiguresHandler"/> — 冷水滩区 as its bureau head (lst.head), the province
/// roll-up as the province supervisor (hn.supervisor), the 永州市 roll-up as the same — against the floor: ONE hand-written
/// SQL statement (<see cref="FloorSql"/>) that scans each source table once, with a <c>FILTER</c> aggregate per figure,
/// grouped as the figures need, for the same organisations and period. Before timing, the floor's values are CHECKED equal
/// to the handler's for every figure (value, numerator, denominator, breakdown and per-organisation values); a mismatch
/// prints and the verb exits 1. Then one warm-up and N repetitions of each, interleaved; median, p95 and min in ms.
/// usage: <c>reports-measure CONNECTION-STRING [--year YYYY] [--repetitions N]</c>. Timings are printed, never asserted.
/// </summary>
public static class ReportsMeasure
{
    private const string Penalised = $"decided_on BETWEEN @f AND @t AND outcome IN ('{nameof(CaseOutcome.Penalty)}', '{nameof(CaseOutcome.SummaryPenalty)}')";
    private const string AvCases = "received_on BETWEEN @f AND @t AND av_required_count > 0";
    private const string RandomDue = $"covers_random AND status = '{nameof(InspectionStatus.Completed)}' AND publish_due IS NOT NULL AND completed_on BETWEEN @f AND @t";
    private const string Decided = $"status IN ('{nameof(ApplicationStatus.Granted)}', '{nameof(ApplicationStatus.Refused)}')";
    private const string Due = $"kind <> '{nameof(DisclosureKind.InspectionResult)}' AND NOT (published_on IS NULL AND withdrawn_on IS NOT NULL)";

    /// <summary>
    /// The floor: every figure of the catalogue in one statement. Each CTE scans one source table once for the organisations
    /// (<c>@o</c>) and aggregates all that table's figures with <c>FILTER</c>; the final SELECT unpivots them into the cells the
    /// handler groups by (figure, organisation, breakdown group) → record count and amount. Rates give their numerator and
    /// denominator cells under the ids of their two parts. penalty_cases is read a second and third time only as the join
    /// partner of penalty_case_discussions and case_file_evaluations (the figures count those rows, and only those of the
    /// scope's cases).
    /// </summary>
    public const string FloorSql = $"""
        WITH pc AS (
          SELECT organization_id AS o, specialty AS sp, heaviest_penalty_type AS ht, GROUPING(specialty, heaviest_penalty_type) AS g,
            count(*) FILTER (WHERE filed_on BETWEEN @f AND @t) AS filed,
            count(*) FILTER (WHERE {Penalised}) AS pen,
            sum(decided_fine) FILTER (WHERE {Penalised}) AS fines,
            sum(decided_confiscation) FILTER (WHERE {Penalised}) AS conf,
            count(*) FILTER (WHERE {Penalised} AND outcome = '{nameof(CaseOutcome.SummaryPenalty)}') AS summ,
            count(*) FILTER (WHERE decided_on BETWEEN @f AND @t AND outcome = '{nameof(CaseOutcome.NoPenalty)}') AS nopen,
            count(*) FILTER (WHERE transferred_on BETWEEN @f AND @t) AS transfers,
            count(*) FILTER (WHERE hearing_held_on BETWEEN @f AND @t AND hearing_party_attended) AS hearings,
            count(*) FILTER (WHERE legal_review_approved_on BETWEEN @f AND @t) AS reviews,
            count(*) FILTER (WHERE {AvCases}) AS av,
            sum(av_attached_count) FILTER (WHERE {AvCases}) AS av_att,
            sum(av_required_count) FILTER (WHERE {AvCases}) AS av_req
          FROM penalty_cases WHERE organization_id = ANY(@o)
          GROUP BY GROUPING SETS ((organization_id), (organization_id, specialty), (organization_id, heaviest_penalty_type))),
        pd AS (
          SELECT c.organization_id AS o, count(*) AS n FROM penalty_case_discussions d JOIN penalty_cases c ON c.id = d.case_id
          WHERE c.organization_id = ANY(@o) AND d.held_on BETWEEN @f AND @t GROUP BY 1),
        ev AS (
          SELECT e.organization_id AS o, count(*) AS n, count(*) FILTER (WHERE e.excellent) AS x
          FROM case_file_evaluations e JOIN penalty_cases c ON c.id = e.case_id AND c.organization_id = ANY(@o)
          WHERE e.organization_id = ANY(@o) AND e.reviewed_on BETWEEN @f AND @t GROUP BY 1),
        tk AS (
          SELECT id, organization_id, level FROM inspection_tasks
          WHERE organization_id = ANY(@o) AND kind = '{nameof(InspectionKind.Random)}' AND year BETWEEN @y1 AND @y2),
        tks AS (SELECT organization_id AS o, count(*) AS n, count(*) FILTER (WHERE level = '{nameof(PlanLevel.National)}') AS nat FROM tk GROUP BY 1),
        tg AS (
          SELECT x.organization_id AS o, count(*) AS n, count(*) FILTER (WHERE x.status = '{nameof(TargetStatus.Inspected)}') AS done
          FROM inspection_targets x JOIN tk ON tk.id = x.task_id WHERE x.organization_id = ANY(@o) GROUP BY 1),
        iv AS (
          SELECT organization_id AS o, to_char(planned_on, 'YYYY-MM') AS m,
            count(*) FILTER (WHERE planned_on BETWEEN @f AND @t) AS visits,
            count(*) FILTER (WHERE planned_on BETWEEN @f AND @t AND target_count > 1) AS merged_n,
            sum(target_count - 1) FILTER (WHERE planned_on BETWEEN @f AND @t AND target_count > 1) AS merged,
            count(*) FILTER (WHERE {RandomDue}) AS to_publish,
            count(*) FILTER (WHERE {RandomDue} AND published_on IS NOT NULL) AS published
          FROM inspections WHERE organization_id = ANY(@o) GROUP BY 1, 2),
        la AS (
          SELECT organization_id AS o, item_name AS item, count(*) AS received,
            count(*) FILTER (WHERE accepted_on IS NOT NULL) AS accepted,
            count(*) FILTER (WHERE status = '{nameof(ApplicationStatus.NotAccepted)}') AS not_accepted,
            count(*) FILTER (WHERE status = '{nameof(ApplicationStatus.Granted)}') AS granted,
            count(*) FILTER (WHERE status = '{nameof(ApplicationStatus.Refused)}') AS refused,
            count(*) FILTER (WHERE status = '{nameof(ApplicationStatus.Granted)}' AND decided_on IS NOT DISTINCT FROM accepted_on) AS on_the_spot,
            count(*) FILTER (WHERE status = '{nameof(ApplicationStatus.Granted)}' AND granted_on_commitment) AS commitment,
            count(*) FILTER (WHERE {Decided}) AS decided,
            count(*) FILTER (WHERE {Decided} AND decided_on <= legal_due_on) AS on_time,
            count(*) FILTER (WHERE hearing_on IS NOT NULL) AS hearings
          FROM licence_applications WHERE organization_id = ANY(@o) AND received_on BETWEEN @f AND @t GROUP BY 1, 2),
        li AS (
          SELECT organization_id AS o, count(*) AS n FROM licenses
          WHERE organization_id = ANY(@o) AND status = '{nameof(LicenseStatus.Revoked)}' AND status_changed_on BETWEEN @f AND @t GROUP BY 1),
        cv AS (
          SELECT organization_id AS o, count(*) AS n, count(*) FILTER (WHERE status = '{nameof(CommitmentVerificationStatus.FalseCommitment)}') AS false_
          FROM commitment_verifications WHERE organization_id = ANY(@o) AND issued_on BETWEEN @f AND @t GROUP BY 1),
        ed AS (
          SELECT organization_id AS o, kind AS k,
            count(*) FILTER (WHERE {Due} AND published_on IS NOT NULL) AS published,
            count(*) FILTER (WHERE {Due} AND published_on <= due) AS on_time,
            count(*) FILTER (WHERE {Due}) AS due_,
            count(*) FILTER (WHERE published_on IS NOT NULL AND withdrawn_on IS NOT NULL) AS withdrawn
          FROM enforcement_disclosures WHERE organization_id = ANY(@o) AND decided_on BETWEEN @f AND @t GROUP BY 1, 2),
        vr AS (
          SELECT organization_id AS o, count(*) AS n FROM visit_confirmations
          WHERE organization_id = ANY(@o) AND confirmed_on BETWEEN @f AND @t AND satisfaction IS NOT NULL GROUP BY 1),
        vk AS (SELECT organization_id AS o, count(*) AS n FROM visit_complaints WHERE organization_id = ANY(@o) AND received_on BETWEEN @f AND @t GROUP BY 1),
        cr AS (
          SELECT organization_id AS o, source AS src,
            count(*) FILTER (WHERE decided_on BETWEEN @f AND @t) AS created,
            count(*) FILTER (WHERE status = '{nameof(CreditRecordStatus.Repaired)}' AND ended_on BETWEEN @f AND @t) AS repaired
          FROM credit_records WHERE organization_id = ANY(@o) GROUP BY 1, 2),
        oc AS (
          SELECT organization_id AS o, count(*) AS n FROM officers
          WHERE organization_id = ANY(@o) AND credential_number IS NOT NULL AND valid_from <= @t AND (valid_until IS NULL OR valid_until >= @t)
            AND CASE WHEN status = '{nameof(OfficerStatus.Active)}' THEN status_changed_on IS NULL OR status_changed_on <= @t ELSE status_changed_on > @t END
          GROUP BY 1),
        re AS (
          SELECT organization_id AS o, specialty AS sp, count(*) AS n FROM regulated_entities
          WHERE organization_id = ANY(@o) AND created_at < @end
            AND CASE WHEN status = '{nameof(EntityStatus.Operating)}' THEN status_changed_on IS NULL OR status_changed_on <= @t ELSE status_changed_on > @t END
          GROUP BY 1, 2)
        SELECT v.fid, pc.o, v.grp, v.n, v.amt FROM pc CROSS JOIN LATERAL (VALUES
            (1, 'enforcement.cases.filed', pc.sp, pc.filed, 0::numeric),
            (1, 'enforcement.cases.filed.by-specialty', pc.sp, pc.filed, 0),
            (1, 'enforcement.decisions.penalty', pc.sp, pc.pen, 0),
            (3, 'enforcement.decisions.penalty.summary', NULL, pc.summ, 0),
            (2, 'enforcement.decisions.penalty.by-type', pc.ht, pc.pen, 0),
            (3, 'enforcement.decisions.no-penalty', NULL, pc.nopen, 0),
            (1, 'enforcement.fines.total', pc.sp, pc.pen, coalesce(pc.fines, 0)),
            (3, 'enforcement.confiscations.total', NULL, pc.pen, coalesce(pc.conf, 0)),
            (3, 'enforcement.transfers', NULL, pc.transfers, 0),
            (3, 'enforcement.hearings.held', NULL, pc.hearings, 0),
            (3, 'enforcement.legal-reviews', NULL, pc.reviews, 0),
            (3, 'enforcement.av-recording.attached', NULL, pc.av, coalesce(pc.av_att, 0)),
            (3, 'enforcement.av-recording.required', NULL, pc.av, coalesce(pc.av_req, 0))) AS v(g, fid, grp, n, amt) WHERE v.g = pc.g AND v.n > 0
        UNION ALL SELECT 'enforcement.collective-discussions', o, NULL, n, 0 FROM pd
        UNION ALL SELECT v.fid, ev.o, NULL, v.n, 0 FROM ev CROSS JOIN LATERAL (VALUES
            ('enforcement.case-files.evaluated', ev.n), ('enforcement.case-files.excellent', ev.x)) AS v(fid, n) WHERE v.n > 0
        UNION ALL SELECT v.fid, tks.o, NULL, v.n, 0 FROM tks CROSS JOIN LATERAL (VALUES
            ('inspections.random.tasks', tks.n), ('inspections.random.tasks.national', tks.nat)) AS v(fid, n) WHERE v.n > 0
        UNION ALL SELECT v.fid, tg.o, NULL, v.n, 0 FROM tg CROSS JOIN LATERAL (VALUES
            ('inspections.random.targets', tg.n), ('inspections.random.completed', tg.done),
            ('inspections.random.targets.n', tg.n), ('inspections.random.completed.n', tg.done)) AS v(fid, n) WHERE v.n > 0
        UNION ALL SELECT v.fid, iv.o, iv.m, v.n, v.amt FROM iv CROSS JOIN LATERAL (VALUES
            ('inspections.visits', iv.visits, 0::numeric), ('inspections.visits.by-month', iv.visits, 0),
            ('inspections.visits.merged', iv.merged_n, coalesce(iv.merged, 0)),
            ('inspections.random.to-publish', iv.to_publish, 0), ('inspections.random.published', iv.published, 0)) AS v(fid, n, amt) WHERE v.n > 0
        UNION ALL SELECT v.fid, la.o, la.item, v.n, 0 FROM la CROSS JOIN LATERAL (VALUES
            ('licensing.applications.received', la.received), ('licensing.applications.accepted', la.accepted),
            ('licensing.applications.not-accepted', la.not_accepted), ('licensing.applications.granted', la.granted),
            ('licensing.applications.refused', la.refused), ('licensing.applications.on-the-spot', la.on_the_spot),
            ('licensing.applications.commitment', la.commitment), ('licensing.decisions.decided', la.decided),
            ('licensing.decisions.on-time', la.on_time), ('licensing.hearings', la.hearings)) AS v(fid, n) WHERE v.n > 0
        UNION ALL SELECT 'licensing.licences.revoked', o, NULL, n, 0 FROM li
        UNION ALL SELECT v.fid, cv.o, NULL, v.n, 0 FROM cv CROSS JOIN LATERAL (VALUES
            ('licensing.commitment.verifications', cv.n), ('licensing.commitment.false', cv.false_)) AS v(fid, n) WHERE v.n > 0
        UNION ALL SELECT v.fid, ed.o, ed.k, v.n, 0 FROM ed CROSS JOIN LATERAL (VALUES
            ('publicity.disclosures.published', ed.published), ('publicity.disclosures.on-time', ed.on_time),
            ('publicity.disclosures.due', ed.due_), ('publicity.disclosures.withdrawn', ed.withdrawn)) AS v(fid, n) WHERE v.n > 0
        UNION ALL SELECT 'publicity.visit-ratings', o, NULL, n, 0 FROM vr
        UNION ALL SELECT 'publicity.visit-complaints', o, NULL, n, 0 FROM vk
        UNION ALL SELECT v.fid, cr.o, cr.src, v.n, 0 FROM cr CROSS JOIN LATERAL (VALUES
            ('credit.records.created', cr.created), ('credit.repairs.approved', cr.repaired)) AS v(fid, n) WHERE v.n > 0
        UNION ALL SELECT 'registry.officers.credentialed', o, NULL, n, 0 FROM oc
        UNION ALL SELECT 'registry.entities.active', o, sp, n, 0 FROM re
        """;

    private sealed record Cell(Guid OrganizationId, string? Group, long Count, decimal Amount);

    private sealed record Subject(string Name, Actor Actor, Guid OrganizationId, bool Rollup, Guid[] Organizations);

    public static async Task<int> RunAsync(string connectionString, int? year, int repetitions)
    {
        var settings = DatabaseSettings.Resolve(Path.Combine(Path.GetTempPath(), "weijian-bench-reports"), connectionString);
        await using var app = WeijianWebApp.Build(new WebSettings(settings, "http://127.0.0.1:0", JsonLogs: false));
        await WeijianCli.MigrateAsync(app.Services, default);
        var y = year ?? ChinaClock.Today(TimeProvider.System).Year;
        var from = new DateOnly(y, 1, 1);
        var to = new DateOnly(y, 12, 31);
        Subject county, province, city;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("基准测试");
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var orgs = await db.Organizations.IgnoreQueryFilters().AsNoTracking().ToListAsync();
            Guid[] Subtree(Organization o) => [.. orgs.Where(x => x.Path.StartsWith(o.Path, StringComparison.Ordinal)).Select(x => x.Id)];
            var lst = orgs.Single(o => o.RegionCode == "431103" && o.Kind == OrganizationKind.CountyBureau);
            var hn = orgs.Single(o => o.Kind == OrganizationKind.Province);
            var yz = orgs.Single(o => o.RegionCode == "431100" && o.Kind == OrganizationKind.City);
            var head = await ActorAsync(db, "lst.head");
            var supervisor = await ActorAsync(db, "hn.supervisor");
            county = new("county 冷水滩区", head, lst.Id, false, [lst.Id]);
            province = new($"province roll-up ({Subtree(hn).Length} orgs)", supervisor, hn.Id, true, Subtree(hn));
            city = new($"city roll-up 永州市 ({Subtree(yz).Length} orgs)", supervisor, yz.Id, true, Subtree(yz));
        }

        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        Console.WriteLine($"figures: {FigureCatalogue.All.Count} (all of the catalogue), period {from:yyyy-MM-dd}..{to:yyyy-MM-dd}");

        // The floor is honest only if it computes the same numbers: check every figure before timing anything.
        var mismatches = 0;
        foreach (var s in new[] { county, city, province })
        {
            var set = await ComputeAsync(app.Services, s, from, to);
            var floor = await FloorAsync(conn, s.Organizations, from, to);
            var m = Compare(set, floor);
            mismatches += m;
            Console.WriteLine($"check {s.Name}: {(m == 0 ? $"all {set.Figures.Count} figures equal the floor's" : $"{m} figures differ")}; "
                + $"e.g. 立案数 {set["enforcement.cases.filed"]?.Value}, 许可申请 {set["licensing.applications.received"]?.Value}, 监督检查户次 {set["inspections.visits"]?.Value}");
        }

        if (mismatches > 0)
        {
            return 1;
        }

        var runs = new (string Name, Func<Task> Run)[]
        {
            (county.Name, () => ComputeAsync(app.Services, county, from, to)),
            (city.Name, () => ComputeAsync(app.Services, city, from, to)),
            (province.Name, () => ComputeAsync(app.Services, province, from, to)),
            ("floor county", () => FloorAsync(conn, county.Organizations, from, to)),
            ("floor city", () => FloorAsync(conn, city.Organizations, from, to)),
            ("floor province", () => FloorAsync(conn, province.Organizations, from, to)),
        };
        var times = runs.Select(_ => new List<double>()).ToArray();
        foreach (var (_, run) in runs)
        {
            await run();
        }

        Console.WriteLine($"load before timing: {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var i = 0; i < repetitions; i++)
        {
            for (var r = 0; r < runs.Length; r++)
            {
                var started = Stopwatch.GetTimestamp();
                await runs[r].Run();
                times[r].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        Console.WriteLine($"load after timing: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"{repetitions} repetitions after one warm-up, ms:");
        Console.WriteLine($"  {"",-34} {"median",9} {"p95",9} {"min",9}");
        var medians = new double[runs.Length];
        for (var r = 0; r < runs.Length; r++)
        {
            var sorted = times[r].Order().ToList();
            medians[r] = Percentile(sorted, 0.5);
            Console.WriteLine($"  {runs[r].Name,-34} {medians[r],9:0.0} {Percentile(sorted, 0.95),9:0.0} {sorted[0],9:0.0}");
        }

        Console.WriteLine($"county report: median {medians[0]:0} ms (target < 1 000 ms): {(medians[0] < 1000 ? "met" : "NOT met")}");
        Console.WriteLine($"city roll-up ÷ floor: {medians[1] / medians[4]:0.00}×");
        Console.WriteLine($"province roll-up ÷ floor: {medians[2] / medians[5]:0.00}× (target < 2×): {(medians[2] < 2 * medians[5] ? "met" : "NOT met")}");
        Console.WriteLine($"county ÷ floor county: {medians[0] / medians[3]:0.00}×");
        await SlowestAsync(app.Services, county, from, to);
        await SlowestAsync(app.Services, province, from, to);
        return 0;
    }

    /// <summary>Where the time goes: each figure computed alone (its own SQL, without the handler's family batching; median of 3), the slowest first.</summary>
    private static async Task SlowestAsync(IServiceProvider services, Subject s, DateOnly from, DateOnly to)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = s.Actor;
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var (_, figureScope) = await FigurePeriod.ResolveAsync(db, TimeProvider.System, s.OrganizationId, from, to, s.Rollup, default);
        var times = new List<(string Id, double Ms)>();
        foreach (var figure in FigureCatalogue.All)
        {
            var runs = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await ComputeFiguresHandler.ValueAsync(figure, figureScope, default);
                runs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            times.Add((figure.Definition.Id, runs.Order().ElementAt(1)));
        }

        Console.WriteLine($"each figure alone (ValueAsync, one query per figure or rate part, no family), {s.Name}: sum {times.Sum(t => t.Ms):0} ms; slowest: "
            + string.Join(", ", times.OrderByDescending(t => t.Ms).Take(10).Select(t => $"{t.Id} {t.Ms:0.0}")));
    }

    /// <summary>Nearest-rank percentile (with 10 repetitions p95 is the maximum).</summary>
    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task<Actor> ActorAsync(WeijianDb db, string userName)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
        return new Actor(user.Id, user.DisplayName, user.OrganizationId, roles.ToHashSet(StringComparer.Ordinal), false);
    }

    /// <summary>A request's work: a scope with the actor, the handler, all figures.</summary>
    private static async Task<FigureSet> ComputeAsync(IServiceProvider services, Subject s, DateOnly from, DateOnly to)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = s.Actor;
        return await scope.ServiceProvider.GetRequiredService<ComputeFiguresHandler>()
            .HandleAsync(new ComputeFigures(s.OrganizationId, from, to, s.Rollup), default);
    }

    private static async Task<Dictionary<string, List<Cell>>> FloorAsync(NpgsqlConnection conn, Guid[] organizations, DateOnly from, DateOnly to)
    {
        await using var cmd = new NpgsqlCommand(FloorSql, conn);
        cmd.Parameters.Add(new NpgsqlParameter("o", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = organizations });
        cmd.Parameters.Add(new NpgsqlParameter("f", NpgsqlDbType.Date) { Value = from });
        cmd.Parameters.Add(new NpgsqlParameter("t", NpgsqlDbType.Date) { Value = to });
        // A task belongs to its year (InspectionFigures.RandomTasks); the registers count what was registered by the end of
        // the last day in China time (RegistryFigures).
        cmd.Parameters.Add(new NpgsqlParameter("y1", NpgsqlDbType.Integer) { Value = from.Month == 1 && from.Day == 1 ? from.Year : from.Year + 1 });
        cmd.Parameters.Add(new NpgsqlParameter("y2", NpgsqlDbType.Integer) { Value = to.Year });
        cmd.Parameters.Add(new NpgsqlParameter("end", NpgsqlDbType.TimestampTz)
        {
            Value = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime(),
        });
        var cells = new Dictionary<string, List<Cell>>(StringComparer.Ordinal);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetString(0);
            if (!cells.TryGetValue(id, out var list))
            {
                cells[id] = list = [];
            }

            list.Add(new(reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3), reader.GetDecimal(4)));
        }

        return cells;
    }

    /// <summary>The handler's value arithmetic (<see cref="ComputeFiguresHandler.ValueAsync"/>) over the floor's cells.</summary>
    private static FigureValue Value(Figure figure, Dictionary<string, List<Cell>> floor)
    {
        var d = figure.Definition;
        List<Cell> Of(Figure f) => floor.GetValueOrDefault(f.Definition.Id) ?? [];
        if (figure is RateFigure rate)
        {
            var byAmount = d.Kind == FigureKind.AmountRate;
            var num = Of(rate.Numerator);
            var den = Of(rate.Denominator);
            static decimal? Ratio(decimal n, decimal q) => q == 0 ? null : Math.Round(n / q, 4);
            decimal Count(IEnumerable<Cell> cells) => byAmount ? cells.Sum(c => c.Amount) : cells.Sum(c => c.Count);
            return new FigureValue(
                d.Id, d.Name, d.Kind, d.Unit, Ratio(Count(num), Count(den)), Count(num), Count(den),
                d.BreakdownName is null ? [] : [.. den.GroupBy(c => c.Group ?? "").OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new FigureGroupValue(g.Key, Ratio(Count(num.Where(n => (n.Group ?? "") == g.Key)), Count(g))))],
                [.. den.GroupBy(c => c.OrganizationId).Select(g => new FigureOrganizationValue(g.Key, Ratio(Count(num.Where(n => n.OrganizationId == g.Key)), Count(g))))]);
        }

        var amount = d.Kind == FigureKind.Amount;
        var cells = Of(figure);
        decimal Sum(IEnumerable<Cell> c) => amount ? c.Sum(x => x.Amount) : c.Sum(x => x.Count);
        return new FigureValue(
            d.Id, d.Name, d.Kind, d.Unit, Sum(cells), null, null,
            d.BreakdownName is null ? [] : [.. cells.GroupBy(c => c.Group ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FigureGroupValue(g.Key, Sum(g)))],
            [.. cells.GroupBy(c => c.OrganizationId).Select(g => new FigureOrganizationValue(g.Key, Sum(g)))]);
    }

    private static int Compare(FigureSet set, Dictionary<string, List<Cell>> floor)
    {
        var mismatches = 0;
        foreach (var figure in FigureCatalogue.All)
        {
            var expected = Value(figure, floor);
            var actual = set[figure.Definition.Id];
            static string Text(FigureValue? v) => v is null ? "(absent)" : string.Create(
                CultureInfo.InvariantCulture,
                $"{v.Value} ({v.Numerator}/{v.Denominator}) [{string.Join(", ", v.Breakdown.Select(b => $"{b.Group}={b.Value}"))}] "
                + $"{{{string.Join(", ", v.ByOrganization.OrderBy(o => o.OrganizationId).Select(o => $"{o.OrganizationId.ToString()[..8]}={o.Value}"))}}}");
            if (Text(actual) != Text(expected))
            {
                mismatches++;
                Console.WriteLine($"  MISMATCH {figure.Definition.Id}: handler {Text(actual)}");
                Console.WriteLine($"  {"",-9} {"",-1}{new string(' ', figure.Definition.Id.Length)}  floor   {Text(expected)}");
            }
        }

        return mismatches;
    }
}
