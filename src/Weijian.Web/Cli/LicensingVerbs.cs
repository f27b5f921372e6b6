using Weijian.Licensing.Licenses;
using Weijian.Platform.Authorization;

namespace Weijian.Web.Cli;

/// <summary>
/// <c>weijian licensing remind [--org 单位ID]</c>: runs the license register sweep once (R-LIC-8) — expiry reminders
/// to holders and window clerks, 已过期 for licenses past their validity — and prints the counts. Idempotent, so it can
/// be run by cron beside the server's daily timer. Exit 0 when done, 2 on bad usage.
/// </summary>
public static class LicensingVerbs
{
    public const string Help = "  weijian licensing remind [--org 单位ID]   许可证到期提醒与过期处理（可重复执行，R-LIC-8）";

    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(stdout);
        if (line.Positional.ElementAtOrDefault(1) != "remind")
        {
            throw CommandLine.Usage("用法：weijian licensing remind [--org 单位ID]");
        }

        Guid? orgId = null;
        if (line.Option("org") is { } org)
        {
            orgId = Guid.TryParse(org, out var id) ? id : throw CommandLine.Usage($"--org 应为单位ID：{org}");
        }

        var settings = WeijianCli.Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await WeijianCli.OpenAsync(settings, ct);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System($"命令行（{Environment.UserName}）");
        var result = await scope.ServiceProvider.GetRequiredService<RemindExpiringLicensesHandler>().HandleAsync(new RemindExpiringLicenses(orgId), ct);
        await stdout.WriteLineAsync($"{result.On:yyyy-MM-dd} 许可证到期提醒 {result.Reminded} 件，到期未延续标记为已过期 {result.Expired} 件");
        return WeijianCli.Ok;
    }
}
