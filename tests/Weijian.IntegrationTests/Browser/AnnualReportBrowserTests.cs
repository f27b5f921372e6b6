using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Browser;

/// <summary>
/// Issue #8 in a real browser: the 局领导 opens this year's draft 法治政府建设年度报告, writes a paragraph with a live
/// figure inserted from the side list (R-PUB-5), saves it, sees the figure's value in the preview (equal to the figures
/// API) linked to its drill-down page, and finalises the report (R-PUB-3): the editors disappear and the verification
/// link appears. Skipped without Debian's Chromium unless WEIJIAN_TEST_REQUIRE_BROWSER=1.
/// </summary>
public sealed class AnnualReportBrowserTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Figure = "enforcement.cases.filed";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_head_inserts_a_live_figure_follows_it_to_its_records_and_finalises_the_report()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("WEIJIAN_TEST_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException("Chromium is required but " + Chromium + " is missing");
            }

            Assert.Skip("Debian's Chromium is not installed (scripts/test installs it)");
        }

        using var api = await server.SignedInAsync("lst.head");
        var draft = (await api.GetFromJsonAsync<JsonElement>("api/v1/annual-reports?pageSize=200", Json)).GetProperty("items").EnumerateArray()
            .First(r => r.GetProperty("status").GetString() == "Draft");
        var id = draft.GetProperty("id").GetGuid();
        var year = draft.GetProperty("year").GetInt32();
        var report = await api.GetFromJsonAsync<JsonElement>($"api/v1/annual-reports/{id}", Json);
        var org = report.GetProperty("organizationId").GetGuid();
        var figures = await api.GetFromJsonAsync<JsonElement>($"api/v1/figures?org={org}&from={year}-01-01&to={year}-12-31&ids={Figure}", Json);
        var filed = figures.GetProperty("figures")[0].GetProperty("value").GetDecimal();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new() { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000); // generous limits, not timing assertions: CI runs many servers on two cores
        page.SetDefaultNavigationTimeout(120_000);
        await page.GotoAsync(new Uri(server.BaseAddress, "Reports/AnnualReports").ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByLabel("用户名").FillAsync("lst.head");
        await page.GetByLabel("密码").FillAsync(ServerFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/Reports/AnnualReports", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator($"a[href$='/Reports/AnnualReports/Edit/{id}']").First.ClickAsync();
        await page.WaitForURLAsync($"**/Reports/AnnualReports/Edit/{id}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        // Write 五、其他 with the figure inserted at the cursor from the side list, then save that section.
        var other = page.Locator("section.card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "五、其他" }) });
        var text = other.Locator("textarea[name='text']");
        await text.FillAsync("浏览器测试：全年立案");
        await text.PressAsync("End");
        await page.Locator($"button[data-token='{{{{figure:{Figure}}}}}']").ClickAsync();
        await text.PressAsync("End");
        await text.PressSequentiallyAsync("件。");
        (await text.InputValueAsync()).ShouldBe($"浏览器测试：全年立案{{{{figure:{Figure}}}}}件。");
        await other.GetByRole(AriaRole.Button, new() { Name = "保存本部分" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        // The preview shows the live value, linked to the records it counts.
        other = page.Locator("section.card", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "五、其他" }) });
        var link = other.Locator(".preview a.figure");
        (await other.Locator(".preview").InnerTextAsync()).ShouldContain($"浏览器测试：全年立案{filed:0}件。");
        await link.ClickAsync();
        await page.WaitForURLAsync("**/Reports/Figures/Records?**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.ContentAsync()).ShouldContain("立案");
        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded });

        // 定稿签发: frozen, no more editors, a verification link.
        await page.GetByRole(AriaRole.Button, new() { Name = "定稿签发" }).ClickAsync();
        await page.WaitForSelectorAsync("a:has-text('核验页面')");
        (await page.Locator(".badge").First.InnerTextAsync()).Trim().ShouldBe("定稿");
        (await page.Locator("textarea[name='text']").CountAsync()).ShouldBe(0);
        (await page.Locator(".preview").Last.InnerTextAsync()).ShouldContain($"浏览器测试：全年立案{filed:0}件。");
    }
}
