using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Registry.Catalogs;

/// <summary>
/// The bureau catalogues through the API: starter sets in the demo, versioning with effective dates (a new version
/// closes the old; the list on a date shows what was then in force), retirement, roles, and tenant isolation.
/// </summary>
public abstract class CatalogApiTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static object InspectionItem(string code, string name, DateOnly from, string? note = null) => new
    {
        code,
        effectiveFrom = from,
        changeNote = note,
        name,
        legalBasis = "《公共场所卫生管理条例》第三条",
        provisions = new[] { new { code = "public-places-hygiene-regulation", article = 3 } },
        specialty = "公共场所",
        level = "重点",
        targets = "沐浴场所",
        checkContent = "浴池水质",
        checklistLines = new[] { "浴池水浊度", "余氯" },
    };

    [Fact]
    public async Task The_demo_bureaus_hold_the_starter_catalogues_in_force_from_2025()
    {
        using var officer = await Server.SignedInAsync("ll.officer1");
        foreach (var (kind, min) in new[] { ("power-items", 30), ("inspection-items", 20), ("av-items", 9) })
        {
            using var list = JsonDocument.Parse(await officer.GetStringAsync($"api/v1/catalog/{kind}?on=2025-06-01&pageSize=1"));
            list.RootElement.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(min, kind);
            using var before = JsonDocument.Parse(await officer.GetStringAsync($"api/v1/catalog/{kind}?on=2024-12-31"));
            before.RootElement.GetProperty("total").GetInt32().ShouldBe(0, kind);
        }

        using var penalties = JsonDocument.Parse(await officer.GetStringAsync("api/v1/catalog/power-items?powerType=行政处罚&search=健康合格证明"));
        var row = penalties.RootElement.GetProperty("items")[0].GetProperty("version");
        row.GetProperty("powerTypeName").GetString().ShouldBe("行政处罚");
        row.GetProperty("provisions").EnumerateArray().Select(p => p.GetProperty("citation").GetString())
            .ShouldContain("《公共场所卫生管理条例》第七条");
    }

    [Fact]
    public async Task A_new_version_closes_the_old_one_and_the_list_on_a_date_before_and_after_shows_each()
    {
        using var admin = await Server.SignedInAsync("lst.reviewer");
        var created = await admin.PostAsJsonAsync("api/v1/catalog/inspection-items", InspectionItem("T-VER-1", "沐浴场所水质检查", new DateOnly(2025, 3, 1)));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var revised = await admin.PostAsJsonAsync($"api/v1/catalog/inspection-items/{id}/versions",
            InspectionItem("T-VER-1", "沐浴场所水质及设施检查", new DateOnly(2025, 9, 1), "增加设施检查"));
        revised.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var item = JsonDocument.Parse(await admin.GetStringAsync($"api/v1/catalog/inspection-items/{id}"));
        var versions = item.RootElement.GetProperty("versions").EnumerateArray().ToList();
        versions.Count.ShouldBe(2);
        versions[1].GetProperty("effectiveTo").GetString().ShouldBe("2025-09-01");
        versions[0].GetProperty("changeNote").GetString().ShouldBe("增加设施检查");

        async Task<string?> NameOn(string date)
        {
            using var list = JsonDocument.Parse(await admin.GetStringAsync($"api/v1/catalog/inspection-items?on={date}&search=T-VER-1"));
            var rows = list.RootElement.GetProperty("items").EnumerateArray().ToList();
            return rows.Count == 0 ? null : rows.Single().GetProperty("version").GetProperty("name").GetString();
        }

        (await NameOn("2025-02-28")).ShouldBeNull();
        (await NameOn("2025-08-31")).ShouldBe("沐浴场所水质检查");
        (await NameOn("2025-09-01")).ShouldBe("沐浴场所水质及设施检查");

        var overwrite = await Problem.ReadAsync(await admin.PostAsJsonAsync($"api/v1/catalog/inspection-items/{id}/versions",
            InspectionItem("T-VER-1", "覆盖", new DateOnly(2025, 5, 1), "改")));
        overwrite.Code.ShouldBe("catalog-item.version-date");
        overwrite.Fields.ShouldBe(["effectiveFrom"]);

        var retired = await admin.PostAsJsonAsync($"api/v1/catalog/inspection-items/{id}/retire", new { retiredOn = "2026-01-01", reason = "并入综合查一次" });
        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await NameOn("2025-12-31")).ShouldBe("沐浴场所水质及设施检查");
        (await NameOn("2026-01-01")).ShouldBeNull();
        using var all = JsonDocument.Parse(await admin.GetStringAsync("api/v1/catalog/inspection-items?on=2026-01-01&all=true&search=T-VER-1"));
        all.RootElement.GetProperty("items")[0].GetProperty("statusName").GetString().ShouldBe("已停止执行");

        var history = await admin.GetStringAsync($"api/v1/audit/history?subjectType=CatalogItem&subjectId={id}");
        history.ShouldContain("catalog-item.created");
        history.ShouldContain("catalog-item.revised");
        history.ShouldContain("catalog-item.retired");
    }

    [Fact]
    public async Task Invalid_input_names_the_field_duplicates_are_refused_and_officers_may_only_read()
    {
        using var head = await Server.SignedInAsync("lst.head");
        var noChecklist = await Problem.ReadAsync(await head.PostAsJsonAsync("api/v1/catalog/inspection-items", new
        {
            code = "T-BAD-1",
            effectiveFrom = "2025-01-01",
            name = "x",
            legalBasis = "y",
            specialty = "公共场所",
            level = "一般",
            targets = "t",
            checkContent = "c",
        }));
        noChecklist.Status.ShouldBe(HttpStatusCode.BadRequest);
        noChecklist.Fields.ShouldBe(["checklistLines"]);

        var unknownLaw = await Problem.ReadAsync(await head.PostAsJsonAsync("api/v1/catalog/av-items", new
        {
            code = "T-BAD-2",
            effectiveFrom = "2025-01-01",
            name = "x",
            legalBasis = "y",
            activity = "听证",
            continuousRecording = true,
            recordingRequirement = "r",
            provisions = new[] { new { code = "made-up-law", article = 1 } },
        }));
        unknownLaw.Code.ShouldBe("catalog-item.unknown-provision");

        var duplicate = await Problem.ReadAsync(await head.PostAsJsonAsync("api/v1/catalog/inspection-items", InspectionItem("CC-GG-01", "重复", new DateOnly(2025, 1, 1))));
        duplicate.Code.ShouldBe("catalog-item.duplicate-code");

        using var officer = await Server.SignedInAsync("lst.officer2");
        (await officer.PostAsJsonAsync("api/v1/catalog/inspection-items", InspectionItem("T-OFF-1", "越权", new DateOnly(2025, 1, 1))))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await head.GetAsync("api/v1/catalog/no-such-kind")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Loading_the_starter_set_twice_adds_nothing()
    {
        using var admin = await Server.SignedInAsync("ll.admin");
        var result = await admin.PostAsJsonAsync("api/v1/catalog/av-items/starter-set", new { effectiveFrom = "2025-01-01" });
        result.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await result.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("added").GetInt32().ShouldBe(0);
        body.GetProperty("alreadyPresent").GetInt32().ShouldBe(9);
    }

    [Fact]
    public async Task Another_bureau_gets_404_for_an_item_and_sees_none_of_it()
    {
        using var a = await Server.SignedInAsync("lst.admin");
        var created = await a.PostAsJsonAsync("api/v1/catalog/inspection-items", InspectionItem("T-ISO-1", "冷水滩专属事项", new DateOnly(2025, 1, 1)));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        foreach (var intruder in new[] { "ll.admin", "ll.reviewer", "ll.officer1" })
        {
            using var b = await Server.SignedInAsync(intruder);
            (await b.GetAsync($"api/v1/catalog/inspection-items/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            var list = await b.GetStringAsync("api/v1/catalog/inspection-items?all=true&pageSize=200");
            list.ShouldNotContain(id.ToString(), customMessage: intruder);
            list.ShouldNotContain("冷水滩专属事项", customMessage: intruder);
            var revise = await b.PostAsJsonAsync($"api/v1/catalog/inspection-items/{id}/versions", InspectionItem("T-ISO-1", "篡改", new DateOnly(2025, 6, 1), "越权"));
            revise.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
            var retire = await b.PostAsJsonAsync($"api/v1/catalog/inspection-items/{id}/retire", new { retiredOn = "2025-06-01", reason = "越权" });
            retire.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
            (await b.GetStringAsync($"api/v1/audit/history?subjectType=CatalogItem&subjectId={id}")).ShouldBe("[]", intruder);
        }

        using var item = JsonDocument.Parse(await a.GetStringAsync($"api/v1/catalog/inspection-items/{id}"));
        item.RootElement.GetProperty("versions").GetArrayLength().ShouldBe(1);
        item.RootElement.GetProperty("retiredOn").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}

public sealed class CatalogApiTests_Sqlite(SqliteServer server) : CatalogApiTests<SqliteServer>(server);

public sealed class CatalogApiTests_Postgres(PostgresServer server) : CatalogApiTests<PostgresServer>(server);
