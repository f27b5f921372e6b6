using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Licensing.Items;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;

namespace Weijian.IntegrationTests.Browser;

/// <summary>
/// Issue #6 in a real browser: a citizen registers an applicant account from the online application form, comes back
/// to the form pre-filled from the account, applies, and finds the application on 我的申请 with its status and clock.
/// Skipped without Debian's Chromium unless WEIJIAN_TEST_REQUIRE_BROWSER=1.
/// </summary>
public sealed class ApplicantBrowserTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_citizen_registers_applies_while_signed_in_and_finds_the_application_on_my_applications()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("WEIJIAN_TEST_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException("Chromium is required but " + Chromium + " is missing");
            }

            Assert.Skip("Debian's Chromium is not installed (scripts/test installs it)");
        }

        LicenseItem item;
        await using (var scope = server.ScopeAs(Actor.System()))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var org = (await db.Users.SingleAsync(u => u.UserName == "lst.window")).OrganizationId;
            item = await db.Set<LicenseItem>().AsNoTracking().SingleAsync(i => i.OrganizationId == org && i.Code == "HS-ZC-01");
        }

        var phone = "137" + (BitConverter.ToUInt32(Guid.NewGuid().ToByteArray(), 0) % 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new() { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);

        // The public form offers the applicant account; registering comes back to the form, now personal and pre-filled.
        await page.GotoAsync(new Uri(server.BaseAddress, $"public/applications/apply/{item.Id}").ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByRole(AriaRole.Link, new() { Name = "登录申请人账号", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/applicant/signin**", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GotoAsync(new Uri(server.BaseAddress, $"applicant/register?returnUrl=/applicant/apply/{item.Id}").ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByLabel("手机号（登录名）").FillAsync(phone);
        await page.GetByLabel("申请人类型").SelectOptionAsync("个人");
        await page.GetByLabel("姓名或单位名称").FillAsync("浏览器测试护士");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("applicant-pass-1");
        await page.GetByLabel("确认密码", new() { Exact = true }).FillAsync("applicant-pass-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "注册", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/applicant/apply/{item.Id}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.Locator("[data-testid=applicant-name]").InnerTextAsync()).ShouldBe("浏览器测试护士");
        (await page.Locator("#ApplicantName").InputValueAsync()).ShouldBe("浏览器测试护士");
        (await page.Locator("#ContactPhone").InputValueAsync()).ShouldBe(phone);

        foreach (var box in await page.Locator("input[type=checkbox][name^='material:']").AllAsync())
        {
            await box.CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请", Exact = true }).ClickAsync();
        var number = (await page.Locator("[data-testid=receipt-number]").InnerTextAsync()).Trim();
        number.ShouldNotBeEmpty();

        // 我的申请: the application with its status and the notice clock, without the query code.
        await page.GetByRole(AriaRole.Link, new() { Name = "我的申请", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/applicant/applications", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var row = page.Locator("[data-testid=my-application]", new() { HasText = number });
        (await row.InnerTextAsync()).ShouldContain("待受理");
        (await row.InnerTextAsync()).ShouldContain("剩余");
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await page.WaitForURLAsync("**/applicant/applications/*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.Locator("[data-testid=public-status]").InnerTextAsync()).Trim().ShouldBe("待受理");

        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "applicant-my-application.png"), FullPage = true });
    }
}
