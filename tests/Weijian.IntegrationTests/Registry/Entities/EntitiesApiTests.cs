using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Registry.Entities;

/// <summary>监管对象名录库 through the HTTP API (issue #3; R-INS-2 检查对象名录库), on both providers.</summary>
public abstract class EntitiesApiTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static object Hotel(string code, string name = "冷水滩区测试宾馆", string? kind = "单位") => new
    {
        partyKind = kind,
        name,
        creditCode = code,
        legalRepresentative = "李建国",
        address = "永州市冷水滩区凤凰路18号",
        regionCode = "431103",
        specialty = "公共场所",
        subType = "宾馆",
        businessScale = "小型",
        riskTier = "中风险",
        creditGrade = "A",
        hygieneGrade = "B级",
        contactPerson = "王丽华",
        contactPhone = "0746-8221234",
    };

    [Fact]
    public async Task A_registered_entity_can_be_read_found_by_name_fragment_and_code_and_has_its_history()
    {
        using var officer = await Server.SignedInAsync("lst.officer1");
        var created = await officer.PostAsJsonAsync("api/v1/entities", Hotel("91350100M000100Y43", "冷水滩区星河湾大酒店"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = await IdAsync(created);

        using var entity = JsonDocument.Parse(await officer.GetStringAsync($"api/v1/entities/{id}"));
        var e = entity.RootElement;
        e.GetProperty("name").GetString().ShouldBe("冷水滩区星河湾大酒店");
        e.GetProperty("specialtyName").GetString().ShouldBe("公共场所");
        e.GetProperty("subType").GetString().ShouldBe("hotel");
        e.GetProperty("subTypeClass").GetString().ShouldBe("住宿与交际场所");
        e.GetProperty("hygieneGradeName").GetString().ShouldBe("B级");
        e.GetProperty("status").GetString().ShouldBe("Operating");

        (await ListAsync(officer, "name=星河湾")).ShouldBe([id]);
        (await ListAsync(officer, "creditCode=91350100m000100y43")).ShouldBe([id]);
        (await ListAsync(officer, "creditCode=91350100M")).ShouldContain(id);
        (await ListAsync(officer, "name=星河湾&specialty=MedicalCare")).ShouldBeEmpty();

        var history = await officer.GetStringAsync(e.GetProperty("historyPath").GetString()!.TrimStart('/'));
        history.ShouldContain("entity.registered");
        history.ShouldContain("登记监管对象");
    }

    [Fact]
    public async Task The_same_credit_code_twice_in_one_organisation_is_refused_and_nothing_is_written()
    {
        using var officer = await Server.SignedInAsync("lst.officer1");
        (await officer.PostAsJsonAsync("api/v1/entities", Hotel("91110000600037341L"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        var entities = await CountAsync<RegulatedEntity>();
        var audits = await CountAsync<Platform.Audit.AuditEntry>();

        var problem = await Problem.ReadAsync(await officer.PostAsJsonAsync("api/v1/entities", Hotel("91110000600037341l", "另一家宾馆")));
        problem.Status.ShouldBe(HttpStatusCode.Conflict);
        problem.Code.ShouldBe("entity.duplicate-credit-code");
        problem.Fields.ShouldBe(["creditCode"]);
        problem.Title.ShouldContain("不能重复登记");
        (await CountAsync<RegulatedEntity>()).ShouldBe(entities);
        (await CountAsync<Platform.Audit.AuditEntry>()).ShouldBe(audits);

        // The same code in another organisation is another bureau's register: allowed.
        using var other = await Server.SignedInAsync("ll.officer1");
        (await other.PostAsJsonAsync("api/v1/entities", Hotel("91110000600037341L"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_wrong_check_character_is_a_400_on_the_credit_code_field()
    {
        using var officer = await Server.SignedInAsync("lst.officer2");
        var problem = await Problem.ReadAsync(await officer.PostAsJsonAsync("api/v1/entities", Hotel("91350100M000100Y44")));
        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Code.ShouldBe("validation.credit-code");
        problem.Fields.ShouldBe(["creditCode"]);

        var person = await Problem.ReadAsync(await officer.PostAsJsonAsync("api/v1/entities", Hotel("110105194912310021", "个人理发", "个人")));
        person.Code.ShouldBe("validation.id-number");
    }

    [Fact]
    public async Task An_update_records_before_and_after_and_cannot_take_another_entitys_code()
    {
        using var officer = await Server.SignedInAsync("lst.officer1");
        var id = await IdAsync(await officer.PostAsJsonAsync("api/v1/entities", Hotel(CreditCode.Complete("91431103MA4L0001X"))));
        var updated = await officer.PutAsJsonAsync($"api/v1/entities/{id}", Hotel(CreditCode.Complete("91431103MA4L0001X"), "冷水滩区测试宾馆（更名）"));
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var history = await officer.GetStringAsync($"api/v1/audit/history?subjectType=RegulatedEntity&subjectId={id}");
        history.ShouldContain("entity.updated");
        history.ShouldContain("冷水滩区测试宾馆（更名）");

        var otherId = await IdAsync(await officer.PostAsJsonAsync("api/v1/entities", Hotel(CreditCode.Complete("91431103MA4L0002X"))));
        var problem = await Problem.ReadAsync(await officer.PutAsJsonAsync($"api/v1/entities/{otherId}", Hotel(CreditCode.Complete("91431103MA4L0001X"))));
        problem.Code.ShouldBe("entity.duplicate-credit-code");
    }

    [Fact]
    public async Task Closing_needs_a_reason_and_a_date_keeps_the_entity_and_it_can_be_reopened()
    {
        using var officer = await Server.SignedInAsync("lst.officer1");
        var id = await IdAsync(await officer.PostAsJsonAsync("api/v1/entities", Hotel(CreditCode.Complete("91431103MA4L0003X"))));

        var noReason = await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/entities/{id}/close", new { status = "Closed", date = "2026-01-05" }));
        noReason.Code.ShouldBe("validation.required");
        noReason.Fields.ShouldBe(["reason"]);
        var noDate = await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/entities/{id}/close", new { status = "Closed", reason = "注销营业执照" }));
        noDate.Fields.ShouldBe(["date"]);
        var future = await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/entities/{id}/close", new { status = "Closed", reason = "注销", date = "2999-01-01" }));
        future.Code.ShouldBe("entity.status-date-in-future");

        var closed = await officer.PostAsJsonAsync($"api/v1/entities/{id}/close", new { status = "Closed", reason = "经营者申请注销", date = "2026-01-05" });
        closed.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var body = JsonDocument.Parse(await closed.Content.ReadAsStringAsync()))
        {
            body.RootElement.GetProperty("statusName").GetString().ShouldBe("已注销");
            body.RootElement.GetProperty("statusReason").GetString().ShouldBe("经营者申请注销");
            body.RootElement.GetProperty("statusChangedOn").GetString().ShouldBe("2026-01-05");
        }

        (await ListAsync(officer, "status=Closed&pageSize=200")).ShouldContain(id);
        (await ListAsync(officer, "status=Operating&pageSize=200")).ShouldNotContain(id);
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/entities/{id}/close", new { status = "Suspended", reason = "x", date = "2026-01-06" })))
            .Code.ShouldBe("entity.already-closed");

        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/entities/{id}/reopen", new { }))).Fields.ShouldBe(["reason"]);
        var reopened = await officer.PostAsJsonAsync($"api/v1/entities/{id}/reopen", new { reason = "重新取得营业执照" });
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ListAsync(officer, "status=Operating&name=测试宾馆&pageSize=200")).ShouldContain(id);

        var history = await officer.GetStringAsync($"api/v1/audit/history?subjectType=RegulatedEntity&subjectId={id}");
        history.ShouldContain("entity.closed");
        history.ShouldContain("entity.reopened");
        (await CountAsync<RegulatedEntity>(e => e.Id == id)).ShouldBe(1);
    }

    [Fact]
    public async Task The_list_filters_sorts_and_pages_the_demo_register()
    {
        using var officer = await Server.SignedInAsync("lst.officer2");
        using var all = JsonDocument.Parse(await officer.GetStringAsync("api/v1/entities?pageSize=200"));
        all.RootElement.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(EntityDemo.DefaultPerBureau);

        using var places = JsonDocument.Parse(await officer.GetStringAsync("api/v1/entities?specialty=公共场所&pageSize=200"));
        var items = places.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty();
        items.ShouldAllBe(i => i.GetProperty("specialty").GetString() == "PublicPlaces");

        using var ungraded = JsonDocument.Parse(await officer.GetStringAsync("api/v1/entities?hygieneGrade=none&specialty=MedicalCare&pageSize=200"));
        ungraded.RootElement.GetProperty("items").EnumerateArray().ShouldAllBe(i => i.GetProperty("hygieneGrade").ValueKind == JsonValueKind.Null);

        using var graded = JsonDocument.Parse(await officer.GetStringAsync("api/v1/entities?hygieneGrade=A&riskTier=Low&regionCode=431103&pageSize=200"));
        graded.RootElement.GetProperty("items").EnumerateArray()
            .ShouldAllBe(i => i.GetProperty("hygieneGrade").GetString() == "A" && i.GetProperty("riskTier").GetString() == "Low");

        // Paging by name: consecutive pages do not overlap and together hold every entity once.
        var seen = new List<string>();
        for (var page = 1; page <= 4; page++)
        {
            using var p = JsonDocument.Parse(await officer.GetStringAsync($"api/v1/entities?sort=name&pageSize=20&page={page}"));
            seen.AddRange(p.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
        }

        seen.ShouldBeUnique();
        (await ListAsync(officer, "sort=-region&pageSize=5")).Count.ShouldBe(5);

        var badSort = await Problem.ReadAsync(await officer.GetAsync("api/v1/entities?sort=size"));
        badSort.Status.ShouldBe(HttpStatusCode.BadRequest);
        badSort.Fields.ShouldBe(["sort"]);
        (await Problem.ReadAsync(await officer.GetAsync("api/v1/entities?specialty=天文"))).Fields.ShouldBe(["specialty"]);
    }

    [Fact]
    public async Task Upsert_by_key_creates_then_leaves_unchanged_then_updates()
    {
        using var officer = await Server.SignedInAsync("lst.window");
        var code = CreditCode.Complete("91431103MA4L0004X");
        async Task<string> Outcome(object body)
        {
            var r = await officer.PostAsJsonAsync("api/v1/entities/upsert", body);
            r.StatusCode.ShouldBe(HttpStatusCode.OK);
            using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
            return doc.RootElement.GetProperty("outcome").GetString()!;
        }

        (await Outcome(Hotel(code))).ShouldBe("Created");
        var audits = await CountAsync<Platform.Audit.AuditEntry>();
        (await Outcome(Hotel(code))).ShouldBe("Unchanged");
        (await CountAsync<Platform.Audit.AuditEntry>()).ShouldBe(audits);
        (await Outcome(Hotel(code, "冷水滩区测试宾馆二店"))).ShouldBe("Updated");
        (await CountAsync<RegulatedEntity>(e => e.CreditCode == code)).ShouldBe(1);
    }

    [Fact]
    public async Task A_petition_clerk_may_read_but_not_change_the_register()
    {
        using var clerk = await Server.SignedInAsync("lst.petition");
        (await clerk.GetAsync("api/v1/entities")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var problem = await Problem.ReadAsync(await clerk.PostAsJsonAsync("api/v1/entities", Hotel(CreditCode.Complete("91431103MA4L0005X"))));
        problem.Status.ShouldBe(HttpStatusCode.Forbidden);
        problem.Code.ShouldBe("auth.role-required");
    }

    // DESIGN principle 4: another bureau neither sees nor changes my entities.
    [Fact]
    public async Task Another_bureau_gets_404_for_my_entity_and_does_not_see_it_in_its_list()
    {
        using var mine = await Server.SignedInAsync("lst.officer1");
        var code = CreditCode.Complete("91431103MA4L0006X");
        var id = await IdAsync(await mine.PostAsJsonAsync("api/v1/entities", Hotel(code, "冷水滩区隔离测试宾馆")));

        foreach (var intruder in new[] { "ll.admin", "ll.officer1" })
        {
            using var b = await Server.SignedInAsync(intruder);
            (await b.GetAsync($"api/v1/entities/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            var put = await Problem.ReadAsync(await b.PutAsJsonAsync($"api/v1/entities/{id}", Hotel(code, "篡改")));
            put.Status.ShouldBe(HttpStatusCode.NotFound, intruder);
            put.Code.ShouldBe("entity.not-found");
            (await b.PostAsJsonAsync($"api/v1/entities/{id}/close", new { status = "Closed", reason = "越权", date = "2026-01-05" })).StatusCode
                .ShouldBe(HttpStatusCode.NotFound, intruder);
            (await b.PostAsJsonAsync($"api/v1/entities/{id}/reopen", new { reason = "越权" })).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            (await b.GetStringAsync("api/v1/entities?name=隔离测试&pageSize=200")).ShouldNotContain(id.ToString(), customMessage: intruder);
            (await b.GetStringAsync($"api/v1/entities?creditCode={code}")).ShouldNotContain(id.ToString(), customMessage: intruder);
            (await b.GetStringAsync($"api/v1/audit/history?subjectType=RegulatedEntity&subjectId={id}")).ShouldBe("[]", intruder);
        }

        using var again = JsonDocument.Parse(await mine.GetStringAsync($"api/v1/entities/{id}"));
        again.RootElement.GetProperty("name").GetString().ShouldBe("冷水滩区隔离测试宾馆");
        again.RootElement.GetProperty("status").GetString().ShouldBe("Operating");
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<List<Guid>> ListAsync(HttpClient client, string query)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync("api/v1/entities?" + query));
        return doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }

    private async Task<int> CountAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>>? where = null)
        where T : class
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var set = scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<T>();
        return where is null ? await set.CountAsync() : await set.CountAsync(where);
    }
}

public sealed class EntitiesApiTests_Sqlite(SqliteServer server) : EntitiesApiTests<SqliteServer>(server);

public sealed class EntitiesApiTests_Postgres(PostgresServer server) : EntitiesApiTests<PostgresServer>(server);
