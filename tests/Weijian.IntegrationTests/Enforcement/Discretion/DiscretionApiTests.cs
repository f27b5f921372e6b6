using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Enforcement.Discretion;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.IntegrationTests.Registry.Imports;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;

namespace Weijian.IntegrationTests.Enforcement.Discretion;

/// <summary>
/// 裁量基准 through the API and pages on both providers: the shipped sample in the demo, list/detail/proposal, importing a
/// bureau's baseline as a new version (good and bad rows, whole items only, the previous version kept), R-PEN-9 across
/// versions, who may import, and that one bureau's version is invisible to another.
/// </summary>
public abstract partial class DiscretionApiTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static readonly string[] Headers =
    [
        DiscretionImportColumns.Code, DiscretionImportColumns.PowerName, DiscretionImportColumns.Violation, DiscretionImportColumns.Specialty,
        DiscretionImportColumns.Violated, DiscretionImportColumns.Penalty, DiscretionImportColumns.StatutoryMin, DiscretionImportColumns.StatutoryMax,
        DiscretionImportColumns.Tier, DiscretionImportColumns.Circumstances, DiscretionImportColumns.FineMin, DiscretionImportColumns.FineMax,
        DiscretionImportColumns.Measures, DiscretionImportColumns.Listed, DiscretionImportColumns.HarmLimit, DiscretionImportColumns.CorrectWithinDays,
        DiscretionImportColumns.Exclusions,
    ];

    /// <summary>
    /// Rows 2–5: a good item (four tiers, its 不予处罚 row listed); rows 6–7: an item whose 从重 row exceeds the statute (both
    /// rows rejected); row 8: an unknown specialty; rows 9–10: a good item written with its columns on the first row only.
    /// </summary>
    private static readonly string[][] Rows =
    [
        ["LST-GG-01", "对安排无健康合格证明人员上岗的处罚", "安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作", "公共场所",
            "《公共场所卫生管理条例》第七条", "《公共场所卫生管理条例实施细则》第三十八条", "500", "15000",
            "不予处罚", "首次违法，涉及1人，当场改正", "", "", "", "是", "无", "0", "双随机抽查发现的除外"],
        ["LST-GG-01", "对安排无健康合格证明人员上岗的处罚", "安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作", "公共场所",
            "《公共场所卫生管理条例》第七条", "《公共场所卫生管理条例实施细则》第三十八条", "500", "15000", "从轻", "涉及1人", "500", "1000", "警告", "", "", "", ""],
        ["LST-GG-01", "", "", "", "", "", "", "", "一般", "涉及2至4人", "1000", "4000", "警告", "", "", "", ""],
        ["LST-GG-01", "", "", "", "", "", "", "", "从重", "逾期不改正", "5000", "15000", "警告", "", "", "", ""],
        ["LST-GG-02", "对未进行卫生检测的处罚", "未按照规定进行卫生检测", "公共场所", "《公共场所卫生管理条例实施细则》第十九条",
            "《公共场所卫生管理条例实施细则》第三十六条", "0", "20000", "从轻", "当场改正", "", "", "警告", "", "", "", ""],
        ["LST-GG-02", "", "", "", "", "", "", "", "从重", "逾期不改正", "2000", "30000", "警告", "", "", "", ""],
        ["LST-GG-03", "对某行为的处罚", "某违法行为", "餐饮服务", "《公共场所卫生管理条例》第三条", "《公共场所卫生管理条例》第十四条", "", "", "一般", "情节一般",
            "", "", "警告", "", "", "", ""],
        ["LST-ZY-01", "对未申报职业病危害项目的处罚", "未按照规定申报产生职业病危害的项目", "职业卫生", "《中华人民共和国职业病防治法》第十六条",
            "《职业病防治法》第七十一条第（一）项", "50000", "100000", "从轻", "首次", "", "", "警告", "", "", "", ""],
        ["LST-ZY-01", "", "", "", "", "", "", "", "从重", "拒不改正", "70000", "100000", "警告", "", "", "", ""],
    ];

    private static readonly string[] Refused = ["拒不改正"];

    private static readonly string[] Confiscations = ["没收违法所得", "没收非法财物"];

    private static byte[] File(string[][] rows) => ImportFiles.Csv(Headers, rows, new UTF8Encoding(true));

    private static MultipartFormDataContent Form(byte[] bytes, string label, string effectiveFrom, bool checkOnly = false, string? jurisdictionId = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent
        {
            { file, "file", "冷水滩区裁量基准.csv" },
            { new StringContent("冷水滩区卫生健康行政处罚裁量基准"), "title" },
            { new StringContent(label), "versionLabel" },
            { new StringContent("冷卫发〔2025〕1号"), "issuingDocument" },
            { new StringContent(effectiveFrom), "effectiveFrom" },
        };
        if (checkOnly)
        {
            form.Add(new StringContent("true"), "checkOnly");
        }

        if (jurisdictionId is not null)
        {
            form.Add(new StringContent(jurisdictionId), "jurisdictionId");
        }

        return form;
    }

    private static Dictionary<string, object?> Case(string code, string act, string decision, object? extra = null)
    {
        var body = new Dictionary<string, object?> { ["itemCode"] = code, ["actDate"] = act, ["decisionDate"] = decision, ["partyKind"] = "单位" };
        foreach (var p in extra?.GetType().GetProperties() ?? [])
        {
            body[p.Name] = p.GetValue(extra);
        }

        return body;
    }

    [Fact]
    public async Task The_demo_shows_the_sample_baseline_with_items_tiers_and_no_penalty_conditions()
    {
        using var officer = await Server.SignedInAsync("ll.officer1");
        using var versions = JsonDocument.Parse(await officer.GetStringAsync("api/v1/discretion/baselines"));
        var sample = versions.RootElement.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("isSample").GetBoolean());
        sample.GetProperty("sampleNotice").GetString().ShouldBe(DiscretionBaseline.SampleNotice);
        sample.GetProperty("statusName").GetString().ShouldBe("现行有效");
        versions.RootElement.GetProperty("inForceId").GetGuid().ShouldBe(sample.GetProperty("id").GetGuid());

        using var all = JsonDocument.Parse(await officer.GetStringAsync("api/v1/discretion/items?pageSize=5"));
        all.RootElement.GetProperty("items").GetProperty("total").GetInt32().ShouldBeInRange(25, 40);
        all.RootElement.GetProperty("items").GetProperty("items").GetArrayLength().ShouldBe(5);
        using var occupational = JsonDocument.Parse(await officer.GetStringAsync("api/v1/discretion/items?specialty=职业卫生&search=防护用品"));
        var row = occupational.RootElement.GetProperty("items").GetProperty("items").EnumerateArray().Single();
        row.GetProperty("code").GetString().ShouldBe("ZYWS-004");
        using var listed = JsonDocument.Parse(await officer.GetStringAsync("api/v1/discretion/items?noPenalty=true&pageSize=50"));
        listed.RootElement.GetProperty("items").GetProperty("total").GetInt32().ShouldBe(10);

        using var gg = JsonDocument.Parse(await officer.GetStringAsync("api/v1/discretion/items?search=GGCS-002"));
        var id = gg.RootElement.GetProperty("items").GetProperty("items")[0].GetProperty("id").GetGuid();
        using var detail = JsonDocument.Parse(await officer.GetStringAsync($"api/v1/discretion/items/{id}"));
        var item = detail.RootElement.GetProperty("item");
        item.GetProperty("tiers").EnumerateArray().Select(t => t.GetProperty("tierName").GetString()).ShouldBe(["不予处罚", "从轻", "一般", "从重"]);
        item.GetProperty("penaltyProvisions")[0].GetProperty("lawCode").GetString().ShouldBe("public-places-hygiene-rules");
        var np = detail.RootElement.GetProperty("noPenalty").EnumerateArray().Single();
        np.GetProperty("firstTimeOnly").GetBoolean().ShouldBeTrue();
        np.GetProperty("correctWithinDays").GetInt32().ShouldBe(15);

        (await officer.GetAsync($"api/v1/discretion/items/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var clerk = await Server.SignedInAsync("ll.window");
        (await clerk.GetAsync("api/v1/discretion/items")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_proposal_api_applies_the_no_penalty_list_computes_multiples_and_names_bad_input()
    {
        using var officer = await Server.SignedInAsync("ll.officer1");
        var listed = await (await officer.PostAsJsonAsync("api/v1/discretion/proposals", Case("GGCS-002", "2025-03-01", "2025-03-20",
            new { harm = "无", correction = "在责令改正期限内改正", correctionDays = 7 }))).Content.ReadFromJsonAsync<JsonElement>();
        listed.GetProperty("tier").GetString().ShouldBe("NoPenalty");
        listed.GetProperty("noPenalty").GetProperty("applies").GetBoolean().ShouldBeTrue();
        listed.GetProperty("summary").GetString()!.ShouldContain("不予行政处罚");

        var random = await (await officer.PostAsJsonAsync("api/v1/discretion/proposals", Case("CY-001", "2025-03-01", "2025-03-20",
            new { correction = "当场改正", discovery = "双随机抽查" }))).Content.ReadFromJsonAsync<JsonElement>();
        random.GetProperty("noPenalty").GetProperty("applies").GetBoolean().ShouldBeFalse();

        var unlicensed = await officer.PostAsJsonAsync("api/v1/discretion/proposals", Case("YL-001", "2025-03-01", "2025-04-01",
            new { partyKind = "个人", priorViolations = 1, illegalGains = 20000m, aggravating = Refused }));
        unlicensed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var heavy = await unlicensed.Content.ReadFromJsonAsync<JsonElement>();
        heavy.GetProperty("tierName").GetString().ShouldBe("从重");
        heavy.GetProperty("fine").GetProperty("min").GetDecimal().ShouldBe(280000m);
        heavy.GetProperty("fine").GetProperty("max").GetDecimal().ShouldBe(400000m);
        heavy.GetProperty("measureNames").EnumerateArray().Select(m => m.GetString()).ShouldContain("没收违法所得");
        heavy.GetProperty("reasoningText").GetString()!.ShouldContain("第二十八条第二款");

        var check = await officer.PostAsJsonAsync("api/v1/discretion/choice-checks", new
        {
            proposal = Case("YL-001", "2025-03-01", "2025-04-01", new { partyKind = "个人", illegalGains = 20000m }),
            tier = "从重",
            fineYuan = 500000m,
            measures = Confiscations,
            reasoning = "当事人擅自执业时间长，开展输液等有创诊疗活动，从重处罚。",
            justification = "造成两名患者损害，社会影响恶劣，依法从重。",
        });
        (await Problem.ReadAsync(check)).Code.ShouldBe("discretion.fine-above-statutory-maximum");

        (await Problem.ReadAsync(await officer.PostAsJsonAsync("api/v1/discretion/proposals", Case("NO-SUCH-1", "2025-03-01", "2025-03-20"))))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        var noParty = await Problem.ReadAsync(await officer.PostAsJsonAsync("api/v1/discretion/proposals",
            new { itemCode = "GGCS-001", actDate = "2025-03-01" }));
        noParty.Status.ShouldBe(HttpStatusCode.BadRequest);
        noParty.Fields.ShouldBe(["partyKind"]);
        (await Problem.ReadAsync(await officer.PostAsJsonAsync("api/v1/discretion/proposals", Case("GGCS-001", "2021-03-01", "2021-04-01"))))
            .Code.ShouldBe("discretion.no-baseline-in-force");
    }

    [Fact]
    public async Task A_bureau_administrator_imports_a_new_version_keeping_whole_valid_items_and_reporting_every_bad_row()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var check = await admin.PostAsync("api/v1/discretion/baselines/import", Form(File(Rows), "2025年版", "2025-01-01", checkOnly: true));
        check.StatusCode.ShouldBe(HttpStatusCode.OK);
        var checkBody = await check.Content.ReadFromJsonAsync<JsonElement>();
        checkBody.GetProperty("imported").GetBoolean().ShouldBeFalse();
        checkBody.GetProperty("items").GetInt32().ShouldBe(2);
        (await VersionCountAsync()).ShouldBe(1);

        var response = await admin.PostAsync("api/v1/discretion/baselines/import", Form(File(Rows), "2025年版", "2025-01-01"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("imported").GetBoolean().ShouldBeTrue();
        body.GetProperty("totalRows").GetInt32().ShouldBe(9);
        body.GetProperty("items").GetInt32().ShouldBe(2);
        body.GetProperty("tiers").GetInt32().ShouldBe(6);
        body.GetProperty("noPenaltyItems").GetInt32().ShouldBe(1);
        var rejected = body.GetProperty("rejections").EnumerateArray().ToDictionary(r => r.GetProperty("rowNumber").GetInt32(), r => r.GetProperty("reason").GetString()!);
        rejected.Keys.Order().ShouldBe([6, 7, 8]);
        rejected[7].ShouldContain("超出法定幅度");
        rejected[6].ShouldContain("事项 LST-GG-02 未导入");
        rejected[8].ShouldContain("餐饮服务");
        var errors = await admin.GetAsync(body.GetProperty("errorWorkbookUrl").GetString()!.TrimStart('/'));
        errors.StatusCode.ShouldBe(HttpStatusCode.OK);

        // Never overwritten: the same label, or an effective date not after the current version, is refused.
        (await Problem.ReadAsync(await admin.PostAsync("api/v1/discretion/baselines/import", Form(File(Rows), "2025年版", "2025-06-01"))))
            .Code.ShouldBe("discretion.duplicate-version");
        var early = await Problem.ReadAsync(await admin.PostAsync("api/v1/discretion/baselines/import", Form(File(Rows), "2024年版", "2024-06-01")));
        early.Code.ShouldBe("discretion.version-date");
        early.Fields.ShouldBe(["effectiveFrom"]);
        (await Problem.ReadAsync(await admin.PostAsync("api/v1/discretion/baselines/import", Form(File([Rows[6]]), "空版", "2026-01-01"))))
            .Code.ShouldBe("discretion.import-nothing-valid");

        // The bureau's officers now work with their own version; the sample stays readable and applies to acts before it.
        using var officer = await Server.SignedInAsync("lst.officer1");
        using var versions = JsonDocument.Parse(await officer.GetStringAsync("api/v1/discretion/baselines?on=2025-06-01"));
        var own = versions.RootElement.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("versionLabel").GetString() == "2025年版");
        versions.RootElement.GetProperty("inForceId").GetGuid().ShouldBe(own.GetProperty("id").GetGuid());
        versions.RootElement.GetProperty("versions").EnumerateArray().ShouldContain(v => v.GetProperty("isSample").GetBoolean());
        using var items = JsonDocument.Parse(await officer.GetStringAsync("api/v1/discretion/items?on=2025-06-01"));
        items.RootElement.GetProperty("items").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString())
            .ShouldBe(["LST-GG-01", "LST-ZY-01"]);

        // R-PEN-9: GGCS-002 does not exist in the bureau's version, so the act-date sample applies …
        var old = await (await officer.PostAsJsonAsync("api/v1/discretion/proposals", Case("GGCS-002", "2024-10-01", "2025-03-01", new { priorViolations = 1 })))
            .Content.ReadFromJsonAsync<JsonElement>();
        old.GetProperty("baseline").GetProperty("isSample").GetBoolean().ShouldBeTrue();

        // … and another bureau sees nothing of this version.
        using var other = await Server.SignedInAsync("ll.officer1");
        (await other.GetStringAsync("api/v1/discretion/baselines")).ShouldNotContain("冷水滩区卫生健康行政处罚裁量基准");
        (await other.GetAsync($"api/v1/discretion/items?baselineId={own.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(await other.PostAsJsonAsync("api/v1/discretion/proposals", Case("LST-GG-01", "2025-03-01", "2025-03-20"))))
            .Code.ShouldBe("discretion.item-not-found");
        using var otherAdmin = await Server.SignedInAsync("ll.admin");
        (await otherAdmin.GetAsync(body.GetProperty("errorWorkbookUrl").GetString()!.TrimStart('/'))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // R-PEN-9 through the API: a 2026 version with a lower 从重 maximum applies to a 2025 act decided in 2026.
        string[][] lighter = [Rows[0], Rows[1], Rows[2], [.. Rows[3].Take(10), "5000", "10000", "警告", "", "", "", ""]];
        (await admin.PostAsync("api/v1/discretion/baselines/import", Form(File(lighter), "2026年版", "2026-01-01"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var repeat = new { priorViolations = 1 };
        var decided = await (await officer.PostAsJsonAsync("api/v1/discretion/proposals", Case("LST-GG-01", "2025-06-01", "2026-02-01", repeat)))
            .Content.ReadFromJsonAsync<JsonElement>();
        decided.GetProperty("baseline").GetProperty("versionLabel").GetString().ShouldBe("2026年版");
        decided.GetProperty("fine").GetProperty("max").GetDecimal().ShouldBe(10000m);
        decided.GetProperty("reasoning")[0].GetProperty("circumstance").GetString().ShouldBe("从旧兼从轻");
        var before = await (await officer.PostAsJsonAsync("api/v1/discretion/proposals", Case("LST-GG-01", "2025-06-01", "2025-12-01", repeat)))
            .Content.ReadFromJsonAsync<JsonElement>();
        before.GetProperty("baseline").GetProperty("versionLabel").GetString().ShouldBe("2025年版");
        before.GetProperty("fine").GetProperty("max").GetDecimal().ShouldBe(15000m);
        using var superseded = JsonDocument.Parse(await officer.GetStringAsync("api/v1/discretion/baselines?on=2026-02-01"));
        superseded.RootElement.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("versionLabel").GetString() == "2025年版")
            .GetProperty("effectiveUntil").GetString().ShouldBe("2026-01-01");

        var history = await admin.GetStringAsync($"api/v1/audit/history?subjectType=DiscretionBaseline&subjectId={own.GetProperty("id").GetGuid()}");
        history.ShouldContain("discretion-baseline.imported");
    }

    [Fact]
    public async Task Only_the_jurisdictions_system_administrator_may_import()
    {
        foreach (var user in new[] { "lst.officer1", "lst.reviewer", "lst.head" })
        {
            using var client = await Server.SignedInAsync(user);
            (await client.PostAsync("api/v1/discretion/baselines/import", Form(File(Rows), "越权版", "2030-01-01"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
        }

        Guid otherBureau;
        await using (var scope = Server.ScopeAs(Actor.System()))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            otherBureau = await db.Users.Where(u => u.UserName == "ll.admin").Select(u => u.OrganizationId).SingleAsync();
        }

        using var admin = await Server.SignedInAsync("lst.admin");
        (await admin.PostAsync("api/v1/discretion/baselines/import", Form(File(Rows), "越权版", "2030-01-01", jurisdictionId: otherBureau.ToString())))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await VersionCountAsync("越权版")).ShouldBe(0);
    }

    [Fact]
    public async Task The_pages_list_show_an_item_compute_a_proposal_and_list_versions_in_chinese()
    {
        using var client = await SignInAsync("ll.officer2");
        var index = await client.GetStringAsync("Enforcement/Discretion/Index?specialty=PublicPlaces");
        index.ShouldContain("裁量基准");
        index.ShouldContain(DiscretionBaseline.SampleNotice);
        var id = DetailsLink().Match(index).Groups[1].Value;
        id.ShouldNotBeNullOrEmpty();
        (await client.GetStringAsync($"Enforcement/Discretion/Details/{id}")).ShouldContain("裁量档次");
        (await client.GetStringAsync("Enforcement/Discretion/Index?q=没有这样的事项")).ShouldContain("没有符合条件的事项");
        var proposal = await client.GetStringAsync(
            "Enforcement/Discretion/Propose?calculate=true&itemCode=GGCS-002&actDate=2025-03-01&decisionDate=2025-03-20&partyKind=Organization&priorViolations=0&harm=None&correction=Immediately&discovery=RoutineInspection");
        proposal.ShouldContain("不予处罚清单条件");
        proposal.ShouldContain("裁量理由");
        (await client.GetStringAsync("Enforcement/Discretion/Propose?calculate=true&itemCode=NOPE-1&actDate=2025-03-01&partyKind=Organization"))
            .ShouldContain("没有编码为 NOPE-1 的事项");
        var versions = await client.GetStringAsync("Enforcement/Discretion/Versions");
        versions.ShouldContain("示例版（2022）");
        versions.ShouldContain("裁量基准由本辖区单位的系统管理员导入");
    }

    private async Task<int> VersionCountAsync(string? label = null)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        return await db.Set<DiscretionBaseline>().CountAsync(b => label == null || b.VersionLabel == label);
    }

    private async Task<HttpClient> SignInAsync(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Server.BaseAddress };
        var page = await client.GetStringAsync("Account/Login");
        var response = await client.PostAsync("Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = ServerFixture.Password,
            ["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value,
        }));
        response.EnsureSuccessStatusCode();
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("/Enforcement/Discretion/Details/([0-9a-f-]{36})")]
    private static partial Regex DetailsLink();
}

public sealed class DiscretionApiTests_Sqlite(SqliteServer server) : DiscretionApiTests<SqliteServer>(server);

public sealed class DiscretionApiTests_Postgres(PostgresServer server) : DiscretionApiTests<PostgresServer>(server);
