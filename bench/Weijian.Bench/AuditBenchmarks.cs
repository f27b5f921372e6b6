using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Weijian.Platform.Audit;
using Weijian.Platform.Authorization;
using Weijian.Platform.Demo;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Web.Cli;
using Weijian.Web.Hosting;

namespace Weijian.Bench;

/// <summary>
/// Audit-chain throughput on PostgreSQL through the real handler path (issue #2):
/// <see cref="AppendThroughHandler"/> is one business action (an organisation correction) = one row update plus one
/// chained audit entry in one transaction; <see cref="VerifyAllChains"/> recomputes every chain, reported per entry.
/// The server is the throwaway PostgreSQL of <c>bench/run</c> (WEIJIAN_BENCH_PG).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private const int AppendsPerInvoke = 200;
    private const int VerifiedEntries = 20_000;

    private WebApplication _app = null!;
    private Actor _admin = null!;
    private Guid _bureau;
    private long _entries;
    private int _counter;

    [GlobalSetup]
    public async Task SetupAsync()
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

        var settings = DatabaseSettings.Resolve(Path.GetTempPath(), new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
        _app = WeijianWebApp.Build(new WebSettings(settings, "http://127.0.0.1:0", JsonLogs: false));
        await WeijianCli.MigrateAsync(_app.Services, default);
        await DemoData.EnsureAsync(_app.Services, "bench-pass-2026", default);

        await using var scope = Scope(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var admin = await db.Users.SingleAsync(u => u.UserName == "lst.admin");
        _bureau = admin.OrganizationId;
        _admin = new Actor(admin.Id, admin.DisplayName, admin.OrganizationId, new HashSet<string> { Roles.SystemAdministrator }, false);

        // Fill the chains so that verification has a realistic amount of work.
        while (await db.AuditEntries.LongCountAsync() < VerifiedEntries)
        {
            await AppendThroughHandler();
        }

        _entries = await db.AuditEntries.LongCountAsync();
        Console.WriteLine($"// audit entries before measuring: {_entries}");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _app.DisposeAsync();

    [Benchmark(OperationsPerInvoke = AppendsPerInvoke, Description = "append: UpdateOrganization + audit entry (per action)")]
    public async Task AppendThroughHandler()
    {
        for (var i = 0; i < AppendsPerInvoke; i++)
        {
            await using var scope = Scope(_admin);
            var handler = scope.ServiceProvider.GetRequiredService<UpdateOrganizationHandler>();
            var n = Interlocked.Increment(ref _counter);
            await handler.HandleAsync(new UpdateOrganization(_bureau, $"永州市冷水滩区卫生健康局{(n % 2 == 0 ? "" : "（更正）")}", "冷", "431103"), default);
        }
    }

    [Benchmark(Description = "verify: recompute every chain (whole database)")]
    public async Task<long> VerifyAllChains()
    {
        await using var scope = Scope(Actor.System());
        var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync(new VerifyAuditChains(), default);
        if (!result.Intact)
        {
            throw new InvalidOperationException("chain broken during benchmark");
        }

        return result.EntriesChecked;
    }

    private AsyncServiceScope Scope(Actor actor)
    {
        var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = actor;
        return scope;
    }
}
