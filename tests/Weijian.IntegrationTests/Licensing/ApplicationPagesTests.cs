using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Licensing.Items;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;

namespace Weijian.IntegrationTests.Licensing;

/// <summary>
/// The 行政许可申请 pages over plain HTTP (issue #6): each renders (200) with data and with an empty list; the details page
/// offers exactly the actions of the transition table; the public status page answers number + code and offers 好差评.
/// </summary>
public abstract partial class ApplicationPagesTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string Clerk = "lst.window";

    private async Task<LicenseItem> ItemAsync(string code)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = (await db.Users.SingleAsync(u => u.UserName == Clerk)).OrganizationId;
        return await db.Set<LicenseItem>().AsNoTracking().SingleAsync(i => i.OrganizationId == org && i.Code == code);
    }

    /// <summary>An online application of a new applicant (no register entry needed), as the public page would file it.</summary>
    private async Task<(string Number, string Code, Guid Id)> SubmitAsync(LicenseItem item, string applicant)
    {
        var r = await Server.Anonymous().PostAsJsonAsync("api/v1/public/applications", new { organizationId = item.OrganizationId, itemCode = item.Code, applicantName = applicant, applicantKind = "个人", contactPhone = "13800000000" });
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        var v = await r.Content.ReadFromJsonAsync<JsonElement>();
        return (v.GetProperty("number").GetString()!, v.GetProperty("queryCode").GetString()!, v.GetProperty("id").GetGuid());
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task The_list_renders_applications_and_an_empty_state_with_filters()
    {
        var item = await ItemAsync("HS-ZC-01");
        var (number, _, _) = await SubmitAsync(item, "列表页测试护士");
        using var clerk = await Server.SignedInAsync(Clerk);
        var list = await clerk.GetAsync($"Licensing/Applications?q={number}");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await list.Content.ReadAsStringAsync();
        html.ShouldContain(number);
        html.ShouldContain("列表页测试护士");
        html.ShouldContain(">窗口受理</a>");
        html.ShouldContain("许可统计"); // the nav entry

        var empty = await clerk.GetAsync($"Licensing/Applications?itemId={item.Id}&status=Refused&q=没有这样的申请人");
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("没有符合条件的许可申请");
    }

    [Fact]
    public async Task The_details_page_shows_materials_clocks_and_exactly_the_allowed_actions_and_a_refusal_in_Chinese()
    {
        var item = await ItemAsync("HS-ZC-01");
        var (number, _, id) = await SubmitAsync(item, "详情页测试护士");
        using var clerk = await Server.SignedInAsync(Clerk);
        var page = await clerk.GetAsync($"Licensing/Applications/{id}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain(number);
        html.ShouldContain(item.Materials[0].Name);
        html.ShouldContain("R-LIC-2");
        foreach (var label in new[] { "受理（含容缺受理）", "一次性告知补正材料", "不予受理", "申请人撤回申请" })
        {
            html.ShouldContain($"<summary>{label}</summary>");
        }

        html.ShouldNotContain("<summary>准予许可</summary>");
        html.ShouldContain("尚未出具文书");

        using var head = await Server.SignedInAsync("lst.head");
        var headHtml = await head.GetStringAsync($"Licensing/Applications/{id}");
        headHtml.ShouldContain("没有可办理的事项");

        // Accepting without the materials ticked is refused with the Chinese rule message, the page kept.
        var posted = await clerk.PostAsync($"Licensing/Applications/{id}?handler=Act&act=accept", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(html),
        }));
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await posted.Content.ReadAsStringAsync()).ShouldContain("材料不齐全");

        // 不予受理 issues its decision (R-LIC-2): listed with its number, download and verification links.
        var rejected = await clerk.PostAsJsonAsync($"api/v1/applications/{id}/actions/reject-intake", new { reason = "NotLicensingMatter" });
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK, await rejected.Content.ReadAsStringAsync());
        var document = (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documents")[0];
        var withDocument = await clerk.GetStringAsync($"Licensing/Applications/{id}");
        withDocument.ShouldContain("不予受理决定书");
        withDocument.ShouldContain(document.GetProperty("number").GetString()!);
        withDocument.ShouldContain($"/api/v1/documents/{document.GetProperty("id").GetGuid()}/file");
        withDocument.ShouldContain($"/verify/{document.GetProperty("id").GetGuid()}");

        (await clerk.GetAsync($"Licensing/Applications/{Guid.CreateVersion7()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Intake_and_statistics_render_with_data_and_empty()
    {
        var item = await ItemAsync("GGCS-XK-01");
        using var clerk = await Server.SignedInAsync(Clerk);
        var start = await clerk.GetAsync("Licensing/Applications/Intake");
        start.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await start.Content.ReadAsStringAsync()).ShouldContain(item.Name);
        var chosen = await clerk.GetStringAsync($"Licensing/Applications/Intake?itemId={item.Id}&party=没有这样的单位");
        chosen.ShouldContain(item.Materials[0].Name);
        chosen.ShouldContain("请填写新申请人");

        var stats = await clerk.GetAsync("Licensing/Applications/Statistics");
        stats.StatusCode.ShouldBe(HttpStatusCode.OK);
        var statsHtml = await stats.Content.ReadAsStringAsync();
        statsHtml.ShouldContain("压缩比");
        statsHtml.ShouldContain(item.Name);
        var empty = await clerk.GetAsync("Licensing/Applications/Statistics?year=2001");
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("本年度没有窗口办件");
    }

    [Fact]
    public async Task The_public_pages_apply_and_show_the_status_without_sign_in()
    {
        var item = await ItemAsync("HS-ZC-01");
        using var anon = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Server.BaseAddress };
        var form = await anon.GetAsync($"public/applications/apply/{item.Id}");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var formHtml = await form.Content.ReadAsStringAsync();
        formHtml.ShouldContain(item.Name);
        var applied = await anon.PostAsync($"public/applications/apply/{item.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(formHtml),
            ["ApplicantKind"] = "个人",
            ["ApplicantName"] = "网上申请测试护士",
            ["ContactPhone"] = "13800000001",
            ["material:" + item.Materials[0].Name] = "Received",
        }));
        var appliedHtml = await applied.Content.ReadAsStringAsync();
        applied.StatusCode.ShouldBe(HttpStatusCode.OK, appliedHtml);
        var number = Regex.Match(appliedHtml, "data-testid=\"receipt-number\">([0-9]+)<").Groups[1].Value;
        var code = Regex.Match(appliedHtml, "data-testid=\"query-code\">([A-Z0-9]+)<").Groups[1].Value;
        number.ShouldNotBeEmpty(appliedHtml);
        (await anon.GetAsync($"public/applications/apply/{Guid.CreateVersion7()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var statusForm = await anon.GetStringAsync("public/applications/status");
        var status = await anon.PostAsync("public/applications/status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(statusForm),
            ["Number"] = number,
            ["Code"] = code,
        }));
        status.StatusCode.ShouldBe(HttpStatusCode.OK);
        var statusHtml = await status.Content.ReadAsStringAsync();
        statusHtml.ShouldContain("待受理");
        statusHtml.ShouldContain("办理期限");
        statusHtml.ShouldNotContain("提交评价");

        var wrong = await anon.PostAsync("public/applications/status", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(statusForm),
            ["Number"] = number,
            ["Code"] = "WRONGCOD",
        }));
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("受理编号或查询码不正确");
    }
}

public sealed class ApplicationPagesTests_Sqlite(SqliteServer server) : ApplicationPagesTests<SqliteServer>(server);

public sealed class ApplicationPagesTests_Postgres(PostgresServer server) : ApplicationPagesTests<PostgresServer>(server);
