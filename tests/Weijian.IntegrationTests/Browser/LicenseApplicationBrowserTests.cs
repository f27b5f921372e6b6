using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Browser;

/// <summary>
/// Issue #6 acceptance 4 in a real browser: the window clerk takes an application for 公共场所卫生许可 at 窗口受理 and accepts
/// it on the spot, an officer records the site check by two staff and the review, the 局领导 grants it on the details
/// page, and the license number is shown on the application. Skipped without Debian's Chromium unless
/// WEIJIAN_TEST_REQUIRE_BROWSER=1.
/// </summary>
public sealed partial class LicenseApplicationBrowserTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_clerk_takes_an_application_at_the_window_an_officer_reviews_and_the_head_grants_the_license()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("WEIJIAN_TEST_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException("Chromium is required but " + Chromium + " is missing");
            }

            Assert.Skip("Debian's Chromium is not installed (scripts/test installs it)");
        }

        var (partyId, partyName) = await DemoPartyAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var clerk = await SignInAsync(browser, "lst.window", "Licensing/Applications");
        var officer = await SignInAsync(browser, "lst.officer1", "Licensing/Applications");
        var head = await SignInAsync(browser, "lst.head", "Licensing/Applications");

        // 窗口受理: the item, the applicant from the register, every material received, accepted on the spot.
        await clerk.GetByRole(AriaRole.Link, new() { Name = "窗口受理", Exact = true }).First.ClickAsync();
        await clerk.WaitForURLAsync("**/Licensing/Applications/Intake", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await clerk.Locator("#ItemId").SelectOptionAsync(new SelectOptionValue { Label = await ItemLabelAsync(clerk) });
        await clerk.Locator("#Party").FillAsync(partyName);
        await clerk.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await clerk.WaitForURLAsync(new Regex("party="), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await clerk.Locator($"input[name='EntityId'][value='{partyId}']").CheckAsync();
        (await clerk.Locator("input[name='Outcome'][value='accept']").IsCheckedAsync()).ShouldBeTrue();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "收件", Exact = true }).ClickAsync();
        await clerk.WaitForURLAsync(DetailsPage(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var url = clerk.Url;
        (await clerk.Locator(".alert-success").InnerTextAsync()).ShouldContain("已办理“受理（含容缺受理）”");
        (await clerk.Locator("[data-testid=application-status]").InnerTextAsync()).Trim().ShouldBe("审查中");

        // 现场核查 by two and 审查意见 by the officer.
        await officer.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ActAsync(officer, "记录现场核查", async form =>
        {
            await form.GetByLabel("核查人员（至少两人，每行一人）").FillAsync("张伟\n刘芳");
            await form.GetByLabel("核查情况").FillAsync("布局、卫生设施符合要求");
        });
        await ActAsync(officer, "提出审查意见", form => form.GetByLabel("审查意见").FillAsync("符合公共场所卫生许可条件，建议准予许可"));
        (await officer.Locator(".application-actions summary").AllInnerTextsAsync()).ShouldNotContain("准予许可");

        // 准予许可 by the head; the license number is on the application.
        await head.GotoAsync(url, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ActAsync(head, "准予许可", _ => Task.CompletedTask);
        (await head.Locator("[data-testid=application-status]").InnerTextAsync()).Trim().ShouldBe("准予许可");
        (await head.Locator("[data-testid=licence-number]").InnerTextAsync()).ShouldStartWith("GGCS〔");
        var steps = await head.Locator("table.steps").InnerTextAsync();
        steps.ShouldContain("准予");

        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        await head.ScreenshotAsync(new() { Path = Path.Combine(shots, "licence-application-granted.png"), FullPage = true });
    }

    private static async Task<string> ItemLabelAsync(IPage page) =>
        (await page.Locator("#ItemId option").AllInnerTextsAsync()).First(t => t.StartsWith("GGCS-XK-01", StringComparison.Ordinal)).Trim();

    /// <summary>An operating organisation of the public-places register of the first demo bureau.</summary>
    private async Task<(Guid Id, string Name)> DemoPartyAsync()
    {
        using var api = await server.SignedInAsync("lst.officer1");
        using var doc = JsonDocument.Parse(await api.GetStringAsync("api/v1/entities?specialty=PublicPlaces&status=Operating&sort=name&pageSize=50"));
        var party = doc.RootElement.GetProperty("items").EnumerateArray().First(e => e.GetProperty("partyKind").GetString() == "Organization");
        return (party.GetProperty("id").GetGuid(), party.GetProperty("name").GetString()!);
    }

    private async Task<IPage> SignInAsync(IBrowser browser, string userName, string path)
    {
        var context = await browser.NewContextAsync(new() { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(ServerFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/" + path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    /// <summary>Opens the action's form on the details page, fills it, submits, and expects the success message.</summary>
    private static async Task ActAsync(IPage page, string label, Func<ILocator, Task> fill)
    {
        var form = page.Locator($".application-actions details:has(> summary:text-is('{label}'))");
        if (await form.GetAttributeAsync("open") is null)
        {
            await form.Locator("summary").ClickAsync();
        }

        await fill(form);
        await form.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(DetailsPage(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.Locator(".alert-success").InnerTextAsync()).ShouldContain($"已办理“{label}”");
    }

    [GeneratedRegex("/Licensing/Applications/([0-9a-f-]{36})$")]
    private static partial Regex DetailsPage();
}
