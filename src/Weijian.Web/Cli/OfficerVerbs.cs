using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Publicity.Officers;

namespace Weijian.Web.Cli;

/// <summary>
/// <c>weijian officers codes --org 区划代码或单位ID</c>: issues a 执法亮码 (R-TRS-3) to every credentialed officer of the
/// bureau that lacks an active one, and prints the counts. Exit 0 on success, 2 for bad usage (missing or unknown --org).
/// </summary>
public static class OfficerVerbs
{
    public const string Help = "  weijian officers codes --org 区划代码或单位ID   为尚无执法亮码的持证执法人员发放亮码";

    public static async Task<int> RunAsync(CommandLine line, TextWriter stdout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(stdout);
        if (line.Positional.ElementAtOrDefault(1) != "codes")
        {
            throw CommandLine.Usage("用法：weijian officers codes --org 区划代码或单位ID");
        }

        var orgRef = line.Option("org") ?? throw CommandLine.Usage("请用 --org 指定单位（行政区划代码或单位ID，weijian org list 查看）");
        var settings = WeijianCli.Settings(line, "http://127.0.0.1:0");
        line.RejectUnknownOptions();
        await using var app = await WeijianCli.OpenAsync(settings, ct);

        Organization org;
        await using (var lookup = app.Services.CreateAsyncScope())
        {
            lookup.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System();
            org = await ImportVerbs.ResolveOrganizationAsync(lookup.ServiceProvider.GetRequiredService<WeijianDb>(), orgRef, ct);
        }

        if (org.Kind != OrganizationKind.CountyBureau && org.Kind != OrganizationKind.EnforcementAgency)
        {
            throw new DomainRuleException("cli.not-a-bureau", $"{org.Name}不是县级卫生健康局或执法机构，执法人员登记在县级单位");
        }

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System($"命令行（{Environment.UserName}）") with { OrganizationId = org.Id };
        var result = await scope.ServiceProvider.GetRequiredService<IssueMissingOfficerCodesHandler>().HandleAsync(new IssueMissingOfficerCodes(), ct);
        await stdout.WriteLineAsync($"{org.Name}：新发放执法亮码 {result.Issued} 个，已有亮码 {result.AlreadyHad} 人，无执法证（不发放）{result.WithoutCredential} 人");
        return WeijianCli.Ok;
    }
}
