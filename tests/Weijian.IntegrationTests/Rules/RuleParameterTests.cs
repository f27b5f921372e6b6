using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.IntegrationTests.Rules;

/// <summary>Per-jurisdiction, effective-dated legal values (rules.md design consequence 1), e.g. R-OFF-4 training hours.</summary>
public abstract class RuleParameterTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task The_value_in_force_on_the_date_comes_from_the_nearest_jurisdiction_else_the_r_off_4_default()
    {
        await using var system = Server.ScopeAs(Actor.System());
        var db = system.ServiceProvider.GetRequiredService<WeijianDb>();
        var province = await db.Organizations.SingleAsync(o => o.RegionCode == "430000");
        var county = await db.Organizations.SingleAsync(o => o.RegionCode == "431102" && o.Kind == Platform.Organizations.OrganizationKind.CountyBureau);
        var set = system.ServiceProvider.GetRequiredService<SetRuleParameterHandler>();
        var key = RuleParameterCatalog.OfficerTrainingHoursPerYear;

        (await Resolve(county.Id, new DateOnly(2026, 6, 1))).Value.ShouldBe(60m);
        await set.HandleAsync(new SetRuleParameter(key.Key, province.Id, new DateOnly(2026, 1, 1), 40m, "湘卫发〔2025〕测试号"), default);
        await set.HandleAsync(new SetRuleParameter(key.Key, county.Id, new DateOnly(2026, 7, 1), 50m, "零卫发〔2026〕测试号"), default);

        (await Resolve(county.Id, new DateOnly(2025, 12, 31))).Value.ShouldBe(60m);
        var provincial = await Resolve(county.Id, new DateOnly(2026, 6, 30));
        provincial.Value.ShouldBe(40m);
        provincial.Source.ShouldBe("湘卫发〔2025〕测试号");
        (await Resolve(county.Id, new DateOnly(2026, 7, 1))).Value.ShouldBe(50m);
        (await Resolve(province.Id, new DateOnly(2026, 7, 1))).Value.ShouldBe(40m);

        async Task<RuleParameterValue> Resolve(Guid org, DateOnly date) => await RuleParameters.ResolveAsync(db, key, org, date, default);
    }

    [Fact]
    public async Task Only_an_administrator_of_the_jurisdiction_may_set_a_value()
    {
        await using var system = Server.ScopeAs(Actor.System());
        var db = system.ServiceProvider.GetRequiredService<WeijianDb>();
        var officer = await db.Users.SingleAsync(u => u.UserName == "lst.officer1");
        var otherCounty = await db.Organizations.SingleAsync(o => o.RegionCode == "431102" && o.Kind == Platform.Organizations.OrganizationKind.CountyBureau);
        var admin = await db.Users.SingleAsync(u => u.UserName == "lst.admin");

        await using var asOfficer = Server.ScopeAs(new Actor(officer.Id, officer.DisplayName, officer.OrganizationId, new HashSet<string> { Roles.Officer }, false));
        var e1 = await Should.ThrowAsync<DomainRuleException>(() => asOfficer.ServiceProvider.GetRequiredService<SetRuleParameterHandler>()
            .HandleAsync(new SetRuleParameter(RuleParameterCatalog.OfficerTrainingHoursPerYear.Key, officer.OrganizationId, new DateOnly(2026, 1, 1), 10m, "x"), default));
        e1.Code.ShouldBe("auth.role-required");

        await using var asAdmin = Server.ScopeAs(new Actor(admin.Id, admin.DisplayName, admin.OrganizationId, new HashSet<string> { Roles.SystemAdministrator }, false));
        var e2 = await Should.ThrowAsync<DomainRuleException>(() => asAdmin.ServiceProvider.GetRequiredService<SetRuleParameterHandler>()
            .HandleAsync(new SetRuleParameter(RuleParameterCatalog.OfficerTrainingHoursPerYear.Key, otherCounty.Id, new DateOnly(2026, 1, 1), 10m, "x"), default));
        e2.Code.ShouldBe("organization.not-found");
    }
}

public sealed class RuleParameterTests_Sqlite(SqliteServer server) : RuleParameterTests<SqliteServer>(server);

public sealed class RuleParameterTests_Postgres(PostgresServer server) : RuleParameterTests<PostgresServer>(server);
