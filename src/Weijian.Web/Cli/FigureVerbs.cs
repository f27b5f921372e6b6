using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Reports.Figures;

namespace Weijian.Web.Cli;

/// <summary>
/// 统计指标 on the command line (issue #8): <c>weijian figures --org ORG --year YEAR [--from --to] [--rollup] [--json]</c> prints
/// every figure of the catalogue for the organisation (or its subtree) and period as a table or JSON;
/// <c>weijian figures catalogue --markdown</c> prints docs/figures.md. Exit 2 on bad input.
/// </summary>
public static class FigureVerbs
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(stdout);
        if (line.Positional.ElementAtOrDefault(1) == "catalogue")
        {
            if (line.Option("markdown") is null)
            {
                throw CommandLine.Usage("用法：weijian figures catalogue --markdown");
            }

            line.RejectUnknownOptions();
            await stdout.WriteAsync(FigureCatalogueMarkdown.Render());
            return WeijianCli.Ok;
        }

        if (line.Positional.Count > 1)
        {
            throw CommandLine.Usage("用法：weijian figures --org 区划代码或单位ID --year 年度 [--from --to] [--rollup] [--json]");
        }

        var orgRef = line.Option("org") ?? throw CommandLine.Usage("请用 --org 指定单位（行政区划代码或单位ID，weijian org list 查看）");
        var (from, to) = Period(line);
        var rollup = Flag(line, "rollup");
        var json = Flag(line, "json");
        var settings = WeijianCli.Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await WeijianCli.OpenAsync(settings, ct);
        Platform.Organizations.Organization org;
        await using (var lookup = app.Services.CreateAsyncScope())
        {
            lookup.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System();
            org = await ImportVerbs.ResolveOrganizationAsync(lookup.ServiceProvider.GetRequiredService<WeijianDb>(), orgRef, ct);
        }

        // The system actor reading for the organisation: it may see any organisation and its subtree (the operator's console).
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System($"命令行（{Environment.UserName}）") with { OrganizationId = org.Id };
        var set = await scope.ServiceProvider.GetRequiredService<ComputeFiguresHandler>()
            .HandleAsync(new ComputeFigures(org.Id, from, to, rollup), ct);
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(set, Json));
            return WeijianCli.Ok;
        }

        await stdout.WriteLineAsync($"{set.OrganizationName}{(rollup ? "（含下级汇总）" : "")} {set.From:yyyy-MM-dd}至{set.To:yyyy-MM-dd}");
        foreach (var f in set.Figures)
        {
            await stdout.WriteLineAsync($"{f.Id,-45} {Format(f),14} {f.Unit,-3} {f.Name}");
            foreach (var g in f.Breakdown)
            {
                await stdout.WriteLineAsync($"{"  · " + FigureGroups.Name(f.Id, g.Group),-45} {Format(f.Kind, g.Value),14}");
            }
        }

        return WeijianCli.Ok;
    }

    private static (DateOnly? From, DateOnly? To) Period(CommandLine line)
    {
        var year = line.Option("year");
        var from = line.Option("from");
        var to = line.Option("to");
        if (year is null && from is null && to is null)
        {
            throw CommandLine.Usage("请用 --year 指定年度，或用 --from 与 --to 指定统计期");
        }

        if (year is not null)
        {
            if (from is not null || to is not null)
            {
                throw CommandLine.Usage("--year 与 --from/--to 只能选一种");
            }

            return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100
                ? (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31))
                : throw CommandLine.Usage($"参数 --year 应为2000至2100之间的年度：{year}");
        }

        return (from is null ? null : line.DateOption("from", "开始日期"), to is null ? null : line.DateOption("to", "结束日期"));
    }

    private static bool Flag(CommandLine line, string name) => line.Option(name) switch
    {
        null => false,
        "true" => true,
        var other => throw CommandLine.Usage($"参数 --{name} 不带值：{other}"),
    };

    private static string Format(FigureValue f) => Format(f.Kind, f.Value);

    private static string Format(FigureKind kind, decimal? value) => value switch
    {
        null => "—",
        { } v when kind is FigureKind.Rate or FigureKind.AmountRate => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        { } v when kind == FigureKind.Amount => v.ToString("#,0.00", CultureInfo.InvariantCulture),
        { } v => v.ToString("0", CultureInfo.InvariantCulture),
    };
}
