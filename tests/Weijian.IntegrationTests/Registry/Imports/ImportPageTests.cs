using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Registry.Imports;

/// <summary>The 批量导入 page (no JavaScript): upload through the form, the result with counts and rejected rows, the past imports.</summary>
public abstract partial class ImportPageTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task Uploading_a_file_through_the_page_shows_the_counts_the_rejected_rows_and_the_import_in_the_history()
    {
        using var client = await SignInAsync("lst.officer1");
        var page = await client.GetStringAsync("Registry/Imports/Index");
        page.ShouldContain("批量导入");
        page.ShouldContain("/api/v1/imports/templates/entities.xlsx");
        page.ShouldNotContain("/api/v1/imports/templates/officers.xlsx"); // an officer may not import officers (R-OFF-6 register kept by the head/admin)

        var (rows, invalid) = ImportFiles.MixedEntities(15, 4);
        var file = new ByteArrayContent(ImportFiles.Xlsx(ImportFiles.EntityHeaders, rows));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent
        {
            { new StringContent("entities"), "Kind" },
            { file, "Upload", "页面导入.xlsx" },
            { new StringContent(Token(page)), "__RequestVerificationToken" },
        };
        var response = await client.PostAsync("Registry/Imports/Index", form);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("导入结果：页面导入.xlsx");
        html.ShouldContain($"有 {invalid.Count} 行未导入");
        html.ShouldContain("下载错误清单");
        foreach (var row in invalid.Keys)
        {
            html.ShouldContain($"<td class=\"num\">{row}</td>");
        }

        var again = await client.GetStringAsync("Registry/Imports/Index");
        again.ShouldContain("页面导入.xlsx");
        again.ShouldContain("错误清单");
    }

    [Fact]
    public async Task Uploading_without_a_file_shows_a_chinese_message_and_imports_nothing()
    {
        using var client = await SignInAsync("lst.officer1");
        var page = await client.GetStringAsync("Registry/Imports/Index");
        var form = new MultipartFormDataContent
        {
            { new StringContent("entities"), "Kind" },
            { new StringContent(Token(page)), "__RequestVerificationToken" },
        };
        var html = await (await client.PostAsync("Registry/Imports/Index", form)).Content.ReadAsStringAsync();
        html.ShouldContain("请选择要导入的文件");
        html.ShouldNotContain("导入结果");
    }

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
}

public sealed class ImportPageTests_Sqlite(SqliteServer server) : ImportPageTests<SqliteServer>(server);

public sealed class ImportPageTests_Postgres(PostgresServer server) : ImportPageTests<PostgresServer>(server);
