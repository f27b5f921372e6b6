using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Reports.Figures;

namespace Weijian.IntegrationTests.Reports;

/// <summary>
/// A database upgraded to migration ReportsDocumentsPortalIndexes holds cases and visits made before its figure columns
/// existed. The backfill run after that migration fills them from each record's own data, so the figures of an upgraded
/// database equal those of one whose records were made afterwards (nothing silently undercounted).
/// </summary>
public abstract class FigureColumnsBackfillTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private DateOnly Today => ChinaClock.Today(Server.Clock);

    [Fact]
    public async Task The_backfill_restores_every_figure_of_records_made_before_the_figure_columns()
    {
        FigureColumnsBackfill.IsNeeded(["20261207023732_ReportsDocumentsPortalIndexes"], ["20261122184043_Enforcement"]).ShouldBeTrue();
        FigureColumnsBackfill.IsNeeded(["20261207023732_ReportsDocumentsPortalIndexes"], []).ShouldBeFalse(); // a new database has no old records
        FigureColumnsBackfill.IsNeeded([], ["20261207023732_ReportsDocumentsPortalIndexes"]).ShouldBeFalse();

        var before = await FiguresAsync();

        // The columns as a database migrated from the previous release has them: empty for every existing record.
        await using (var scope = Server.ScopeAs(Actor.System("测试")))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            await db.Database.ExecuteSqlRawAsync("UPDATE penalty_cases SET heaviest_penalty_type = NULL, legal_review_approved_on = NULL");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM penalty_case_discussions");
            await db.Database.ExecuteSqlRawAsync("UPDATE inspections SET target_count = 0");
        }

        var emptied = await FiguresAsync();
        emptied.ShouldNotBe(before, "the figures read these columns, so emptying them must change some figure");

        await using (var scope = Server.ScopeAs(Actor.System("迁移")))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var (cases, inspections) = await FigureColumnsBackfill.RunAsync(db, TestContext.Current.CancellationToken);
            cases.ShouldBeGreaterThan(0);
            inspections.ShouldBeGreaterThan(0);
            (await FigureColumnsBackfill.RunAsync(db, TestContext.Current.CancellationToken)).ShouldBe((0, 0)); // idempotent
        }

        (await FiguresAsync()).ShouldBe(before);
    }

    /// <summary>Every figure of the city roll-up (both demo bureaus), this year and last, as "id=value" lines.</summary>
    private async Task<List<string>> FiguresAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System("测试"));
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var city = await db.Organizations.Where(o => o.Name == "永州市卫生健康委员会").Select(o => o.Path).SingleAsync();
        var subtree = await db.Organizations.Where(o => o.Path.StartsWith(city)).Select(o => o.Id).ToListAsync();
        var lines = new List<string>();
        foreach (var year in new[] { Today.Year - 1, Today.Year })
        {
            var period = new FigureScope(db, subtree, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            foreach (var figure in FigureCatalogue.All)
            {
                var f = await ComputeFiguresHandler.ValueAsync(figure, period, TestContext.Current.CancellationToken);
                lines.Add($"{year} {f.Id}={f.Value} ({f.Numerator}/{f.Denominator}) {string.Join(",", f.Breakdown.Select(b => $"{b.Group}:{b.Value}"))}");
            }
        }

        return lines;
    }
}

public sealed class FigureColumnsBackfillTests_Sqlite(SqliteServer server) : FigureColumnsBackfillTests<SqliteServer>(server);

public sealed class FigureColumnsBackfillTests_Postgres(PostgresServer server) : FigureColumnsBackfillTests<PostgresServer>(server);
