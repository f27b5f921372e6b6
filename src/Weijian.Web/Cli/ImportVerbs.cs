using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Spreadsheets;

namespace Weijian.Web.Cli;

/// <summary>
/// <c>weijian import entities|officers FILE [--org 区划代码或单位ID]</c>: imports a spreadsheet into an organisation's register,
/// printing a progress line every 10 000 rows, each rejected row (row number and reason) and the final counts; the
/// rejected rows are also written to an error workbook next to the file, whose path is printed. Exit code 0 when the file
/// was processed (even with rejected rows), 2 for a bad file or bad usage.
/// Wired in <see cref="WeijianCli"/> as <c>"import" => await ImportVerbs.RunAsync(line, stdout, ct)</c>.
/// </summary>
public static class ImportVerbs
{
    public const string Help = "  weijian import entities|officers FILE [--org 区划代码或单位ID]   导入监管对象/执法人员（.xlsx 或 .csv）";

    public const int ProgressEvery = 10_000;

    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(stdout);
        var kindName = line.Positional.ElementAtOrDefault(1);
        var kind = SpreadsheetImportKinds.Find(kindName)
            ?? throw CommandLine.Usage($"用法：weijian import {string.Join("|", SpreadsheetImportKinds.All.Select(k => k.Kind))} FILE [--org 区划代码或单位ID]");
        var path = line.Positional.ElementAtOrDefault(2) ?? throw CommandLine.Usage("缺少要导入的文件：weijian import " + kind.Kind + " FILE");
        if (!File.Exists(path))
        {
            throw new DomainRuleException("cli.file-not-found", $"找不到文件：{path}");
        }

        var orgRef = line.Option("org");
        var settings = WeijianCli.Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await WeijianCli.OpenAsync(settings, ct);

        Organization org;
        await using (var lookup = app.Services.CreateAsyncScope())
        {
            lookup.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System();
            org = await ResolveOrganizationAsync(lookup.ServiceProvider.GetRequiredService<WeijianDb>(), orgRef, ct);
        }

        await using var scope = app.Services.CreateAsyncScope();
        // The system actor acting for one organisation: its records go there and its audit chain records the import.
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System($"命令行导入（{Environment.UserName}）") with { OrganizationId = org.Id };
        var handler = scope.ServiceProvider.GetRequiredService<ImportSpreadsheetHandler>();

        await stdout.WriteLineAsync($"导入{kind.Title}：{Path.GetFileName(path)} → {org.Name}");
        var nextReport = ProgressEvery;
        await using var file = File.OpenRead(path);
        var result = await handler.HandleAsync(
            new ImportSpreadsheet(
                kind.Kind,
                Path.GetFileName(path),
                file,
                Progress: p =>
                {
                    if (p.Processed >= nextReport)
                    {
                        nextReport = (p.Processed / ProgressEvery + 1) * ProgressEvery;
                        var total = p.Total is { } t ? $"/{t}" : "";
                        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"已处理 {p.Processed}{total} 行（新增 {p.Created}，更新 {p.Updated}，未变 {p.Unchanged}，拒绝 {p.Rejected}；{p.RowsPerSecond:0} 行/秒）"));
                    }
                },
                OnRejected: r => stdout.WriteLine($"第 {r.RowNumber} 行：{r.Reason}")),
            ct);

        await stdout.WriteLineAsync(
            $"完成：共 {result.TotalRows} 行，新增 {result.Created}，更新 {result.Updated}，未变 {result.Unchanged}，拒绝 {result.Rejected}" +
            (result.RowsPerSecond is { } rate ? string.Create(CultureInfo.InvariantCulture, $"（{rate:0} 行/秒）") : ""));
        if (result.SameFileImportedAt is { } before)
        {
            await stdout.WriteLineAsync($"说明：同一文件已于 {TimeZoneInfo.ConvertTime(before, Platform.Calendar.ChinaClock.TimeZone):yyyy-MM-dd HH:mm} 导入过，内容相同的记录未作修改。");
        }

        if (result.Rejected > 0)
        {
            await using var errorScope = app.Services.CreateAsyncScope();
            errorScope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System() with { OrganizationId = org.Id };
            var workbook = await errorScope.ServiceProvider.GetRequiredService<GetImportErrorWorkbookHandler>().HandleAsync(new GetImportErrorWorkbook(result.Id), ct);
            var errorPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $"{Path.GetFileNameWithoutExtension(path)}-错误清单.xlsx");
            await File.WriteAllBytesAsync(errorPath, workbook.Content, ct);
            await stdout.WriteLineAsync($"错误清单：{errorPath}");
        }

        return WeijianCli.Ok;
    }

    internal static async Task<Organization> ResolveOrganizationAsync(WeijianDb db, string? orgRef, CancellationToken ct)
    {
        List<Organization> orgs;
        if (orgRef is null)
        {
            orgs = await db.Organizations.Where(o => o.Kind == OrganizationKind.CountyBureau && o.IsActive).ToListAsync(ct);
            return orgs.Count == 1
                ? orgs[0]
                : throw CommandLine.Usage("请用 --org 指定导入到哪个单位（行政区划代码或单位ID，weijian org list 查看）");
        }

        orgs = Guid.TryParse(orgRef, out var id)
            ? await db.Organizations.Where(o => o.Id == id).ToListAsync(ct)
            : await db.Organizations.Where(o => o.RegionCode == orgRef && o.Kind != OrganizationKind.EnforcementAgency).ToListAsync(ct);
        return orgs.Count switch
        {
            1 => orgs[0],
            0 => throw DomainRuleException.NotFound("organization.not-found", $"找不到单位：{orgRef}（weijian org list 查看单位ID）"),
            _ => throw CommandLine.Usage($"区划代码 {orgRef} 对应多个单位，请改用单位ID（weijian org list）"),
        };
    }
}
