using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.IntegrationTests.Registry.Officers;

/// <summary>
/// R-OFF-4: an officer's yearly training hours are measured against the requirement in force for their organisation on
/// 31 December of that year — the default 60 学时, or what the province (or the county) has set. Own class: it changes a
/// provincial parameter.
/// </summary>
public abstract class OfficerTrainingRequirementTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static readonly string[] PublicPlaces = ["PublicPlaces"];

    [Fact]
    public async Task Yearly_training_hours_are_measured_against_the_jurisdictions_configured_requirement()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var created = await admin.PostAsJsonAsync("api/v1/officers", new
        {
            name = "学时测试",
            credentialNumber = "湘卫执2024980001",
            issuingAuthority = "湖南省人民政府",
            validFrom = "2024-01-01",
            validUntil = "2028-12-31",
            specialties = PublicPlaces,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        foreach (var (course, date, hours) in new[] { ("公共法律知识培训", "2025-03-12", 24m), ("执法业务培训班", "2025-06-18", 16m), ("行政处罚法专题", "2025-09-05", 5.5m) })
        {
            (await admin.PostAsJsonAsync($"api/v1/officers/{id}/training", new { course, date, hours })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // Default 60 学时: 45.5 is below.
        var before = await Year2025Async(admin, id);
        before.GetProperty("hours").GetDecimal().ShouldBe(45.5m);
        before.GetProperty("required").GetDecimal().ShouldBe(60m);
        before.GetProperty("meets").GetBoolean().ShouldBeFalse();
        (await BelowIdsAsync(admin, 2025)).ShouldContain(id);

        // The province sets 40 学时 from 2025: the same hours now meet the requirement, in the detail and in the list.
        await using (var system = Server.ScopeAs(Actor.System()))
        {
            var db = system.ServiceProvider.GetRequiredService<WeijianDb>();
            var province = await db.Organizations.SingleAsync(o => o.Kind == OrganizationKind.Province);
            await system.ServiceProvider.GetRequiredService<SetRuleParameterHandler>().HandleAsync(
                new SetRuleParameter(RuleParameterCatalog.OfficerTrainingHoursPerYear.Key, province.Id, new DateOnly(2025, 1, 1), 40m, "湘司发〔2025〕测试号"), default);
        }

        var after = await Year2025Async(admin, id);
        after.GetProperty("required").GetDecimal().ShouldBe(40m);
        after.GetProperty("meets").GetBoolean().ShouldBeTrue();
        after.GetProperty("requirementSource").GetString().ShouldBe("湘司发〔2025〕测试号");
        (await BelowIdsAsync(admin, 2025)).ShouldNotContain(id);
        using (var list = JsonDocument.Parse(await admin.GetStringAsync("api/v1/officers?year=2025&search=学时测试")))
        {
            var row = list.RootElement.GetProperty("items")[0];
            row.GetProperty("trainingHours").GetDecimal().ShouldBe(45.5m);
            row.GetProperty("requiredHours").GetDecimal().ShouldBe(40m);
            row.GetProperty("meetsTraining").GetBoolean().ShouldBeTrue();
        }

        // The requirement in force on 31 December applies to the whole year: a value effective only from 2026 leaves 2025 alone.
        await using (var system = Server.ScopeAs(Actor.System()))
        {
            var db = system.ServiceProvider.GetRequiredService<WeijianDb>();
            var county = await db.Users.Where(u => u.UserName == "lst.admin").Select(u => u.OrganizationId).SingleAsync();
            await system.ServiceProvider.GetRequiredService<SetRuleParameterHandler>().HandleAsync(
                new SetRuleParameter(RuleParameterCatalog.OfficerTrainingHoursPerYear.Key, county, new DateOnly(2026, 1, 1), 50m, "冷卫发〔2026〕测试号"), default);
        }

        (await Year2025Async(admin, id)).GetProperty("required").GetDecimal().ShouldBe(40m);
        using var detail = JsonDocument.Parse(await admin.GetStringAsync($"api/v1/officers/{id}"));
        var y2026 = detail.RootElement.GetProperty("trainingYears").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2026);
        y2026.GetProperty("required").GetDecimal().ShouldBe(50m);
        y2026.GetProperty("hours").GetDecimal().ShouldBe(0m);

        // The other county keeps the provincial value.
        using var other = await Server.SignedInAsync("ll.admin");
        using var otherList = JsonDocument.Parse(await other.GetStringAsync("api/v1/officers?year=2026&pageSize=1"));
        otherList.RootElement.GetProperty("items")[0].GetProperty("requiredHours").GetDecimal().ShouldBe(40m);
    }

    private static async Task<JsonElement> Year2025Async(HttpClient client, Guid id)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync($"api/v1/officers/{id}"));
        return doc.RootElement.GetProperty("trainingYears").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2025).Clone();
    }

    private static async Task<List<Guid>> BelowIdsAsync(HttpClient client, int year)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync($"api/v1/officers?pageSize=200&trainingBelowYear={year}"));
        return doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }
}

public sealed class OfficerTrainingRequirementTests_Sqlite(SqliteServer server) : OfficerTrainingRequirementTests<SqliteServer>(server);

public sealed class OfficerTrainingRequirementTests_Postgres(PostgresServer server) : OfficerTrainingRequirementTests<PostgresServer>(server);
