using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Applications;
using Weijian.Platform.Audit;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Users;
using Weijian.Web.Hosting;

namespace Weijian.Web.Cli;

/// <summary>
/// The <c>weijian</c> program's verbs. Exit codes: 0 success, 1 a check failed (or the system failed),
/// 2 bad usage or a rule violation — always with a one-line message on stderr, never a stack trace.
/// </summary>
public sealed class WeijianCli(TextWriter stdout, TextWriter stderr)
{
    public const int Ok = 0;
    public const int CheckFailed = 1;
    public const int BadUsage = 2;

    private const string HelpText = """
        weijian — 卫健法治平台 (rule-of-law administration platform for health bureaus)

        用法 / usage:
          weijian demo                        建库并加载演示数据，在 http://127.0.0.1:5080 提供服务
          weijian serve                       迁移数据库并提供服务
          weijian migrate                     只迁移数据库
          weijian org add --name 名称 --short 简称 --region 行政区划代码 [--parent 上级单位ID --kind City|CountyBureau|EnforcementAgency]
          weijian org list
          weijian user add --org 单位ID或区划代码 --user 用户名 --name 姓名 --roles 角色1,角色2 [--password 密码]
          weijian audit verify                校验全部审计链（完好 0，被篡改 1）
          weijian disclosures sweep           公示期满的执法决定下线（R-TRS-5；每日自动执行）
          weijian checkpoints record [--day 2026-12-05]   记录某日（默认昨日）各单位审计链检查点（每日自动执行）
          weijian opendata build              重新生成各区县局的开放数据（检查结果与行政处罚，每日自动执行）
          weijian draw verify FILE            复核一次双随机抽取记录（JSON，docs/draw-protocol.md；一致 0，不一致 1，格式错误 2；不需要数据库）
          weijian calendar due --from 2026-03-02 --count 20 --unit working|calendar|months [--rule R-LIC-4]
          weijian calendar import FILE        导入某年度国务院办公厅放假安排（JSON）
          weijian import entities|officers FILE [--org 区划代码或单位ID]   导入监管对象/执法人员（.xlsx 或 .csv）
          weijian licensing remind [--org 单位ID]   许可证到期提醒与过期处理（可重复执行，R-LIC-8）
          weijian officers codes --org 区划代码或单位ID   为尚无执法亮码的持证执法人员发放亮码
          weijian licensing sweep             标记逾期未一次性告知的视为受理（R-LIC-2）和届满未决定的视为准予延续（R-LIC-8）
          weijian credit sweep                停止最长公示期已届满的信用记录的公示（可重复执行）
          weijian figures --org 区划代码或单位ID --year 2026 [--from --to] [--rollup] [--json]   统计指标（表格或JSON）
          weijian figures catalogue --markdown   输出指标目录（docs/figures.md）
          weijian report annual --org 区划代码或单位ID --year 年度 --out 文件.docx   法治政府建设年度报告（定稿文书或当前草稿）
          weijian report statistics --org 区划代码或单位ID --year 年度 [--rollup] --out 文件.xlsx   行政执法统计年报

        通用参数 / common options:
          --data DIR        SQLite 数据库与文件目录（默认 ./data）
          --db CONNSTRING   PostgreSQL 连接串（也可用环境变量 WEIJIAN_DB）
          --urls URLS       监听地址（demo 默认 http://127.0.0.1:5080）
          --log json        以 JSON 输出结构化日志
        """;

