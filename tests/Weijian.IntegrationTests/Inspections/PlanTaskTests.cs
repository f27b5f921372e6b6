using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.IntegrationTests.Inspections;

/// <summary>
/// 抽查计划 and 检查任务 through the API on both providers (issue #4): a plan issued at any level reaches exactly the
/// county bureaus of its subtree (R-INS-4, tenancy), targets are never deleted and not-inspectable needs a reason (R-INS-7),
/// non-random tasks need a reason and two eligible officers (R-INS-9, R-OFF-1, R-PEN-12).
/// </summary>
public abstract class PlanTaskTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    internal static object Plan(string title, string level, DateOnly today, object[]? strata = null, object[]? weights = null) => new
    {
        year = today.Year,
        title,
        level,
        deadline = new DateOnly(today.Year, 12, 31),
        itemCodes = PlanItems,
        strata = strata ?? [new { specialty = "公共场所", ratio = 0.2m }],
        riskWeights = weights,
    };

    internal static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    internal static async Task<Guid?> TaskOfPlanAsync(HttpClient client, Guid planId)
    {
        var list = await OkAsync(await client.GetAsync("api/v1/tasks?pageSize=200"));
        var task = await Task.WhenAll(list.GetProperty("items").EnumerateArray().Select(async t =>
            (Id: t.GetProperty("id").GetGuid(), Detail: await OkAsync(await client.GetAsync($"api/v1/tasks/{t.GetProperty("id").GetGuid()}")))));
        return task.Where(t => t.Detail.GetProperty("planId").ValueKind != JsonValueKind.Null && t.Detail.GetProperty("planId").GetGuid() == planId)
            .Select(t => (Guid?)t.Id).FirstOrDefault();
    }

    private static readonly string[] UnknownItem = ["NO-SUCH"];

    private static readonly string[] PlanItems = ["CC-GG-01", "CC-GG-02", "CC-YL-03"];

    private DateOnly Today => ChinaClock.Today(Server.Clock);

    [Fact]
    public async Task A_plan_issued_by_the_province_reaches_every_county_bureau_and_a_county_plan_only_its_own_bureau_R_INS_4()
    {
        using var province = await Server.SignedInAsync("admin");
        var national = await OkAsync(await province.PostAsJsonAsync("api/v1/plans", Plan("国家随机监督抽查（测试）", "National", Today)));
        national.GetProperty("status").GetString().ShouldBe("Draft");
        var issued = await OkAsync(await province.PostAsync($"api/v1/plans/{national.GetProperty("id").GetGuid()}/issue", null));
        issued.GetProperty("status").GetString().ShouldBe("Issued");
        issued.GetProperty("issuedTo").GetArrayLength().ShouldBe(2);
        (await Problem.ReadAsync(await province.PostAsync($"api/v1/plans/{national.GetProperty("id").GetGuid()}/issue", null))).Code.ShouldBe("inspection-plan.not-draft");

        using var lst = await Server.SignedInAsync("lst.officer1");
        using var ll = await Server.SignedInAsync("ll.officer1");
        var planId = national.GetProperty("id").GetGuid();
        (await TaskOfPlanAsync(lst, planId)).ShouldNotBeNull();
        (await TaskOfPlanAsync(ll, planId)).ShouldNotBeNull();

        // A city cannot enter national tasks (R-INS-4: the province does).
        using var city = await Server.SignedInAsync("yz.admin");
        var refused = await Problem.ReadAsync(await city.PostAsJsonAsync("api/v1/plans", Plan("越级计划", "National", Today)));
        refused.Code.ShouldBe("inspection-plan.level-not-allowed");
        refused.Fields.ShouldContain("level");

        // A county plan goes to its own bureau only; the other bureau neither lists nor reads the task.
        using var head = await Server.SignedInAsync("lst.head");
        var county = await OkAsync(await head.PostAsJsonAsync("api/v1/plans", Plan("冷水滩区县级抽查（测试）", "County", Today)));
        var countyId = county.GetProperty("id").GetGuid();
        (await OkAsync(await head.PostAsync($"api/v1/plans/{countyId}/issue", null))).GetProperty("issuedTo").GetArrayLength().ShouldBe(1);
        var task = await TaskOfPlanAsync(lst, countyId);
        task.ShouldNotBeNull();
        (await TaskOfPlanAsync(ll, countyId)).ShouldBeNull();
        (await ll.GetAsync($"api/v1/tasks/{task}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ll.GetAsync($"api/v1/plans/{countyId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The province reads its own plan, not the bureau's.
        (await province.GetAsync($"api/v1/plans/{countyId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await OkAsync(await province.GetAsync("api/v1/plans?pageSize=200"))).GetProperty("items").EnumerateArray()
            .ShouldContain(p => p.GetProperty("id").GetGuid() == planId);
    }

    [Fact]
    public async Task A_plan_is_validated_field_by_field_in_chinese()
    {
        using var head = await Server.SignedInAsync("lst.head");
        var p = await Problem.ReadAsync(await head.PostAsJsonAsync("api/v1/plans", Plan("", "County", Today)));
        p.Code.ShouldBe("validation.required");
        p.Fields.ShouldContain("title");
        p = await Problem.ReadAsync(await head.PostAsJsonAsync("api/v1/plans", Plan("比例和数量都填", "County", Today, [new { specialty = "公共场所", ratio = 0.1m, quota = 3 }])));
        p.Code.ShouldBe("inspection-plan.ratio-or-quota");
        p = await Problem.ReadAsync(await head.PostAsJsonAsync("api/v1/plans", new
        {
            year = Today.Year,
            title = "未知事项",
            level = "County",
            deadline = new DateOnly(Today.Year, 12, 31),
            itemCodes = UnknownItem,
            strata = new[] { new { specialty = "公共场所", ratio = 0.1m } },
        }));
        p.Code.ShouldBe("inspection-plan.unknown-item");
        using var officer = await Server.SignedInAsync("lst.officer1");
        (await officer.PostAsJsonAsync("api/v1/plans", Plan("执法人员不能制定计划", "County", Today))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Targets_cannot_be_deleted_and_not_inspectable_needs_a_reason_R_INS_7()
    {
        var (entity, officers) = await EntityWithEligibleOfficersAsync("lst");
        using var officer = await Server.SignedInAsync("lst.officer1");

        // R-INS-9: a complaint check needs its reason (the cap exemption rests on it).
        var p = await Problem.ReadAsync(await officer.PostAsJsonAsync("api/v1/inspections/tasks", new
        {
            entityId = entity,
            kind = "Complaint",
            reason = "",
            dueBy = Today.AddDays(10),
            officerIds = officers,
        }));
        p.Fields.ShouldContain("reason");
        var opened = await OkAsync(await officer.PostAsJsonAsync("api/v1/inspections/tasks", new
        {
            entityId = entity,
            kind = "投诉举报核查",
            reason = "12345-2026-0031",
            dueBy = Today.AddDays(10),
            officerIds = officers,
        }));
        var task = await OkAsync(await officer.GetAsync($"api/v1/tasks/{opened.GetProperty("taskId").GetGuid()}"));
        task.GetProperty("kind").GetString().ShouldBe("Complaint");
        var target = task.GetProperty("targets")[0];
        var targetId = target.GetProperty("id").GetGuid();
        target.GetProperty("officers").GetArrayLength().ShouldBe(2);

        // No way to delete a target (or a task).
        (await officer.DeleteAsync($"api/v1/tasks/targets/{targetId}")).IsSuccessStatusCode.ShouldBeFalse();
        (await officer.DeleteAsync($"api/v1/tasks/{task.GetProperty("id").GetGuid()}")).IsSuccessStatusCode.ShouldBeFalse();

        p = await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/tasks/targets/{targetId}/not-inspectable", new { reason = " " }));
        p.Code.ShouldBe("validation.required");
        p.Fields.ShouldContain("reason");
        var closed = await OkAsync(await officer.PostAsJsonAsync($"api/v1/tasks/targets/{targetId}/not-inspectable", new { reason = "经营场所已拆除，无法检查" }));
        closed.GetProperty("status").GetString().ShouldBe("NotInspectable");
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/tasks/targets/{targetId}/not-inspectable", new { reason = "再次" }))).Code.ShouldBe("inspection-target.not-open");

        var again = await OkAsync(await officer.GetAsync($"api/v1/tasks/{task.GetProperty("id").GetGuid()}"));
        again.GetProperty("targets")[0].GetProperty("closedReason").GetString().ShouldBe("经营场所已拆除，无法检查");

        using var other = await Server.SignedInAsync("ll.officer1");
        (await other.PostAsJsonAsync($"api/v1/tasks/targets/{targetId}/not-inspectable", new { reason = "越权" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>An operating public place of the bureau and two officers eligible for it today.</summary>
    internal async Task<(Guid Entity, Guid[] Officers)> EntityWithEligibleOfficersAsync(string prefix)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = await db.Users.Where(u => u.UserName == prefix + ".admin").Select(u => u.OrganizationId).SingleAsync();
        var entities = await db.Set<RegulatedEntity>().Where(e => e.OrganizationId == org && e.Specialty == Specialty.PublicPlaces && e.Status == EntityStatus.Operating).ToListAsync();
        var officers = await db.Set<Officer>().Where(o => o.OrganizationId == org).ToListAsync();
        foreach (var e in entities)
        {
            var ok = officers.Where(o => o.EligibilityOn(Today, e.Specialty, e.Id).Eligible).Select(o => o.Id).Take(2).ToArray();
            if (ok.Length == 2)
            {
                return (e.Id, ok);
            }
        }

        throw new InvalidOperationException("demo has no public place with two eligible officers");
    }
}

public sealed class PlanTaskTests_Sqlite(SqliteServer server) : PlanTaskTests<SqliteServer>(server);

public sealed class PlanTaskTests_Postgres(PostgresServer server) : PlanTaskTests<PostgresServer>(server);
