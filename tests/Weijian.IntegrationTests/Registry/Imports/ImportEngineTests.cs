using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Spreadsheets;
using Weijian.Web.Cli;

namespace Weijian.IntegrationTests.Registry.Imports;

/// <summary>
/// The import engine through its handler, on both providers: batches (each row all-or-nothing), progress, the import
/// record, and idempotence (DESIGN principle 5).
/// </summary>
public abstract class ImportEngineTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task Rows_are_saved_in_batches_with_progress_and_the_import_is_recorded_with_its_counts_and_hash()
    {
        var (rows, invalid) = ImportFiles.MixedEntities(13, 23);
        var bytes = ImportFiles.Csv(ImportFiles.EntityHeaders, rows, new UTF8Encoding(false));
        var progress = new List<ImportProgress>();
        await using var scope = await ScopeAsAsync("lst.officer1", Roles.Officer);
        var handler = scope.ServiceProvider.GetRequiredService<ImportSpreadsheetHandler>();
        var rejected = new List<ImportRejection>();
        var result = await handler.HandleAsync(
            new ImportSpreadsheet("entities", "批次.csv", new MemoryStream(bytes), progress.Add, rejected.Add, BatchSize: 5),
            TestContext.Current.CancellationToken);

        result.Created.ShouldBe(23);
        result.Rejected.ShouldBe(invalid.Count);
        rejected.Select(r => r.RowNumber).Order().ShouldBe(invalid.Keys.Order());
        progress.Count.ShouldBe((rows.Count + 4) / 5);
        progress[^1].Processed.ShouldBe(rows.Count);
        progress[^1].Total.ShouldBe(rows.Count);
        progress.Select(p => p.Processed).ShouldBeInOrder();

        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var record = await db.Set<SpreadsheetImport>().AsNoTracking().SingleAsync(i => i.Id == result.Id, TestContext.Current.CancellationToken);
        record.Status.ShouldBe(SpreadsheetImportStatus.Completed);
        record.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        (record.Created, record.Rejected, record.TotalRows).ShouldBe((23, invalid.Count, rows.Count));
        record.ErrorWorkbook.ShouldNotBeNull();
        record.FinishedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_import_verb_prints_progress_each_rejected_row_and_the_counts_and_writes_the_error_workbook()
    {
        var (rows, invalid) = ImportFiles.MixedEntities(14, 6);
        var file = Path.Combine(Server.DataDirectory, "命令行导入.xlsx");
        await File.WriteAllBytesAsync(file, ImportFiles.Xlsx(ImportFiles.EntityHeaders, rows), TestContext.Current.CancellationToken);

        var (exit, output) = await RunImportAsync("entities", file, "--org", "431103");
        exit.ShouldBe(0);
        output.ShouldContain("新增 6");
        output.ShouldContain($"拒绝 {invalid.Count}");
        foreach (var row in invalid.Keys)
        {
            output.ShouldContain($"第 {row} 行：");
        }

        var errors = Path.Combine(Server.DataDirectory, "命令行导入-错误清单.xlsx");
        output.ShouldContain(errors);
        File.Exists(errors).ShouldBeTrue();

        // Again: everything valid is unchanged.
        (await RunImportAsync("entities", file, "--org", "431103")).Output.ShouldContain("未变 6");

        // A bad file is a rule violation (the CLI exits 2 with one line on stderr).
        var bad = Path.Combine(Server.DataDirectory, "bad.csv");
        await File.WriteAllTextAsync(bad, "电话\r\n123\r\n", TestContext.Current.CancellationToken);
        (await Should.ThrowAsync<DomainRuleException>(() => RunImportAsync("entities", bad, "--org", "431103"))).Code.ShouldBe("spreadsheet.header-mismatch");
    }

    private async Task<(int Exit, string Output)> RunImportAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var common = Server.Database.Provider == DatabaseProvider.Postgres
            ? new[] { "--data", Server.DataDirectory, "--db", Server.Database.ConnectionString }
            : new[] { "--data", Server.DataDirectory };
        var exit = await ImportVerbs.RunAsync(CommandLine.Parse(["import", .. args, .. common]), stdout, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString());
    }

    private async Task<AsyncServiceScope> ScopeAsAsync(string userName, string role)
    {
        await using var system = Server.ScopeAs(Actor.System());
        var user = await system.ServiceProvider.GetRequiredService<WeijianDb>().Users.SingleAsync(u => u.UserName == userName);
        return Server.ScopeAs(new Actor(user.Id, user.DisplayName, user.OrganizationId, new HashSet<string> { role }, false));
    }
}

public sealed class ImportEngineTests_Sqlite(SqliteServer server) : ImportEngineTests<SqliteServer>(server);

public sealed class ImportEngineTests_Postgres(PostgresServer server) : ImportEngineTests<PostgresServer>(server);