    public async Task<int> RunAsync(string[] args, CancellationToken ct = default)
    {
        var line = CommandLine.Parse(args);
        var verb = string.Join(' ', line.Positional.Take(2));
        try
        {
            if (line.Help || line.Positional.Count == 0)
            {
                await stdout.WriteLineAsync(HelpText);
                return line.Help ? Ok : BadUsage;
            }

            return line.Positional[0] switch
            {
                "demo" => await ServeAsync(line, demo: true, ct),
                "serve" => await ServeAsync(line, demo: false, ct),
                "migrate" => await MigrateOnlyAsync(line, ct),
                "org" when line.Positional.ElementAtOrDefault(1) == "add" => await OrgAddAsync(line, ct),
                "org" when line.Positional.ElementAtOrDefault(1) == "list" => await OrgListAsync(line, ct),
                "user" when line.Positional.ElementAtOrDefault(1) == "add" => await UserAddAsync(line, ct),
                "audit" when line.Positional.ElementAtOrDefault(1) == "verify" => await AuditVerifyAsync(line, ct),
                "disclosures" when line.Positional.ElementAtOrDefault(1) == "sweep" => await DisclosuresSweepAsync(line, ct),
                "checkpoints" when line.Positional.ElementAtOrDefault(1) == "record" => await CheckpointsRecordAsync(line, ct),
                "opendata" when line.Positional.ElementAtOrDefault(1) == "build" => await OpenDataBuildAsync(line, ct),
                "draw" when line.Positional.ElementAtOrDefault(1) == "verify" => await DrawVerifyAsync(line, ct),
                "calendar" when line.Positional.ElementAtOrDefault(1) == "due" => await CalendarDueAsync(line, ct),
                "calendar" when line.Positional.ElementAtOrDefault(1) == "import" => await CalendarImportAsync(line, ct),
                "import" => await ImportVerbs.RunAsync(line, stdout, ct),
                "licensing" when line.Positional.ElementAtOrDefault(1) == "sweep" => await LicensingSweepAsync(line, ct),
                "licensing" => await LicensingVerbs.RunAsync(line, stdout, ct),
                "officers" => await OfficerVerbs.RunAsync(line, stdout, ct),
                "report" => await ReportVerbs.RunAsync(line, stdout, ct),
                "credit" when line.Positional.ElementAtOrDefault(1) == "sweep" => await CreditSweepAsync(line, ct),
                "figures" => await FigureVerbs.RunAsync(line, stdout, ct),
                _ => throw CommandLine.Usage($"未知命令：{verb}（weijian --help 查看用法）"),
            };
        }
        catch (DomainRuleException e)
        {
            await stderr.WriteLineAsync($"错误 [{e.Code}]：{e.Message}");
            return BadUsage;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stderr.WriteLineAsync($"错误 [system.failure]：{OneLine(e)}");
            return CheckFailed;
        }
    }

    private static string OneLine(Exception e)
    {
        var inner = e.GetBaseException();
        return $"{inner.GetType().Name}: {inner.Message}".ReplaceLineEndings(" ");
    }

    internal static WebSettings Settings(CommandLine line, string defaultUrls)
    {
        var data = line.Option("data") ?? "data";
        var db = line.Option("db") ?? Environment.GetEnvironmentVariable("WEIJIAN_DB");
        var urls = line.Option("urls") ?? Environment.GetEnvironmentVariable("WEIJIAN_URLS") ?? defaultUrls;
        var jsonLogs = line.Option("log") == "json";
        return new WebSettings(DatabaseSettings.Resolve(data, db), urls, jsonLogs);
    }

    /// <summary>Builds the host (without serving) and migrates, for verbs that work on the database.</summary>
    internal static async Task<WebApplication> OpenAsync(WebSettings settings, CancellationToken ct)
    {
        Directory.CreateDirectory(settings.Database.DataDirectory);
        var app = WeijianWebApp.Build(settings);
        await MigrateAsync(app.Services, ct);
        return app;
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("迁移");
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var backfill = Weijian.Reports.Figures.FigureColumnsBackfill.IsNeeded(
            await db.Database.GetPendingMigrationsAsync(ct), await db.Database.GetAppliedMigrationsAsync(ct));
        await db.Database.MigrateAsync(ct);
        if (backfill)
        {
            await Weijian.Reports.Figures.FigureColumnsBackfill.RunAsync(db, ct);
        }

        // National reference data shipped with the program (laws and their articles); no-op when up to date.
        await Weijian.Registry.Provisions.ProvisionLoader.EnsureLoadedAsync(services, ct);

        // The sample discretion baseline (national, marked as sample); no-op when loaded.
        await Weijian.Enforcement.Discretion.DiscretionSampleLoader.EnsureLoadedAsync(services, ct);
    }

