using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Weijian.Platform.Authorization;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Web.Cli;
using Weijian.Web.Hosting;

namespace Weijian.IntegrationTests.Infrastructure;

/// <summary>
/// A real Weijian server on a loopback port with its own fresh database (a temporary SQLite file, or a new
/// PostgreSQL database on the server named by <c>WEIJIAN_TEST_PG</c>), migrated and loaded with the demo.
/// One per test class; tests talk to it over real HTTP and run CLI verbs against the same database.
/// </summary>
public abstract class ServerFixture : IAsyncLifetime
{
    public const string Password = "demo-pass-2026";

    private WebApplication? _app;
    private string? _pgDatabase;

    protected abstract DatabaseProvider Provider { get; }

    public string? UnavailableReason { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public DatabaseSettings Database { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>The server's clock: real time plus an offset a test may move forward (legal periods run for days).</summary>
    public ShiftableClock Clock { get; } = new();

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "weijian-tests", Guid.NewGuid().ToString("N"));

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        if (Provider == DatabaseProvider.Postgres)
        {
            var server = Environment.GetEnvironmentVariable("WEIJIAN_TEST_PG");
            if (string.IsNullOrEmpty(server))
            {
                UnavailableReason = "WEIJIAN_TEST_PG is not set (scripts/test starts a throwaway PostgreSQL and sets it)";
                return;
            }

            _pgDatabase = "wj_" + Guid.NewGuid().ToString("N")[..12];
            await using (var conn = new NpgsqlConnection(server))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand($"CREATE DATABASE {_pgDatabase}", conn);
                await cmd.ExecuteNonQueryAsync();
            }

            Database = DatabaseSettings.Resolve(DataDirectory, new NpgsqlConnectionStringBuilder(server) { Database = _pgDatabase }.ConnectionString);
        }
        else
        {
            Database = DatabaseSettings.Resolve(DataDirectory, null);
        }

        _app = WeijianWebApp.Build(new WebSettings(Database, "http://127.0.0.1:0", JsonLogs: false, Clock: Clock, PublicCacheSeconds: 0));
        await WeijianCli.MigrateAsync(_app.Services, CancellationToken.None);
        await DemoData.EnsureAsync(_app.Services, Password, CancellationToken.None);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("WEIJIAN_TEST_PG"));
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        GC.SuppressFinalize(this);
    }

    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress };

    /// <summary>An HTTP client carrying a bearer token obtained through <c>POST /api/v1/auth/token</c>.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password = Password)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>Runs a <c>weijian</c> verb in-process against this fixture's database.</summary>
    public async Task<CliResult> RunCliAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var common = Provider == DatabaseProvider.Postgres
            ? new[] { "--data", DataDirectory, "--db", Database.ConnectionString }
            : new[] { "--data", DataDirectory };
        var exit = await new WeijianCli(stdout, stderr).RunAsync([.. args, .. common]);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A scope acting as the given user (or the system), for arranging records through handlers.</summary>
    public AsyncServiceScope ScopeAs(Actor actor)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = actor;
        return scope;
    }

    private sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt);
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>System time plus <see cref="Offset"/>: lets a test act "ten working days later" against a real server.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}

public sealed class SqliteServer : ServerFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresServer : ServerFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// Base of every provider-parameterised test class: each test runs once per provider through a derived class.
/// Without a PostgreSQL server the PostgreSQL variants are skipped, unless <c>WEIJIAN_TEST_REQUIRE_PG=1</c>
/// (set by scripts/test), in which case they fail.
/// </summary>
public abstract class ServerTests<TServer>(TServer server) : IClassFixture<TServer>
    where TServer : ServerFixture
{
    protected TServer Server
    {
        get
        {
            if (server.UnavailableReason is { } reason)
            {
                if (Environment.GetEnvironmentVariable("WEIJIAN_TEST_REQUIRE_PG") == "1")
                {
                    throw new InvalidOperationException("PostgreSQL is required but unavailable: " + reason);
                }

                Assert.Skip(reason);
            }

            return server;
        }
    }
}
