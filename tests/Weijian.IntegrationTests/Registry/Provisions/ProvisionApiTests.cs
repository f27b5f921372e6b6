using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Registry.Provisions;

namespace Weijian.IntegrationTests.Registry.Provisions;

/// <summary>The provision library through the API (issue #3 acceptance 4; R-PEN-9, R-LAW-1) and its idempotent loader.</summary>
public abstract class ProvisionApiTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task A_provision_cited_before_and_after_the_2025_revision_resolves_to_the_version_then_in_force()
    {
        using var officer = await Server.SignedInAsync("lst.officer1");
        using var before = JsonDocument.Parse(await officer.GetStringAsync("api/v1/provisions/resolve?code=infectious-disease-law&article=1&date=2025-08-31"));
        before.RootElement.GetProperty("document").GetProperty("versionLabel").GetString().ShouldBe("2013年修正");
        before.RootElement.GetProperty("document").GetProperty("status").GetString().ShouldBe("InForce");
        before.RootElement.GetProperty("article").GetProperty("label").GetString().ShouldBe("第一条");
        before.RootElement.GetProperty("article").GetProperty("text").GetString().ShouldBe("为了预防、控制和消除传染病的发生与流行，保障人体健康和公共卫生，制定本法。");
        before.RootElement.GetProperty("citation").GetString().ShouldBe("《中华人民共和国传染病防治法》（2013年修正）第一条");

        using var after = JsonDocument.Parse(await officer.GetStringAsync("api/v1/provisions/resolve?code=infectious-disease-law&article=1&date=2025-09-01"));
        after.RootElement.GetProperty("document").GetProperty("versionLabel").GetString().ShouldBe("2025年修订");
        after.RootElement.GetProperty("document").GetProperty("documentNumber").GetString().ShouldBe("主席令第四十七号");
        after.RootElement.GetProperty("article").GetProperty("isSummary").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_date_before_any_version_is_a_400_with_a_chinese_message_and_an_unknown_code_a_404()
    {
        using var officer = await Server.SignedInAsync("ll.officer2");
        var early = await Problem.ReadAsync(await officer.GetAsync("api/v1/provisions/resolve?code=infectious-disease-law&article=1&date=2001-03-01"));
        early.Status.ShouldBe(HttpStatusCode.BadRequest);
        early.Code.ShouldBe("provision.not-yet-in-force");
        early.Title.ShouldContain("2001年3月1日");
        early.Fields.ShouldBe(["date"]);

        var unknown = await Problem.ReadAsync(await officer.GetAsync("api/v1/provisions/resolve?code=no-such-law&article=1&date=2025-01-01"));
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
        unknown.Code.ShouldBe("provision.unknown-document");

        var missing = await Problem.ReadAsync(await officer.GetAsync("api/v1/provisions/resolve?code=infectious-disease-law&date=2025-01-01"));
        missing.Status.ShouldBe(HttpStatusCode.BadRequest);
        missing.Fields.ShouldBe(["article"]);
    }

    [Fact]
    public async Task The_library_lists_versions_with_their_status_on_a_date_and_shows_a_version_with_its_articles()
    {
        using var officer = await Server.SignedInAsync("lst.officer2");
        using var list = JsonDocument.Parse(await officer.GetStringAsync("api/v1/provisions?search=传染病&on=2026-01-01"));
        var items = list.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(2);
        items.Single(i => i.GetProperty("versionLabel").GetString() == "2013年修正").GetProperty("statusName").GetString().ShouldBe("已废止");
        var current = items.Single(i => i.GetProperty("versionLabel").GetString() == "2025年修订");
        current.GetProperty("statusName").GetString().ShouldBe("现行有效");

        using var repealedOnly = JsonDocument.Parse(await officer.GetStringAsync("api/v1/provisions?status=Repealed&on=2026-01-01&pageSize=100"));
        repealedOnly.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("documentNumber").GetString())
            .ShouldBe(["主席令第五号", "卫生部令第53号"], ignoreOrder: true);

        using var penalty = JsonDocument.Parse(await officer.GetStringAsync("api/v1/provisions?search=行政处罚法"));
        var id = penalty.RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
        using var doc = JsonDocument.Parse(await officer.GetStringAsync($"api/v1/provisions/{id}"));
        doc.RootElement.GetProperty("document").GetProperty("documentNumber").GetString().ShouldBe("主席令第七十号");
        doc.RootElement.GetProperty("articles").EnumerateArray().ShouldContain(a => a.GetProperty("label").GetString() == "第八十五条");
        (await officer.GetAsync($"api/v1/provisions/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Loading_the_shipped_set_again_adds_nothing_and_the_load_is_audited_once_in_the_root_chain()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var versions = await db.Set<LegalDocument>().CountAsync();
        var articles = await db.Set<LegalArticle>().CountAsync();
        versions.ShouldBeGreaterThanOrEqualTo(20);

        var again = await scope.ServiceProvider.GetRequiredService<LoadProvisionsHandler>().HandleAsync(new LoadProvisions(), default);
        again.Added.ShouldBe(0);
        again.Updated.ShouldBe(0);
        again.Unchanged.ShouldBe(versions);
        (await ProvisionLoader.EnsureLoadedAsync(Server.Services, default))!.Added.ShouldBe(0);

        (await db.Set<LegalDocument>().CountAsync()).ShouldBe(versions);
        (await db.Set<LegalArticle>().CountAsync()).ShouldBe(articles);
        var root = await db.Organizations.Where(o => o.ParentId == null).Select(o => o.Id).SingleAsync();
        var loads = await db.AuditEntries.Where(a => a.Action == "provisions.loaded").ToListAsync();
        loads.Count.ShouldBe(1);
        loads[0].OrganizationId.ShouldBe(root);
    }

    [Fact]
    public async Task Only_a_root_system_administrator_may_load_the_national_library()
    {
        using var countyAdmin = await Server.SignedInAsync("lst.admin");
        (await Problem.ReadAsync(await countyAdmin.PostAsync("api/v1/provisions/load", null))).Code.ShouldBe("provision.national-data");
        using var officer = await Server.SignedInAsync("lst.officer1");
        (await officer.PostAsync("api/v1/provisions/load", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var rootAdmin = await Server.SignedInAsync("admin");
        var result = await rootAdmin.PostAsync("api/v1/provisions/load", null);
        result.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await result.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32().ShouldBe(0);
    }
}

public sealed class ProvisionApiTests_Sqlite(SqliteServer server) : ProvisionApiTests<SqliteServer>(server);

public sealed class ProvisionApiTests_Postgres(PostgresServer server) : ProvisionApiTests<PostgresServer>(server);
