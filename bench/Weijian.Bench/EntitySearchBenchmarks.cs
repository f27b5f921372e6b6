using System.Data.Common;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Weijian.Enforcement.Discretion;
using Weijian.Platform.Authorization;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Registry.Provisions;
using Weijian.Web.Cli;
using Weijian.Web.Hosting;

namespace Weijian.Bench;

/// <summary>
/// Issue #3: filtered search of the entity register at 1 000 000 entities in ONE county bureau (冷水滩区), on SQLite and on
/// PostgreSQL (WEIJIAN_BENCH_PG, started by bench/run). Each benchmark is one screen query through
/// <see cref="ListEntitiesHandler"/> in a fresh DI scope acting as the bureau's officer (page of 20 plus the total count,
/// as the list page and <c>/api/v1/entities</c> do).
/// <para>
/// Setup: migrate, load the demo, then bulk-insert the remaining entities with raw SQL (PostgreSQL binary COPY; SQLite
/// one transaction with a prepared INSERT), not through the import engine. Rows come from <see cref="EntityDemo.Details"/>
/// (all 11 specialties and their sub-types, Chinese names, valid credit codes / ID numbers unique in the bureau, risk
/// tiers, hygiene grades of public places) with registration times spread over 2012–2026, 7 % suspended or closed, and
/// 20 % of region codes from the other 永州 districts. Secondary indexes are dropped during the load and rebuilt from
/// their own definitions (the migration's), then <c>ANALYZE</c> (PostgreSQL: <c>VACUUM ANALYZE</c>).
/// </para>
/// <para>
/// BenchmarkDotNet runs every case in its own process, so the populated database is cached, keyed by
/// <see cref="DataVersion"/>: SQLite in <c>$TMPDIR/weijian-bench-search-v{N}</c> (kept between runs; delete it to
/// rebuild), PostgreSQL as database <c>wj_search_v{N}</c> on the bench server (bench/run's server is thrown away after
/// the run). Set <c>WEIJIAN_BENCH_EXPLAIN=1</c> to print each query's plan in the setup.
/// </para>
/// Run with <c>bench/run --filter '*EntitySearch*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class EntitySearchBenchmarks
{
    public const int Entities = 1_000_000;

    /// <summary>Bump when the generated rows or the schema change: a cached database of another version is not used.</summary>
    public const int DataVersion = 2;

    private const string BureauName = "永州市冷水滩区卫生健康局";
    private const string BureauPrefix = "lst";
    private const string ReadyMarker = "weijian-bench-search-ready";

    /// <summary>The other districts and counties of 永州 (GB/T 2260), for the 20 % of entities registered elsewhere.</summary>
    private static readonly string[] OtherRegions = ["431102", "431122", "431123", "431124", "431125", "431126", "431127", "431128", "431129", "431181"];

    private static readonly string[] Columns =
    [
        "id", "organization_id", "party_kind", "name", "credit_code", "legal_representative", "address", "region_code", "specialty",
        "sub_type", "business_scale", "risk_tier", "credit_grade", "hygiene_grade", "contact_person", "contact_phone", "notes", "status",
        "status_changed_on", "status_reason", "created_at", "updated_at",
    ];

    private static readonly DateTimeOffset FirstRegistered = new(2012, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastRegistered = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private WebApplication _app = null!;
    private Actor _officer = null!;

    /// <summary>Both providers; <c>WEIJIAN_BENCH_PROVIDERS=sqlite</c> (or postgres) runs one.</summary>
    public static IEnumerable<string> Providers() =>
        Environment.GetEnvironmentVariable("WEIJIAN_BENCH_PROVIDERS") is { Length: > 0 } only
            ? only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : ["sqlite", "postgres"];

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var settings = Provider == "postgres" ? await PostgresDatabaseAsync() : await SqliteDatabaseAsync();
        _app = Build(settings);
        await MigrateAsync(_app, settings);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("基准测试");
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var bureau = await db.Organizations.AsNoTracking().Where(o => o.Name == BureauName).Select(o => o.Id).SingleAsync();
            var officer = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == BureauPrefix + ".officer1");
            _officer = new Actor(officer.Id, officer.DisplayName, bureau, new HashSet<string> { Roles.Officer }, false);
        }

        var total = (await ListAsync(new ListEntities(PageSize: 1))).Total;
        Console.WriteLine($"// {Provider}: {total} entities in {BureauName}");
        if (total != Entities)
        {
            throw new InvalidOperationException($"expected {Entities} entities, found {total}");
        }

        if (Environment.GetEnvironmentVariable("WEIJIAN_BENCH_EXPLAIN") is { Length: > 0 })
        {
            await ExplainAsync();
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _app.DisposeAsync();

    [Benchmark(Description = "first page, newest first (no filter)")]
    public Task<Paged<RegulatedEntityView>> FirstPage() => ListAsync(Queries.FirstPage);

    [Benchmark(Description = "count only (no filter)")]
    public async Task<int> CountOnly()
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<ListEntitiesHandler>().Filter(Queries.FirstPage).CountAsync();
    }

    [Benchmark(Description = "name contains 康 (1 char)")]
    public Task<Paged<RegulatedEntityView>> NameOneChar() => ListAsync(Queries.NameOneChar);

    [Benchmark(Description = "name contains 康宁宾馆 (4 chars)")]
    public Task<Paged<RegulatedEntityView>> NameFourChars() => ListAsync(Queries.NameFourChars);

    [Benchmark(Description = "specialty 公共场所 + sub-type 理发店")]
    public Task<Paged<RegulatedEntityView>> SpecialtySubType() => ListAsync(Queries.SpecialtySubType);

    [Benchmark(Description = "region 431103 + 高风险")]
    public Task<Paged<RegulatedEntityView>> RegionRisk() => ListAsync(Queries.RegionRisk);

    [Benchmark(Description = "hygiene grade C")]
    public Task<Paged<RegulatedEntityView>> HygieneGradeC() => ListAsync(Queries.HygieneGradeC);

    [Benchmark(Description = "credit code prefix 9143110312")]
    public Task<Paged<RegulatedEntityView>> CreditCodePrefix() => ListAsync(Queries.CreditCodePrefix);

    [Benchmark(Description = "page 500, newest first (no filter)")]
    public Task<Paged<RegulatedEntityView>> DeepPage() => ListAsync(Queries.DeepPage);

    private static class Queries
    {
        public static readonly ListEntities FirstPage = new();
        public static readonly ListEntities NameOneChar = new(Name: "康");
        public static readonly ListEntities NameFourChars = new(Name: "康宁宾馆");
        public static readonly ListEntities SpecialtySubType = new(Specialty: "公共场所", SubType: "理发店");
        public static readonly ListEntities RegionRisk = new(RegionCode: "431103", RiskTier: "高风险");
        public static readonly ListEntities HygieneGradeC = new(HygieneGrade: "C");
        public static readonly ListEntities CreditCodePrefix = new(CreditCode: "9143110312");
        public static readonly ListEntities DeepPage = new(Page: 500);

        public static readonly (string Name, ListEntities Query)[] All =
        [
            (nameof(FirstPage), FirstPage), (nameof(NameOneChar), NameOneChar), (nameof(NameFourChars), NameFourChars),
            (nameof(SpecialtySubType), SpecialtySubType), (nameof(RegionRisk), RegionRisk), (nameof(HygieneGradeC), HygieneGradeC),
            (nameof(CreditCodePrefix), CreditCodePrefix), (nameof(DeepPage), DeepPage),
        ];
    }

    private AsyncServiceScope Scope()
    {
        var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = _officer;
        return scope;
    }

    private async Task<Paged<RegulatedEntityView>> ListAsync(ListEntities query)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<ListEntitiesHandler>().HandleAsync(query, default);
    }

    /// <summary>Prints the plan of each query's page and of its count (EXPLAIN ANALYZE / EXPLAIN QUERY PLAN).</summary>
    private async Task ExplainAsync()
    {
        foreach (var (name, query) in Queries.All)
        {
            await using var scope = Scope();
            var handler = scope.ServiceProvider.GetRequiredService<ListEntitiesHandler>();
            var filtered = handler.Filter(query);
            var size = query.PageSize ?? 20;
            var page = ListEntitiesHandler.Order(filtered, query.Sort).Skip(((query.Page ?? 1) - 1) * size).Take(size);
            await using var pageCommand = page.CreateDbCommand();
            await using var countCommand = filtered.CreateDbCommand();
            countCommand.CommandText = "SELECT count(*) FROM (" + countCommand.CommandText + ") AS t";
            foreach (var (part, command) in new[] { ("page", pageCommand), ("count", countCommand) })
            {
                Console.WriteLine($"// plan {Provider} {name} {part}:");
                command.CommandText = (Provider == "postgres" ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + command.CommandText;
                if (command.Connection!.State != System.Data.ConnectionState.Open)
                {
                    await command.Connection.OpenAsync();
                }

                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    Console.WriteLine("//   " + reader.GetValue(reader.FieldCount - 1));
                }
            }
        }
    }

    private static WebApplication Build(DatabaseSettings settings) =>
        WeijianWebApp.Build(new WebSettings(settings, "http://127.0.0.1:0", JsonLogs: false));

    /// <summary>
    /// <see cref="WeijianCli.MigrateAsync"/>; when EF refuses because the model has changes no migration holds yet (on
    /// this commit: the Inspections model skeleton, whose migration is being written on another branch), the committed
    /// migrations are applied with that check off and the reference data loaded as the CLI does. The entity register
    /// comes from the committed Registry migration either way.
    /// </summary>
    private static async Task MigrateAsync(WebApplication app, DatabaseSettings settings)
    {
        try
        {
            await WeijianCli.MigrateAsync(app.Services, default);
            return;
        }
        catch (InvalidOperationException e) when (e.Message.Contains(nameof(RelationalEventId.PendingModelChangesWarning), StringComparison.Ordinal))
        {
            Console.WriteLine("// the model has changes without a migration; applying the committed migrations");
        }

        await using var scope = app.Services.CreateAsyncScope();
        var actor = scope.ServiceProvider.GetRequiredService<CurrentActor>();
        actor.Value = Actor.System("迁移");
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresWeijianDb>().UseNpgsql(settings.ConnectionString)
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options;
            await using var db = new PostgresWeijianDb(options, actor, clock);
            await db.Database.MigrateAsync();
        }
        else
        {
            var options = new DbContextOptionsBuilder<SqliteWeijianDb>().UseSqlite(settings.ConnectionString)
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options;
            await using var db = new SqliteWeijianDb(options, actor, clock);
            await db.Database.MigrateAsync();
        }

        await ProvisionLoader.EnsureLoadedAsync(app.Services, default);
        await DiscretionSampleLoader.EnsureLoadedAsync(app.Services, default);
    }

    private static async Task<DatabaseSettings> SqliteDatabaseAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"weijian-bench-search-v{DataVersion}");
        var marker = Path.Combine(directory, ReadyMarker);
        var settings = DatabaseSettings.Resolve(directory, null);
        if (File.Exists(marker))
        {
            return settings;
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        await PopulateAsync(settings);
        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(marker, DataVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return settings;
    }

    private static async Task<DatabaseSettings> PostgresDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable("WEIJIAN_BENCH_PG")
            ?? throw new InvalidOperationException("WEIJIAN_BENCH_PG is not set; run bench/run");
        var database = $"wj_search_v{DataVersion}";
        var directory = Path.Combine(Path.GetTempPath(), "weijian-bench-search-pg");
        Directory.CreateDirectory(directory);
        var settings = DatabaseSettings.Resolve(directory, new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
        await using (var conn = new NpgsqlConnection(server))
        {
            await conn.OpenAsync();
            await using var check = new NpgsqlCommand("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = @name", conn);
            check.Parameters.AddWithValue("name", database);
            var found = await check.ExecuteScalarAsync();
            if (found is string comment && comment == ReadyMarker)
            {
                return settings;
            }

            if (found is not null)
            {
                await Execute(conn, $"DROP DATABASE {database} WITH (FORCE)");
            }

            await Execute(conn, $"CREATE DATABASE {database}");
        }

        await PopulateAsync(settings);
        NpgsqlConnection.ClearAllPools();
        await using (var conn = new NpgsqlConnection(server))
        {
            await conn.OpenAsync();
            await Execute(conn, $"COMMENT ON DATABASE {database} IS '{ReadyMarker}'");
        }

        return settings;
    }

    private static async Task PopulateAsync(DatabaseSettings settings)
    {
        var started = TimeProvider.System.GetTimestamp();
        DemoBureau bureau;
        int existing;
        await using (var app = Build(settings))
        {
            await MigrateAsync(app, settings);
            await DemoData.EnsureAsync(app.Services, "bench-pass-2026", default);
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("基准测试");
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var org = await db.Organizations.AsNoTracking().SingleAsync(o => o.Name == BureauName);
            bureau = new DemoBureau(org.Id, org.Name, BureauPrefix, org.RegionCode);
            existing = await db.Set<RegulatedEntity>().IgnoreQueryFilters().CountAsync(e => e.OrganizationId == org.Id);
        }

        Console.WriteLine($"// demo loaded in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F0} s; inserting {Entities - existing} entities");
        var rows = Rows(bureau, existing);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            await CopyPostgresAsync(settings.ConnectionString, rows);
        }
        else
        {
            InsertSqlite(settings.ConnectionString, rows);
        }

        Console.WriteLine($"// populated in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F0} s");
    }

    private sealed record Row(
        Guid Id,
        Guid OrganizationId,
        ValidEntityDetails Details,
        string RegionCode,
        EntityStatus Status,
        DateOnly? StatusChangedOn,
        string? StatusReason,
        DateTimeOffset CreatedAt);

    /// <summary>The demo's entity numbers <paramref name="from"/>…<see cref="Entities"/>−1 of the bureau (the demo loaded the first ones).</summary>
    private static IEnumerable<Row> Rows(DemoBureau bureau, int from)
    {
        var district = EntityDemo.District(bureau);
        var span = (LastRegistered - FirstRegistered).Ticks;
        for (var i = from; i < Entities; i++)
        {
            var details = EntityDemo.Details(bureau, district, i).Validate();
            var mix = Mix((uint)i);
            var region = mix % 100 < 80 ? bureau.RegionCode : OtherRegions[(mix / 100) % OtherRegions.Length];
            var statusSlot = (mix / 10_000) % 100;
            var status = statusSlot < 93 ? EntityStatus.Operating : statusSlot < 97 ? EntityStatus.Suspended : EntityStatus.Closed;
            var created = FirstRegistered.AddTicks(span / Entities * i).AddSeconds(mix % 3_600);
            DateOnly? changedOn = null;
            string? reason = null;
            if (status != EntityStatus.Operating)
            {
                var on = created.AddDays(30 + (mix % 2_000));
                changedOn = DateOnly.FromDateTime((on > LastRegistered ? LastRegistered : on).UtcDateTime);
                reason = status == EntityStatus.Closed ? "经营者申请注销营业执照" : "店面装修，暂停营业";
            }

            yield return new Row(Guid.CreateVersion7(created), bureau.OrganizationId, details, region, status, changedOn, reason, created);
        }
    }

    /// <summary>A fixed integer hash (no PRNG): the same data on every run.</summary>
    private static uint Mix(uint x)
    {
        unchecked
        {
            x ^= x >> 16;
            x *= 0x7feb352d;
            x ^= x >> 15;
            x *= 0x846ca68b;
            x ^= x >> 16;
            return x;
        }
    }

    private static object?[] Values(Row r)
    {
        var d = r.Details;
        return
        [
            r.Id, r.OrganizationId, d.PartyKind.ToString(), d.Name, d.CreditCode, d.LegalRepresentative, d.Address, r.RegionCode,
            d.Specialty.ToString(), d.SubType, d.BusinessScale?.ToString(), d.RiskTier?.ToString(), d.CreditGrade, d.HygieneGrade?.ToString(),
            d.ContactPerson, d.ContactPhone, d.Notes, r.Status.ToString(), r.StatusChangedOn, r.StatusReason, r.CreatedAt, r.CreatedAt,
        ];
    }

    private static async Task CopyPostgresAsync(string connectionString, IEnumerable<Row> rows)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await Execute(conn, "SET maintenance_work_mem = '512MB'");
        var indexes = new List<(string Name, string Definition)>();
        await using (var list = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'regulated_entities' AND indexname <> 'pk_regulated_entities'", conn))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            await Execute(conn, $"DROP INDEX \"{name}\"");
        }

        NpgsqlDbType[] types =
        [
            NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar,
            NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar,
            NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar,
            NpgsqlDbType.Date, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz,
        ];
        await using (var writer = await conn.BeginBinaryImportAsync($"COPY regulated_entities ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync();
                var values = Values(row);
                for (var c = 0; c < values.Length; c++)
                {
                    if (values[c] is null)
                    {
                        await writer.WriteNullAsync();
                    }
                    else
                    {
                        await writer.WriteAsync(values[c], types[c]);
                    }
                }
            }

            await writer.CompleteAsync();
        }

        foreach (var (_, definition) in indexes)
        {
            await Execute(conn, definition);
        }

        await Execute(conn, "VACUUM ANALYZE");
    }

    private static void InsertSqlite(string connectionString, IEnumerable<Row> rows)
    {
        using var conn = new SqliteConnection(connectionString);
        conn.Open();
        Execute(conn, "PRAGMA cache_size = -262144");
        var indexes = new List<(string Name, string Definition)>();
        using (var list = conn.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'regulated_entities' AND sql IS NOT NULL";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Execute(conn, $"DROP INDEX \"{name}\"");
        }

        using (var transaction = conn.BeginTransaction())
        using (var insert = conn.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO regulated_entities ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, c) => "$p" + c))})";
            var parameters = Columns.Select((_, c) => insert.Parameters.Add(new SqliteParameter("$p" + c, null))).ToArray();
            insert.Prepare();
            foreach (var row in rows)
            {
                var values = Values(row);
                for (var c = 0; c < values.Length; c++)
                {
                    // As EF stores them on SQLite: GUIDs as upper-case text, DateOnly as yyyy-MM-dd, DateTimeOffset as UTC ticks.
                    parameters[c].Value = values[c] switch
                    {
                        null => DBNull.Value,
                        Guid g => g.ToString().ToUpperInvariant(),
                        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        DateTimeOffset t => t.UtcTicks,
                        var v => v,
                    };
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        foreach (var (_, definition) in indexes)
        {
            Execute(conn, definition);
        }

        Execute(conn, "ANALYZE");
    }

    private static async Task Execute(NpgsqlConnection conn, string sql)
    {
        await using var command = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static void Execute(SqliteConnection conn, string sql)
    {
        using DbCommand command = conn.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
