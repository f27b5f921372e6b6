using System.Net;
using System.Text.RegularExpressions;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Registry.Catalogs;

/// <summary>The provision-library and catalogue pages render in Chinese for a signed-in user and a catalogue edit goes through the form.</summary>
public abstract partial class RegistryPagesTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Server.BaseAddress };
        var page = await client.GetStringAsync("Account/Login");
        var response = await client.PostAsync("Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = ServerFixture.Password,
            ["__RequestVerificationToken"] = Token(page),
        }));
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task The_provision_pages_list_versions_with_status_and_resolve_an_article_on_a_date()
    {
        using var client = await SignInAsync("lst.officer1");
        var index = await client.GetStringAsync("Registry/Provisions/Index?q=传染病&on=2026-01-01");
        index.ShouldContain("2013年修正");
        index.ShouldContain("已废止");
        index.ShouldContain("现行有效");
        var resolved = await client.GetStringAsync("Registry/Provisions/Index?code=administrative-penalty-law&article=37&date=2025-03-01");
        resolved.ShouldContain("第三十七条");
        resolved.ShouldContain("实施行政处罚，适用违法行为发生时的法律、法规、规章的规定");
        var early = await client.GetStringAsync("Registry/Provisions/Index?code=infectious-disease-law&article=1&date=2000-01-01");
        early.ShouldContain("尚未施行");
    }

    [Fact]
    public async Task The_catalogue_pages_show_each_tab_and_a_reviewer_records_a_new_version_through_the_form()
    {
        using var client = await SignInAsync("lst.reviewer");
        foreach (var (kind, expected) in new[] { ("power-items", "公共场所卫生许可（新办）"), ("inspection-items", "游泳场所水质卫生检查"), ("av-items", "查封扣押") })
        {
            (await client.GetStringAsync($"Registry/Catalogs/Index?kind={kind}&pageSize=100")).ShouldContain(expected, customMessage: kind);
        }

        var list = await client.GetStringAsync("Registry/Catalogs/Index?kind=av-items&q=YX-07");
        var id = DetailsLink().Match(list).Groups[1].Value;
        id.ShouldNotBeNullOrEmpty();
        var edit = await client.GetStringAsync($"Registry/Catalogs/Edit/{id}");
        edit.ShouldContain("保存为新版本");
        var saved = await client.PostAsync($"Registry/Catalogs/Edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["EffectiveFrom"] = "2026-02-01",
            ["ChangeNote"] = "听证记录要求细化",
            ["Name"] = "行政处罚听证（含听证告知）",
            ["LegalBasis"] = "《中华人民共和国行政处罚法》第四十七条、第六十四条",
            ["Provisions"] = "administrative-penalty-law 47\nadministrative-penalty-law 第64条",
            ["Activity"] = "Hearing",
            ["ContinuousRecording"] = "true",
            ["RecordingRequirement"] = "连续记录听证全过程。",
            ["__RequestVerificationToken"] = Token(edit),
        }));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = await saved.Content.ReadAsStringAsync();
        details.ShouldContain("第 2 版");
        details.ShouldContain("行政处罚听证（含听证告知）");
        details.ShouldContain("变更历史");

        var bad = await client.PostAsync($"Registry/Catalogs/Edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["EffectiveFrom"] = "2026-01-01",
            ["ChangeNote"] = "早于现行版本",
            ["Name"] = "x",
            ["LegalBasis"] = "y",
            ["Activity"] = "Hearing",
            ["ContinuousRecording"] = "true",
            ["RecordingRequirement"] = "z",
            ["__RequestVerificationToken"] = Token(edit),
        }));
        (await bad.Content.ReadAsStringAsync()).ShouldContain("新版本的生效日期应晚于当前版本");
    }

    [GeneratedRegex("/Registry/Catalogs/Details/([0-9a-f-]{36})")]
    private static partial Regex DetailsLink();
}

public sealed class RegistryPagesTests_Sqlite(SqliteServer server) : RegistryPagesTests<SqliteServer>(server);

public sealed class RegistryPagesTests_Postgres(PostgresServer server) : RegistryPagesTests<PostgresServer>(server);
