using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Tenancy;

/// <summary>
/// The tenant query filter reaches the database as a plain <c>organization_id = @scope</c> for a user of one organisation
/// (so the indexes led by organization_id serve every tenant-scoped list, on SQLite too), as no condition at all for the
/// system, and as a condition that matches nothing for an actor without an organisation.
/// </summary>
public abstract class TenantFilterSqlTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task A_tenant_query_filters_by_plain_equality_and_the_system_query_has_no_tenant_condition()
    {
        Guid org;
        int all;
        await using (var system = Server.ScopeAs(Actor.System()))
        {
            var db = system.ServiceProvider.GetRequiredService<WeijianDb>();
            db.Set<RegulatedEntity>().ToQueryString().ShouldNotContain(" OR ", Case.Insensitive);
            org = await db.Set<RegulatedEntity>().Select(e => e.OrganizationId).FirstAsync();
            all = await db.Set<RegulatedEntity>().CountAsync();
        }

        await using (var tenant = Server.ScopeAs(new Actor(Guid.NewGuid(), "测试", org, new HashSet<string> { Roles.Officer }, false)))
        {
            var db = tenant.ServiceProvider.GetRequiredService<WeijianDb>();
            var sql = db.Set<RegulatedEntity>().Where(e => e.Name != "").ToQueryString();
            sql.ShouldMatch("organization_id\"? = @"); // SQLite quotes identifiers, Npgsql only where needed
            sql.ShouldNotContain(" OR ", Case.Insensitive);
            sql.ShouldNotContain("COALESCE", Case.Insensitive);
            var own = await db.Set<RegulatedEntity>().CountAsync();
            own.ShouldBeGreaterThan(0);
            own.ShouldBeLessThan(all);
            (await db.Set<RegulatedEntity>().AnyAsync(e => e.OrganizationId != org)).ShouldBeFalse();
        }

        await using (var nobody = Server.ScopeAs(new Actor(null, "访客", null, new HashSet<string>(), false)))
        {
            var db = nobody.ServiceProvider.GetRequiredService<WeijianDb>();
            (await db.Set<RegulatedEntity>().CountAsync()).ShouldBe(0);
        }
    }
}

public sealed class TenantFilterSqlTests_Sqlite(SqliteServer server) : TenantFilterSqlTests<SqliteServer>(server);

public sealed class TenantFilterSqlTests_Postgres(PostgresServer server) : TenantFilterSqlTests<PostgresServer>(server);
