using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Weijian.Inspections.Draws;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Inspections;

/// <summary>
/// The demo's plans, tasks and draws (national, city and county plans; drawn and published; one redraw; one task awaiting
/// its draw) and the 监督检查 pages on them: lists, details, the ceremony page, a plan drafted and issued through the form
/// with Chinese validation, and the public page's 重新计算验证.
/// </summary>
public abstract partial class InspectionPagesTests<TServer>(TServer server) : ServerTests<TServer>(server)
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

    [GeneratedRegex("/Inspections/Plans/Details/([0-9a-f-]{36})")]
    private static partial Regex PlanLink();

    private static async Task<List<JsonElement>> TasksAsync(HttpClient api)
    {
        var list = await PlanTaskTests<TServer>.OkAsync(await api.GetAsync("api/v1/tasks?pageSize=200"));
        var tasks = new List<JsonElement>();
        foreach (var t in list.GetProperty("items").EnumerateArray())
        {
            tasks.Add(await PlanTaskTests<TServer>.OkAsync(await api.GetAsync($"api/v1/tasks/{t.GetProperty("id").GetGuid()}")));
        }

        return tasks;
    }

    [Fact]
    public async Task The_demo_has_drawn_and_published_tasks_a_redraw_with_its_reason_and_a_task_awaiting_its_draw()
    {
        using var lst = await Server.SignedInAsync("lst.officer1");
        using var ll = await Server.SignedInAsync("ll.officer1");
        // The demo's plans are titled with the year (tests of this class add plans of their own).
        var year = Weijian.Platform.Calendar.ChinaClock.Today(Server.Clock).Year + "年";
        bool Demo(JsonElement t) => t.GetProperty("planId").ValueKind != JsonValueKind.Null && t.GetProperty("title").GetString()!.StartsWith(year, StringComparison.Ordinal);
        var lstTasks = (await TasksAsync(lst)).Where(Demo).ToList();
        var llTasks = (await TasksAsync(ll)).Where(Demo).ToList();
        lstTasks.Select(t => t.GetProperty("level").GetString()).ShouldBe(["National", "City", "County"], ignoreOrder: true);
        lstTasks.ShouldAllBe(t => t.GetProperty("draws").GetArrayLength() == 1);
        llTasks.Single(t => t.GetProperty("level").GetString() == "County").GetProperty("draws").GetArrayLength().ShouldBe(0);
        var redrawn = llTasks.Single(t => t.GetProperty("level").GetString() == "City").GetProperty("draws").EnumerateArray().ToList();
        redrawn.Select(d => d.GetProperty("status").GetString()).ShouldBe(["Superseded", "Published"]);
        redrawn[1].GetProperty("redrawReason").GetString().ShouldNotBeNullOrWhiteSpace();

        using var anonymous = Server.Anonymous();
        foreach (var d in lstTasks.SelectMany(t => t.GetProperty("draws").EnumerateArray()))
        {
            var json = await anonymous.GetStringAsync($"api/v1/public/draws/{d.GetProperty("id").GetGuid()}/record");
            DrawProtocol.Verify(json).Verified.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task The_inspection_pages_show_plans_tasks_targets_and_the_ceremony_and_a_plan_goes_through_the_form()
    {
        using var head = await SignInAsync("lst.head");
        (await head.GetStringAsync("Inspections/Plans/Index")).ShouldContain("公共场所随机抽查计划");
        var tasks = await head.GetStringAsync("Inspections/Tasks/Index");
        tasks.ShouldContain("国家随机监督抽查计划");
        tasks.ShouldContain("监督检查");

        using var api = await Server.SignedInAsync("lst.head");
        var task = (await TasksAsync(api)).First(t => t.GetProperty("level").GetString() == "National");
        var details = await head.GetStringAsync($"Inspections/Tasks/Details/{task.GetProperty("id").GetGuid()}");
        var staffed = task.GetProperty("targets").EnumerateArray().First(t => t.GetProperty("officers").GetArrayLength() >= 2);
        details.ShouldContain(staffed.GetProperty("entityName").GetString()!);
        details.ShouldContain(staffed.GetProperty("officers")[0].GetProperty("name").GetString()!);
        var drawId = task.GetProperty("draws")[0].GetProperty("id").GetGuid();
        var ceremony = await head.GetStringAsync($"Inspections/Draws/Details/{drawId}");
        ceremony.ShouldContain("承诺哈希");
        ceremony.ShouldContain("已公开");

        // The form: Chinese errors by the input, then a draft, then 下达.
        var form = await head.GetStringAsync("Inspections/Plans/Create");
        form.ShouldContain("CC-GG-01");
        var year = Weijian.Platform.Calendar.ChinaClock.Today(Server.Clock).Year;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Title", ""),
            new("Level", "County"),
            new("Kind", "Random"),
            new("Deadline", $"{year}-12-31"),
            new("ItemCodes", "CC-GG-01"),
            new("Strata[0].Specialty", "PublicPlaces"),
            new("Strata[0].RatioPercent", "10"),
            new("RiskWeights[0].RiskTier", "High"),
            new("RiskWeights[0].Multiplier", "2"),
            new("__RequestVerificationToken", Token(form)),
        };
        var refused = await head.PostAsync("Inspections/Plans/Create", new FormUrlEncodedContent(fields));
        (await refused.Content.ReadAsStringAsync()).ShouldContain("计划名称不能为空");
        fields[1] = new("Title", "页面起草的县级计划");
        var saved = await head.PostAsync("Inspections/Plans/Create", new FormUrlEncodedContent(fields));
        var page = await saved.Content.ReadAsStringAsync();
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ShouldContain("已起草抽查计划");
        page.ShouldContain("下达计划");
        var planId = PlanLink().Match(saved.RequestMessage!.RequestUri!.AbsolutePath).Groups[1].Value;
        planId.ShouldNotBeNullOrEmpty();
        var issued = await head.PostAsync($"Inspections/Plans/Details/{planId}?handler=Issue",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(page) }));
        (await issued.Content.ReadAsStringAsync()).ShouldContain("计划已下达至 1 个区县卫生健康局");
    }

    [Fact]
    public async Task The_public_page_recomputes_a_published_draw_and_offers_its_json()
    {
        using var api = await Server.SignedInAsync("lst.officer1");
        var task = (await TasksAsync(api)).First(t => t.GetProperty("level").GetString() == "National");
        var drawId = task.GetProperty("draws")[0].GetProperty("id").GetGuid();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Server.BaseAddress };
        var page = await client.GetStringAsync($"public/draws/{drawId}");
        page.ShouldContain("重新计算验证");
        var verified = await client.PostAsync($"public/draws/{drawId}?handler=Verify",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(page) }));
        (await verified.Content.ReadAsStringAsync()).ShouldContain("已验证");
        var json = await client.GetStringAsync($"public/draws/{drawId}?handler=Record");
        DrawProtocol.Verify(json).Verified.ShouldBeTrue();
        (await client.GetAsync($"public/draws/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class InspectionPagesTests_Sqlite(SqliteServer server) : InspectionPagesTests<SqliteServer>(server);

public sealed class InspectionPagesTests_Postgres(PostgresServer server) : InspectionPagesTests<PostgresServer>(server);
