using Microsoft.Playwright;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Registry.Entities;

/// <summary>
/// The 监管对象 pages in a real browser: an officer registers an entity (a wrong check character is refused next to the
/// field), finds it with the filters, suspends it with a reason and sees its history. Skipped without Debian's
/// Chromium unless WEIJIAN_TEST_REQUIRE_BROWSER=1.
/// </summary>
public sealed class EntityPagesBrowserTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task An_officer_registers_finds_and_suspends_an_entity_in_the_chinese_ui()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("WEIJIAN_TEST_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException("Chromium is required but " + Chromium + " is missing");
            }

            Assert.Skip("Debian's Chromium is not installed (scripts/test installs it)");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { Locale = "zh-CN" });
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "Registry/Entities/Index").ToString());
        await page.GetByLabel("用户名").FillAsync("lst.officer1");
        await page.GetByLabel("密码").FillAsync(ServerFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/Registry/Entities/Index");
        (await page.Locator("table.table tbody tr").CountAsync()).ShouldBe(20); // the demo register, first page

        await page.GetByRole(AriaRole.Link, new() { Name = "新增监管对象" }).ClickAsync();
        await page.GetByLabel("名称").FillAsync("冷水滩区浏览器测试宾馆");
        await page.GetByLabel("统一社会信用代码 / 身份证号码").FillAsync("91350100M000100Y44");
        await page.GetByLabel("法定代表人（负责人）").FillAsync("张伟");
        await page.GetByLabel("地址").FillAsync("永州市冷水滩区凤凰路8号");
        await page.GetByLabel("专业类别 / 具体类型").SelectOptionAsync("PublicPlaces:hotel");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.GetByText("校验码不正确").WaitForAsync();

        await page.GetByLabel("统一社会信用代码 / 身份证号码").FillAsync("91350100M000100Y43");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await page.GetByText("已登记监管对象“冷水滩区浏览器测试宾馆”").WaitForAsync();
        (await page.Locator("dl.details").InnerTextAsync()).ShouldContain("住宿与交际场所 · 宾馆");

        await page.GotoAsync(new Uri(server.BaseAddress, "Registry/Entities/Index").ToString());
        await page.Locator("#name").FillAsync("浏览器测试");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "冷水滩区浏览器测试宾馆" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "办理" }).ClickAsync();
        await page.GetByText("停业原因不能为空").WaitForAsync();
        await page.Locator("form[action*='handler=Close'] input[name='Reason']").FillAsync("店面装修，暂停营业");
        await page.GetByRole(AriaRole.Button, new() { Name = "办理" }).ClickAsync();
        await page.GetByText("已停业").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "变更历史" }).ClickAsync();
        var history = await page.Locator("ol.timeline").InnerTextAsync();
        history.ShouldContain("登记监管对象");
        history.ShouldContain("监管对象停业");
    }
}
