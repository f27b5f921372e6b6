using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;

namespace Weijian.IntegrationTests.Audit;

/// <summary>DESIGN §5: every business action appends to its organisation's hash chain, in the same transaction; the table is append-only.</summary>
public abstract class AuditChainTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task Audit_verify_exits_0_and_reports_every_entry_when_the_chains_are_intact()
    {
        var total = await CountAsync();
        total.ShouldBeGreaterThan(20);
        var result = await Server.RunCliAsync("audit", "verify");
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain($"{total} entries checked");
    }

    [Fact]
    public async Task Changing_a_record_through_the_api_appends_its_history_in_order()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var me = JsonDocument.Parse(await admin.GetStringAsync("api/v1/me")).RootElement;
        var created = await admin.PostAsJsonAsync("api/v1/users", new
        {
            organizationId = me.GetProperty("organizationId").GetGuid(),
            userName = "lst.history",
            displayName = "钱历史",
            password = "history-pass-1",
            roles = new[] { Roles.WindowClerk },
        });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        (await admin.PutAsJsonAsync($"api/v1/users/{id}", new { displayName = "钱历史", roles = new[] { Roles.WindowClerk, Roles.PetitionClerk } })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"api/v1/users/{id}/deactivate", new { reason = "借调市局" })).EnsureSuccessStatusCode();

        using var history = JsonDocument.Parse(await admin.GetStringAsync($"api/v1/audit/history?subjectType=User&subjectId={id}"));
        var entries = history.RootElement.EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("action").GetString()).ShouldBe(["user.created", "user.updated", "user.deactivated"]);
        entries.Select(e => e.GetProperty("actorName").GetString()).Distinct().ShouldBe(["陈志刚"]);
        entries[2].GetProperty("payload").GetString()!.ShouldContain("借调市局");
        var sequences = entries.Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        sequences.ShouldBe(sequences.Order().ToList());
    }

    [Fact]
    public async Task A_rejected_change_appends_nothing()
    {
        var before = await CountAsync();
        using var admin = await Server.SignedInAsync("ll.admin");
        var response = await admin.PostAsJsonAsync("api/v1/organizations", new { parentId = Guid.NewGuid(), kind = "EnforcementAgency", name = "无上级", shortName = "无", regionCode = "431102" });
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The sign-in above is itself audited (one entry); the refused creation adds none.
        (await CountAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task Concurrent_changes_in_one_organisation_keep_a_gapless_intact_chain()
    {
        using var admin = await Server.SignedInAsync("ll.admin");
        var org = JsonDocument.Parse(await admin.GetStringAsync("api/v1/me")).RootElement.GetProperty("organizationId").GetGuid();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => admin.PostAsJsonAsync("api/v1/users", new
        {
            organizationId = org,
            userName = $"ll.parallel{i}",
            displayName = $"并发{i}",
            password = "parallel-pass-1",
            roles = new[] { Roles.Officer },
        })));
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);

        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var sequences = await db.AuditEntries.Where(a => a.OrganizationId == org).OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync();
        sequences.ShouldBe(Enumerable.Range(1, sequences.Count).Select(i => (long)i).ToList());
        var verify = await Server.RunCliAsync("audit", "verify");
        verify.ExitCode.ShouldBe(0, verify.Stderr);
    }

    [Fact]
    public async Task The_database_refuses_to_update_or_delete_an_audit_entry()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var id = await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var update = await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET action = 'forged' WHERE id = {id}"));
        update.Message.ShouldContain("append-only");
        var delete = await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE id = {id}"));
        delete.Message.ShouldContain("append-only");
        (await db.AuditEntries.AnyAsync(a => a.Id == id && a.Action != "forged")).ShouldBeTrue();
    }

    private async Task<long> CountAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().AuditEntries.LongCountAsync();
    }
}

public sealed class AuditChainTests_Sqlite(SqliteServer server) : AuditChainTests<SqliteServer>(server);

public sealed class AuditChainTests_Postgres(PostgresServer server) : AuditChainTests<PostgresServer>(server);

/// <summary>The tamper test gets its own database: it breaks the chain on purpose.</summary>
public abstract class AuditTamperTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task Audit_verify_exits_1_naming_the_organisation_sequence_and_hashes_after_one_byte_is_altered()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var bureau = await db.Organizations.SingleAsync(o => o.RegionCode == "431103" && o.Kind == OrganizationKind.CountyBureau);
        var victim = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.OrganizationId == bureau.Id && a.Sequence == 2);

        // Someone with database access removes the guard and edits one character of a payload.
        var dropTriggers = Server.Database.Provider == DatabaseProvider.Sqlite
            ? "DROP TRIGGER audit_entries_no_update"
            : "DROP TRIGGER audit_entries_no_update_delete ON audit_entries";
        await db.Database.ExecuteSqlRawAsync(dropTriggers);
        var forged = victim.Payload.Replace("陈志刚", "陈志钢", StringComparison.Ordinal);
        forged.ShouldNotBe(victim.Payload);
        await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET payload = {forged} WHERE id = {victim.Id}");

        var result = await Server.RunCliAsync("audit", "verify");
        result.ExitCode.ShouldBe(1);
        result.Stderr.ShouldContain(bureau.Name);
        result.Stderr.ShouldContain(bureau.Id.ToString());
        result.Stderr.ShouldContain("序号 2");
        result.Stderr.ShouldContain($"实际 {victim.Hash}");
        var tampered = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == victim.Id);
        result.Stderr.ShouldContain($"期望 {tampered.ComputeHash()}");
        tampered.ComputeHash().ShouldNotBe(victim.Hash);
    }
}

public sealed class AuditTamperTests_Sqlite(SqliteServer server) : AuditTamperTests<SqliteServer>(server);

public sealed class AuditTamperTests_Postgres(PostgresServer server) : AuditTamperTests<PostgresServer>(server);
