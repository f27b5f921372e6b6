using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Weijian.Enforcement.PenaltyCases;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;

namespace Weijian.IntegrationTests.Browser;

/// <summary>
/// A penalty case walked from lead to archive in a real browser, an officer and the 局领导 each in their own session:
/// at every step the stage shown and the buttons offered are exactly what the transition table allows that role, and
/// deciding while the defence period runs is refused with the R-PEN-15 message. The server's clock is the real one, so
/// the defence period is closed by the party's written waiver rather than by waiting. Skipped without Debian's Chromium
/// unless WEIJIAN_TEST_REQUIRE_BROWSER=1.
/// </summary>
public sealed partial class PenaltyCaseBrowserTests(SqliteServer server) : IClassFixture<SqliteServer>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task An_officer_and_the_head_take_a_case_from_lead_to_archive_seeing_only_their_allowed_actions()
    {
        if (!File.Exists(Chromium))
        {
            if (Environment.GetEnvironmentVariable("WEIJIAN_TEST_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException("Chromium is required but " + Chromium + " is missing");
            }

            Assert.Skip("Debian's Chromium is not installed (scripts/test installs it)");
        }

        var today = ChinaClock.Today(TimeProvider.System);
        var (partyId, partyName) = await DemoPartyAsync();
        IReadOnlyList<Guid> officerIds;
        using (var api = await server.SignedInAsync("lst.officer1"))
        {
            officerIds = await Enforcement.CasePageClient.OfficerIdsAsync(api, "lst.officer1", "lst.officer2");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var officer = await SignInAsync(browser, "lst.officer1", "Enforcement/Cases");
        var head = await SignInAsync(browser, "lst.head", "Enforcement/Cases");

        // 受理: the officer finds the demo entity, picks it and registers the lead.
        await officer.GetByRole(AriaRole.Link, new() { Name = "受理登记", Exact = true }).ClickAsync();
        await officer.Locator("#party").FillAsync(partyName);
        await officer.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        await officer.Locator($"input[name='EntityId'][value='{partyId}']").CheckAsync();
        await officer.GetByLabel("案由", new() { Exact = true }).FillAsync("涉嫌未按规定对公共用品用具进行清洗消毒");
        await officer.GetByLabel("基本情况", new() { Exact = true }).FillAsync("日常监督检查发现该单位客房茶具未经清洗消毒即重复使用。");
        await officer.GetByLabel("违法行为日期", new() { Exact = true }).FillAsync(Iso(today.AddDays(-3)));
        await officer.GetByRole(AriaRole.Button, new() { Name = "受理登记", Exact = true }).ClickAsync();
        await officer.WaitForURLAsync(CasePage(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var caseUrl = officer.Url;
        var caseId = CasePage().Match(caseUrl).Groups[1].Value;
        (await officer.Locator(".alert-success").InnerTextAsync()).ShouldContain("已受理登记");
        await ExpectAsync(officer, CaseStatus.Lead, Roles.Officer);
        (await ActionsAsync(officer)).ShouldNotContain("批准立案");

        // 提请立案 with two officers (R-PEN-12).
        await ActAsync(officer, "提请立案", async page =>
        {
            foreach (var id in officerIds)
            {
                await page.Locator($"input[name='OfficerIds'][value='{id}']").CheckAsync();
            }

            await page.GetByLabel("承办人立案意见").FillAsync("经现场初步核查，当事人涉嫌未对公共用品用具进行清洗消毒，符合立案条件，建议立案调查。");
        });
        await ExpectAsync(officer, CaseStatus.FilingRequested, Roles.Officer);
        (await officer.Locator("[data-testid=no-actions]").InnerTextAsync()).ShouldContain("没有可办理的事项");

        // 批准立案 by the head.
        await head.GotoAsync(caseUrl, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ExpectAsync(head, CaseStatus.FilingRequested, Roles.BureauHead);
        await ActAsync(head, "批准立案", page => page.GetByLabel("审批意见").FillAsync("同意立案，由王丽华、张伟承办。"));
        await ExpectAsync(head, CaseStatus.Investigating, Roles.BureauHead);

        // 现场检查 with both officers and the signed record attached.
        await officer.GotoAsync(caseUrl, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ExpectAsync(officer, CaseStatus.Investigating, Roles.Officer);
        await ActAsync(officer, "记录现场检查/询问", async page =>
        {
            (await page.Locator($"input[name='OfficerIds'][value='{officerIds[1]}']").IsCheckedAsync()).ShouldBeTrue();
            await page.GetByLabel("笔录内容").FillAsync("检查客房12间，其中3间客房茶具未见清洗消毒记录，现场未设置专用消毒间。当事人负责人在笔录上签字确认。");
            await page.Locator("#Upload").SetInputFilesAsync(new FilePayload
            {
                Name = "现场检查笔录.txt",
                MimeType = "text/plain",
                Buffer = Encoding.UTF8.GetBytes("现场检查笔录（浏览器测试）"),
            });
        });
        await ExpectAsync(officer, CaseStatus.Investigating, Roles.Officer);
        await officer.GetByRole(AriaRole.Link, new() { Name = "现场检查笔录.txt" }).WaitForAsync();

        // 调查终结 with ¥2 000 for an organisation: below the hearing threshold, so no hearing right and no legal review (R-PEN-16, R-PEN-20).
        await ActAsync(officer, "调查终结", async page =>
        {
            await page.GetByLabel("违法事实").FillAsync("当事人未对客房茶具进行清洗消毒即重复供顾客使用。");
            await page.GetByLabel("违反的法律规定").FillAsync("《公共场所卫生管理条例实施细则》第十四条第一款");
            await page.GetByLabel("处罚依据").FillAsync("《公共场所卫生管理条例实施细则》第三十六条");
            await page.GetByLabel("警告", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("罚款（元）").FillAsync("2000");
            await page.GetByLabel("裁量理由").FillAsync("首次被查处，涉及客房较少，按一般情节处罚。");
        });
        await ExpectAsync(officer, CaseStatus.Concluded, Roles.Officer);

        // 事先告知 served today.
        await ActAsync(officer, "送达事先告知", page => page.GetByLabel("告知书送达日期").FillAsync(Iso(today)));
        await ExpectAsync(officer, CaseStatus.Notified, Roles.Officer);
        (await officer.Locator("body").InnerTextAsync()).ShouldContain("不属于听证情形");

        // R-PEN-15: the head cannot decide while the statement period runs and the party has neither stated nor waived.
        await head.GotoAsync(caseUrl, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ExpectAsync(head, CaseStatus.Notified, Roles.BureauHead);
        await head.Locator(".case-actions").GetByRole(AriaRole.Link, new() { Name = "作出行政处罚决定", Exact = true }).ClickAsync();
        await head.WaitForURLAsync(new Regex("/Act/decide-penalty$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await head.GetByRole(AriaRole.Button, new() { Name = "作出行政处罚决定", Exact = true }).ClickAsync();
        var refusal = await head.Locator(".alert-error").InnerTextAsync();
        refusal.ShouldContain("当事人陈述申辩期限尚未届满");
        refusal.ShouldContain("R-PEN-15");

        // The party waives statement and defence in writing.
        await officer.GotoAsync(caseUrl, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ActAsync(officer, "记录陈述申辩及复核", page => page.GetByLabel("当事人书面放弃陈述申辩").CheckAsync());
        await ExpectAsync(officer, CaseStatus.Notified, Roles.Officer);

        // 决定 by the head.
        await head.GotoAsync(caseUrl, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ActAsync(head, "作出行政处罚决定", _ => Task.CompletedTask);
        await ExpectAsync(head, CaseStatus.Decided, Roles.BureauHead);

        // 送达 directly, 缴款 of the full amount, 执行完毕.
        await officer.GotoAsync(caseUrl, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ExpectAsync(officer, CaseStatus.Decided, Roles.Officer);
        await ActAsync(officer, "送达决定书", async page =>
        {
            (await page.GetByLabel("送达方式").InputValueAsync()).ShouldBe(nameof(ServiceMethod.Direct));
            await page.GetByLabel("送达日期").FillAsync(Iso(today));
        });
        await ExpectAsync(officer, CaseStatus.Served, Roles.Officer);
        await ActAsync(officer, "登记缴款", async page =>
        {
            (await page.GetByLabel("缴款金额（元）").InputValueAsync()).ShouldBe("2000");
            await page.GetByLabel("银行缴款凭证号").FillAsync("HN2026431103000118");
        });
        await ExpectAsync(officer, CaseStatus.Served, Roles.Officer);
        await ActAsync(officer, "确认执行完毕", _ => Task.CompletedTask);
        await ExpectAsync(officer, CaseStatus.Executed, Roles.Officer);

        // 结案 by the head, 归档 by the officer.
        await head.GotoAsync(caseUrl, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ActAsync(head, "批准结案", async page => (await page.GetByLabel("结案报告（处理及执行情况）").InputValueAsync()).ShouldContain("执行完毕"));
        await ExpectAsync(head, CaseStatus.Closed, Roles.BureauHead);
        await officer.GotoAsync(caseUrl, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await ActAsync(officer, "立卷归档", _ => Task.CompletedTask);
        await ExpectAsync(officer, CaseStatus.Archived, Roles.Officer);

        (await officer.Locator(".stage-current").InnerTextAsync()).Trim().ShouldBe("归档");
        var record = await officer.Locator("table.steps").InnerTextAsync();
        foreach (var step in new[] { "案件受理登记", "批准立案", "调查终结", "送达事先告知", "作出行政处罚决定", "登记缴款", "批准结案", "立卷归档" })
        {
            record.ShouldContain(step);
        }

        // Acceptance 5: the archived case has a complete file in the legal order, and its self-check scores it (R-EVA-1…4).
        var file = officer.Locator("#case-file");
        var index = await file.Locator("table.case-file-index tbody tr td:nth-child(3)").AllInnerTextsAsync();
        var expected = new[] { "案件受理记录", "立案报告", "现场笔录", "案件调查终结报告", "行政处罚事先告知书", "行政处罚决定书", "送达回证", "缴纳凭证", "结案报告" };
        var positions = expected.Select(title => index.ToList().FindIndex(t => t.Contains(title, StringComparison.Ordinal))).ToList();
        positions.ShouldAllBe(p => p >= 0, string.Join("、", index));
        positions.ShouldBeInOrder(SortDirection.Ascending, string.Join("、", index));
        var score = decimal.Parse(await file.Locator(".score").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        score.ShouldBeGreaterThanOrEqualTo(90m, await file.InnerTextAsync());
        (await file.Locator(".findings .badge-red").CountAsync()).ShouldBe(0, "no veto item"); // 否决项
        (await file.GetByText("下载案卷封面").CountAsync()).ShouldBe(1);

        var shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(shots);
        await officer.ScreenshotAsync(new() { Path = Path.Combine(shots, "penalty-case-archived.png"), FullPage = true });
    }

    /// <summary>An operating organisation of the public-places register of the first demo bureau (no officer declared a conflict with one).</summary>
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
        // Generous limits, not timing assertions: CI runs many servers on two cores at once.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);
        await page.GotoAsync(new Uri(server.BaseAddress, path).ToString(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(ServerFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync("**/" + path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }

    /// <summary>Opens the action's form from the case page's action bar, fills it, submits, and waits for the case page again.</summary>
    private static async Task ActAsync(IPage page, string label, Func<IPage, Task> fill)
    {
        await page.Locator(".case-actions").GetByRole(AriaRole.Link, new() { Name = label, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Act/[a-z-]+$"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await fill(page);
        await page.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(CasePage(), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        (await page.Locator(".alert-success").InnerTextAsync()).ShouldContain($"已办理“{label}”");
    }

    /// <summary>The stage label shown, and exactly the buttons the transition table allows <paramref name="role"/> from it.</summary>
    private static async Task ExpectAsync(IPage page, CaseStatus status, string role)
    {
        (await page.Locator("[data-testid=case-status]").InnerTextAsync()).Trim().ShouldBe(CaseNames.Of(status));
        var expected = CaseWorkflow.Table.Where(t => t.From.Contains(status) && t.Roles.Contains(role)).Select(t => t.Label).ToList();
        (await ActionsAsync(page)).ShouldBe(expected, customMessage: $"{role} at {status}");
    }

    private static async Task<IReadOnlyList<string>> ActionsAsync(IPage page) =>
        [.. (await page.Locator(".case-actions a").AllInnerTextsAsync()).Select(t => t.Trim())];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("/Enforcement/Cases/([0-9a-f-]{36})$")]
    private static partial Regex CasePage();
}
