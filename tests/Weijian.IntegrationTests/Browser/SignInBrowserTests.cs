using Microsoft.Playwright;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Browser;

/// <summary>
/// A real browser (Playwright driving Debian's Chromium) signs in and sees the Chinese dashboard. Skipped when
/// /usr/bin/chromium is absent, unless WEIJIAN_TEST_REQUIRE_BROWSER=1 (set by scripts/test).
/// </summary>
public sealed class SignInBrowserTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_clerk_signs_in_through_the_chinese_sign_in_page_and_sees_the_dashboard()
    {
        await using var session = await LaunchAsync();
        var page = await session.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        // Generous limits, not timing assertions: CI runs many servers on two cores at once.
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(new Uri(server.BaseAddress, "Todo").ToString());

        // Signed out: the Chinese sign-in page, which returns to the requested page afterwards.
        (await page.TitleAsync()).ShouldContain("卫健法治平台");
        await page.GetByLabel("用户名").FillAsync("lst.window");
        await page.GetByLabel("密码").FillAsync(ServerFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/Todo", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.ContentAsync()).ShouldContain("我的待办");

        await page.GotoAsync(server.BaseAddress.ToString());
        var body = await page.Locator("body").InnerTextAsync();
        body.ShouldContain("工作台");
        body.ShouldContain("赵敏");
        body.ShouldContain("永州市冷水滩区卫生健康局");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("zh-CN");

        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "dashboard.png"), FullPage = true });
    }

    [Fact]
    public async Task A_wrong_password_shows_a_chinese_error_on_the_sign_in_page()
    {
        await using var session = await LaunchAsync();
        var page = await session.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(new Uri(server.BaseAddress, "Account/Login").ToString());
        await page.GetByLabel("用户名").FillAsync("lst.window");
        await page.GetByLabel("密码").FillAsync("not-the-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByText("用户名或密码错误").WaitForAsync();
        page.Url.ShouldContain("/Account/Login");
    }

    private static async Task<ChromiumSession> LaunchAsync()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("WEIJIAN_TEST_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException("Chromium is required but " + Chromium + " is missing");
            }

            Assert.Skip("Debian's Chromium is not installed (scripts/test installs it)");
        }

        var playwright = await Playwright.CreateAsync();
        return new ChromiumSession(playwright, await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        }));
    }

    private sealed record ChromiumSession(IPlaywright Playwright, IBrowser Browser) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Browser.DisposeAsync();
            Playwright.Dispose();
        }
    }
}