    private static AsyncServiceScope SystemScope(WebApplication app)
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System($"命令行（{Environment.UserName}）");
        return scope;
    }

    private async Task<int> ServeAsync(CommandLine line, bool demo, CancellationToken ct)
    {
        var settings = Settings(line, demo ? "http://127.0.0.1:5080" : "http://127.0.0.1:5080") with { Sweeps = true };
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        await stdout.WriteLineAsync($"数据库：{settings.Database.Describe()}（已迁移到最新版本）");
        if (demo)
        {
            var fromEnv = Environment.GetEnvironmentVariable("WEIJIAN_DEMO_PASSWORD");
            var password = string.IsNullOrEmpty(fromEnv) ? DemoData.RandomPassword() : fromEnv;

            // The README demo shows a realistic register (a few thousand entities per bureau, issue #3); tests load 60.
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Weijian.Registry.Entities.EntityDemo.ScaleVariable)))
            {
                Environment.SetEnvironmentVariable(Weijian.Registry.Entities.EntityDemo.ScaleVariable, "2000");
            }

            var result = await DemoData.EnsureAsync(app.Services, password, ct);
            await PrintDemoAccountsAsync(result, password, fromEnv is { Length: > 0 });
        }

        await app.StartAsync(ct);
        foreach (var url in settings.Urls.Split(';'))
        {
            await stdout.WriteLineAsync($"卫健法治平台已启动：{url}   （API 文档：{url.TrimEnd('/')}/api/docs；按 Ctrl+C 停止）");
        }

        await stdout.FlushAsync(ct);
        await app.WaitForShutdownAsync(ct);
        return Ok;
    }

    private async Task PrintDemoAccountsAsync(DemoData.DemoResult result, string password, bool passwordFromEnvironment)
    {
        await stdout.WriteLineAsync(result.Created ? "已加载演示数据。演示账号：" : "演示数据已存在（沿用首次运行时创建的账号和密码）。演示账号：");
        foreach (var a in result.Accounts)
        {
            await stdout.WriteLineAsync($"  {a.UserName,-16} {a.DisplayName,-6} {a.Roles}  —  {a.Organization}");
        }

        if (result.Created)
        {
            await stdout.WriteLineAsync(passwordFromEnvironment
                ? "所有演示账号的密码为环境变量 WEIJIAN_DEMO_PASSWORD 的值。"
                : $"所有演示账号的密码（只显示这一次）：{password}");
        }
    }

    private async Task<int> LicensingSweepAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        var by = $"命令行（{Environment.UserName}）";
        SweepResult acceptances, renewals;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System(by);
            acceptances = await scope.ServiceProvider.GetRequiredService<MarkDeemedAcceptancesHandler>().HandleAsync(new MarkDeemedAcceptances(), ct);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System(by);
            renewals = await scope.ServiceProvider.GetRequiredService<MarkDeemedRenewalsHandler>().HandleAsync(new MarkDeemedRenewals(), ct);
        }

        await stdout.WriteLineAsync($"视为受理：{acceptances.Count} 件{(acceptances.Count > 0 ? "（" + string.Join("、", acceptances.Numbers) + "）" : "")}");
        await stdout.WriteLineAsync($"视为准予延续：{renewals.Count} 件{(renewals.Count > 0 ? "（" + string.Join("、", renewals.Numbers) + "）" : "")}");
        return Ok;
    }

    private async Task<int> MigrateOnlyAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        await stdout.WriteLineAsync($"数据库已迁移到最新版本：{settings.Database.Describe()}");
        return Ok;
    }

    private async Task<int> OrgAddAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        var name = line.RequiredOption("name", "单位名称");
        var shortName = line.RequiredOption("short", "地区简称");
        var region = line.RequiredOption("region", "行政区划代码");
        var parent = line.Option("parent");
        var kind = line.Option("kind");
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        await using var scope = SystemScope(app);
        var sp = scope.ServiceProvider;
        OrganizationView org;
        if (parent is null)
        {
            org = await sp.GetRequiredService<CreateRootOrganizationHandler>().HandleAsync(new CreateRootOrganization(name, shortName, region), ct);
        }
        else
        {
            var parentId = Guid.TryParse(parent, out var id) ? id : throw CommandLine.Usage($"--parent 应为单位ID：{parent}");
            org = await sp.GetRequiredService<CreateOrganizationHandler>()
                .HandleAsync(new CreateOrganization(parentId, kind ?? throw CommandLine.Usage("缺少参数 --kind"), name, shortName, region), ct);
        }

        await stdout.WriteLineAsync($"已创建单位：{org.Name}（{org.KindName}）ID {org.Id}");
        return Ok;
    }

    private async Task<int> OrgListAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        await using var scope = SystemScope(app);
        var orgs = await scope.ServiceProvider.GetRequiredService<ListOrganizationsHandler>().HandleAsync(new ListOrganizations(), ct);
        foreach (var o in orgs)
        {
            await stdout.WriteLineAsync($"{new string(' ', o.Depth * 2)}{o.Name}  {o.RegionCode}  {o.KindName}  {o.Id}{(o.IsActive ? "" : "（已停用）")}");
        }

        return Ok;
    }

    private async Task<int> UserAddAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        var orgRef = line.RequiredOption("org", "所属单位ID或行政区划代码");
        var userName = line.RequiredOption("user", "用户名");
        var displayName = line.RequiredOption("name", "姓名");
        var roles = line.RequiredOption("roles", "角色，逗号分隔").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var given = line.Option("password") ?? Environment.GetEnvironmentVariable("WEIJIAN_NEW_PASSWORD");
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        await using var scope = SystemScope(app);
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<WeijianDb>();
        var orgs = Guid.TryParse(orgRef, out var orgId)
            ? await db.Organizations.Where(o => o.Id == orgId).ToListAsync(ct)
            : await db.Organizations.Where(o => o.RegionCode == orgRef && o.Kind != OrganizationKind.EnforcementAgency).ToListAsync(ct);
        var org = orgs.Count switch
        {
            1 => orgs[0],
            0 => throw DomainRuleException.NotFound("organization.not-found", $"找不到单位：{orgRef}（weijian org list 查看单位ID）"),
            _ => throw CommandLine.Usage($"区划代码 {orgRef} 对应多个单位，请改用单位ID（weijian org list）"),
        };
        var password = string.IsNullOrEmpty(given) ? DemoData.RandomPassword() : given;
        var user = await sp.GetRequiredService<CreateUserHandler>()
            .HandleAsync(new CreateUser(org.Id, userName, displayName, password, roles), ct);
        await stdout.WriteLineAsync($"已创建用户 {user.UserName}（{user.DisplayName}，{string.Join("、", user.RoleNames)}）于 {user.OrganizationName}");
        if (string.IsNullOrEmpty(given))
        {
            await stdout.WriteLineAsync($"初始密码（只显示这一次）：{password}");
        }

        return Ok;
    }

    private async Task<int> CreditSweepAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        await using var scope = SystemScope(app);
        var result = await scope.ServiceProvider.GetRequiredService<Weijian.Credit.EndExpiredPublicationsHandler>()
            .HandleAsync(new Weijian.Credit.EndExpiredPublications(), ct);
        await stdout.WriteLineAsync($"信用公示期满检查（{result.Today:yyyy-MM-dd}）：停止公示 {result.Ended} 条");
        return Ok;
    }

    private async Task<int> DisclosuresSweepAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        await using var scope = SystemScope(app);
        var result = await scope.ServiceProvider.GetRequiredService<Weijian.Platform.Publication.SweepDisclosureRetentionHandler>()
            .HandleAsync(new Weijian.Platform.Publication.SweepDisclosureRetention(), ct);
        await stdout.WriteLineAsync($"{result.On:yyyy-MM-dd}：{result.TakenOffline} 项执法决定公示期满下线");
        return Ok;
    }

    private async Task<int> OpenDataBuildAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        await using var scope = SystemScope(app);
        var result = await scope.ServiceProvider.GetRequiredService<Weijian.Publicity.Portal.BuildOpenDataHandler>().HandleAsync(new Weijian.Publicity.Portal.BuildOpenData(), ct);
        await stdout.WriteLineAsync($"已生成 {result.Feeds} 个单位的开放数据");
        return Ok;
    }

    private async Task<int> CheckpointsRecordAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        var dayText = line.Option("day");
        line.RejectUnknownOptions();
        DateOnly? day = null;
        if (dayText is not null)
        {
            day = DateOnly.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw CommandLine.Usage($"--day 应为日期，如 2026-12-05：{dayText}");
        }

        await using var app = await OpenAsync(settings, ct);
        await using var scope = SystemScope(app);
        var result = await scope.ServiceProvider.GetRequiredService<Weijian.Platform.Publication.RecordAuditCheckpointsHandler>()
            .HandleAsync(new Weijian.Platform.Publication.RecordAuditCheckpoints(day), ct);
        await stdout.WriteLineAsync($"{result.Day:yyyy-MM-dd}：记录 {result.Recorded} 个单位的审计检查点");
        return Ok;
    }

    private async Task<int> AuditVerifyAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        await using var scope = SystemScope(app);
        var result = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync(new VerifyAuditChains(), ct);
        if (result.Intact)
        {
            await stdout.WriteLineAsync($"审计链完好：共校验 {result.ChainsChecked} 条链、{result.EntriesChecked} 个条目（{result.EntriesChecked} entries checked, all chains intact）");
            return Ok;
        }

        foreach (var b in result.Breaks)
        {
            await stderr.WriteLineAsync(
                $"审计链被破坏：单位 {b.OrganizationName}（{b.OrganizationId}）序号 {b.Sequence}：{b.Problem}；期望 {b.Expected}，实际 {b.Actual}");
        }

        await stdout.WriteLineAsync($"共校验 {result.EntriesChecked} 个条目，{result.Breaks.Count} 条链被破坏");
        return CheckFailed;
    }

    /// <summary>
    /// Re-computes a published draw record (R-INS-1 公开) from the file alone. It never opens or migrates a database:
    /// --data/--db are accepted (scripts pass them to every verb) and ignored.
    /// </summary>
    private async Task<int> DrawVerifyAsync(CommandLine line, CancellationToken ct)
    {
        _ = line.Option("data");
        _ = line.Option("db");
        line.RejectUnknownOptions();
        var path = line.Positional.ElementAtOrDefault(2) ?? throw CommandLine.Usage("缺少抽取记录文件：weijian draw verify FILE");
        if (!File.Exists(path))
        {
            throw CommandLine.Usage($"找不到文件：{path}");
        }

        var record = Weijian.Inspections.Draws.DrawRecordJson.Read(await File.ReadAllTextAsync(path, ct));
        var result = Weijian.Inspections.Draws.DrawProtocol.Verify(record);
        if (!result.Verified)
        {
            await stdout.WriteLineAsync($"NOT VERIFIED: {result.FirstDifference}");
            return CheckFailed;
        }

        var task = record.Input.Task;
        var selected = record.Selections.Sum(s => s.Selected.Count);
        await stdout.WriteLineAsync("verified");
        await stdout.WriteLineAsync(
            $"任务：{task.Title}（第 {task.Round} 轮，计划检查日 {task.PlannedDate:yyyy-MM-dd}）；中选 {selected} 个对象，其中人员不足 {record.Understaffed.Count} 个；"
            + $"随机种子 {record.Seed}（{string.Join("；", record.SeedInputs.Select(s => $"{s.Name} = {s.Value}"))}）");
        return Ok;
    }

    private async Task<int> CalendarDueAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        var from = line.DateOption("from", "起算日");
        var count = line.IntOption("count", "期限");
        var unit = line.RequiredOption("unit", "working / calendar / months");
        var rule = line.Option("rule");
        line.RejectUnknownOptions();
        await using var app = await OpenAsync(settings, ct);
        await using var scope = SystemScope(app);
        var d = await scope.ServiceProvider.GetRequiredService<ComputeDueDateHandler>().HandleAsync(new ComputeDueDate(from, count, unit, rule), ct);
        await stdout.WriteLineAsync(d.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await stdout.WriteLineAsync(d.RuleApplied);
        return Ok;
    }

    private async Task<int> CalendarImportAsync(CommandLine line, CancellationToken ct)
    {
        var settings = Settings(line, "http://127.0.0.1:0");
        var file = line.Positional.ElementAtOrDefault(2) ?? throw CommandLine.Usage("缺少文件：weijian calendar import FILE");
        line.RejectUnknownOptions();
        if (!File.Exists(file))
        {
            throw CommandLine.Usage($"文件不存在：{file}");
        }

        var json = await File.ReadAllTextAsync(file, ct);
        await using var app = await OpenAsync(settings, ct);
        await using var scope = SystemScope(app);
        var r = await scope.ServiceProvider.GetRequiredService<ImportCalendarYearHandler>().HandleAsync(new ImportCalendarYear(json), ct);
        await stdout.WriteLineAsync($"{(r.Replaced ? "已替换" : "已导入")} {r.Year} 年节假日安排：{r.HolidayDays} 天放假、{r.AdjustedWorkdays} 个调休上班日（{r.Source}）");
        return Ok;
    }
}
