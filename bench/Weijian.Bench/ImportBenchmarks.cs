using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Weijian.Platform.Authorization;
using Weijian.Platform.Demo;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Spreadsheets;
using Weijian.Registry.Entities;
using Weijian.Web.Cli;
using Weijian.Web.Hosting;

namespace Weijian.Bench;

/// <summary>
/// Issue #3: import of 100 000 regulated entities from one .xlsx through the real engine (streaming read, validation,
/// 500-row batches, one audit entry per entity) on SQLite and on PostgreSQL (WEIJIAN_BENCH_PG, started by bench/run).
/// <see cref="ImportNewEntities"/> imports the file into a fresh county bureau (all rows created);
/// <see cref="ReimportSameFile"/> imports it again into the same bureau (all rows unchanged, nothing written).
/// Run with <c>bench/run --filter '*ImportBenchmarks*'</c> (both providers; the PostgreSQL case needs WEIJIAN_BENCH_PG).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    public const int Rows = 100_000;

    private WebApplication _app = null!;
    private string _file = null!;
    private string _directory = null!;
    private Guid _bureau;
    private int _counter;

    [Params("sqlite", "postgres")]
    public string Provider { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), "weijian-bench-import-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_directory);
        DatabaseSettings settings;
        if (Provider == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("WEIJIAN_BENCH_PG")
                ?? throw new InvalidOperationException("WEIJIAN_BENCH_PG is not set; run bench/run");
            var database = "wj_bench_" + Guid.NewGuid().ToString("N")[..8];
            await using (var conn = new NpgsqlConnection(server))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {database}", conn);
                await cmd.ExecuteNonQueryAsync();
            }

            settings = DatabaseSettings.Resolve(_directory, new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
        }
        else
        {
            settings = DatabaseSettings.Resolve(_directory, null);
        }

        _app = WeijianWebApp.Build(new WebSettings(settings, "http://127.0.0.1:0", JsonLogs: false));
        await WeijianCli.MigrateAsync(_app.Services, default);
        await DemoData.EnsureAsync(_app.Services, "bench-pass-2026", default);

        _file = Path.Combine(_directory, "entities-100k.xlsx");
        WriteEntityWorkbook(_file, Rows);
        Console.WriteLine($"// {Provider}: {Rows} rows, {new FileInfo(_file).Length / 1024} KB");
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [IterationSetup(Target = nameof(ImportNewEntities))]
    public void NewBureau() => _bureau = CreateBureauAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "import 100 000 entities (.xlsx, all new)")]
    public async Task<SpreadsheetImportView> ImportNewEntities() => await ImportAsync(_bureau);

    [Benchmark(Description = "re-import the same 100 000 rows (all unchanged)")]
    public async Task<SpreadsheetImportView> ReimportSameFile()
    {
        if (_bureau == Guid.Empty)
        {
            _bureau = await CreateBureauAsync();
            await ImportAsync(_bureau);
        }

        return await ImportAsync(_bureau);
    }

    private async Task<SpreadsheetImportView> ImportAsync(Guid bureau)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("基准测试") with { OrganizationId = bureau };
        await using var file = File.OpenRead(_file);
        var result = await scope.ServiceProvider.GetRequiredService<ImportSpreadsheetHandler>()
            .HandleAsync(new ImportSpreadsheet("entities", Path.GetFileName(_file), file), default);
        if (result.Rejected > 0 || result.TotalRows != Rows)
        {
            throw new InvalidOperationException($"unexpected result: {result.TotalRows} rows, {result.Rejected} rejected");
        }

        Console.WriteLine($"// {Provider}: created {result.Created}, unchanged {result.Unchanged}, {result.RowsPerSecond} rows/s");
        return result;
    }

    private async Task<Guid> CreateBureauAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("基准测试");
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var city = await db.Organizations.Where(o => o.Kind == OrganizationKind.City).Select(o => o.Id).FirstAsync();
        var n = Interlocked.Increment(ref _counter);
        var bureau = await scope.ServiceProvider.GetRequiredService<CreateOrganizationHandler>()
            .HandleAsync(new CreateOrganization(city, nameof(OrganizationKind.CountyBureau), $"基准测试区{n}卫生健康局", "基", "431199"), default);
        return bureau.Id;
    }

    /// <summary>Realistic rows across the specialties, every credit code valid (GB 32100-2015) and distinct.</summary>
    public static void WriteEntityWorkbook(string path, int rows)
    {
        string[] headers =
        [
            EntityImportKind.NameHeader, EntityImportKind.CreditCodeHeader, EntityImportKind.LegalRepresentativeHeader, EntityImportKind.AddressHeader,
            EntityImportKind.RegionCodeHeader, EntityImportKind.SpecialtyHeader, EntityImportKind.SubTypeHeader, EntityImportKind.RiskTierHeader,
            EntityImportKind.ContactPhoneHeader,
        ];
        (string Specialty, string SubType)[] kinds = [("公共场所", "宾馆"), ("公共场所", "理发店"), ("生活饮用水", "集中式供水"), ("学校卫生", "中学"), ("医疗卫生", "诊所")];
        var valid = kinds.Where(k => Specialties.Parse(k.Specialty) is { } s && Specialties.FindSubType(s, k.SubType) is not null).ToArray();
        using var output = File.Create(path);
        using var writer = new XlsxStreamWriter(output, ["监管对象"]);
        writer.BeginSheet(headers.Select(_ => 16d).ToList());
        writer.Row(headers.Select(h => ((object?)h, XlsxStyle.Header)).ToList());
        for (var i = 0; i < rows; i++)
        {
            var (specialty, subType) = valid[i % valid.Length];
            writer.Row(
            [
                ($"基准测试单位{i:D6}", XlsxStyle.Text),
                (CreditCode.Complete($"91431199M{i:D8}"), XlsxStyle.Text),
                ("张三", XlsxStyle.Text),
                ($"冷水滩区测试路{i % 999 + 1}号", XlsxStyle.Text),
                ("431103", XlsxStyle.Text),
                (specialty, XlsxStyle.Text),
                (subType, XlsxStyle.Text),
                ("低风险", XlsxStyle.Text),
                ("0746-8221234", XlsxStyle.Text),
            ]);
        }
    }
}
