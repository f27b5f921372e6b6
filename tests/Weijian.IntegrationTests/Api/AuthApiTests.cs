using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;

namespace Weijian.IntegrationTests.Api;

public abstract class AuthApiTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task A_demo_user_exchanges_name_and_password_for_a_bearer_token_that_opens_the_api()
    {
        using var anonymous = Server.Anonymous();
        var response = await anonymous.PostAsJsonAsync("api/v1/auth/token", new { userName = "lst.officer1", password = ServerFixture.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("accessToken").GetString().ShouldNotBeNullOrWhiteSpace();
        var expiresAt = body.RootElement.GetProperty("expiresAt").GetDateTimeOffset();
        expiresAt.ShouldBeGreaterThan(DateTimeOffset.UnixEpoch);

        using var client = await Server.SignedInAsync("lst.officer1");
        using var me = JsonDocument.Parse(await client.GetStringAsync("api/v1/me"));
        me.RootElement.GetProperty("userName").GetString().ShouldBe("lst.officer1");
        me.RootElement.GetProperty("organizationName").GetString().ShouldBe("永州市冷水滩区卫生健康局");
        me.RootElement.GetProperty("roleNames")[0].GetString().ShouldBe("执法人员");
    }

    [Fact]
    public async Task The_api_refuses_requests_without_a_token_and_with_a_forged_one()
    {
        using var anonymous = Server.Anonymous();
        (await anonymous.GetAsync("api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-real-token");
        (await anonymous.GetAsync("api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_problem_with_a_stable_code_and_a_chinese_message()
    {
        using var anonymous = Server.Anonymous();
        var response = await anonymous.PostAsJsonAsync("api/v1/auth/token", new { userName = "ll.window", password = "wrong-password-1" });
        var problem = await Problem.ReadAsync(response);
        problem.Status.ShouldBe(HttpStatusCode.Unauthorized);
        problem.Code.ShouldBe("auth.invalid-credentials");
        problem.Title.ShouldBe("用户名或密码错误");
        problem.ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_password_and_the_lockout_is_audited()
    {
        using var anonymous = Server.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await anonymous.PostAsJsonAsync("api/v1/auth/token", new { userName = "ll.disclosure", password = $"wrong-{i}-abc" });
        }

        var response = await anonymous.PostAsJsonAsync("api/v1/auth/token", new { userName = "ll.disclosure", password = ServerFixture.Password });
        var problem = await Problem.ReadAsync(response);
        problem.Status.ShouldBe(HttpStatusCode.Forbidden);
        problem.Code.ShouldBe("auth.locked-out");

        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var user = await db.Users.SingleAsync(u => u.UserName == "ll.disclosure");
        (await db.AuditEntries.CountAsync(a => a.SubjectId == user.Id.ToString() && a.Action == "user.locked-out")).ShouldBe(1);

        // An administrator's password reset lifts the lockout.
        using var admin = await Server.SignedInAsync("ll.admin");
        (await admin.PostAsJsonAsync($"api/v1/users/{user.Id}/password", new { newPassword = "fresh-pass-99" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.PostAsJsonAsync("api/v1/auth/token", new { userName = "ll.disclosure", password = "fresh-pass-99" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_get_a_token()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var created = await admin.PostAsJsonAsync("api/v1/users", new
        {
            organizationId = await OrganizationIdAsync(admin),
            userName = "lst.leaver",
            displayName = "孙离职",
            password = "leaver-pass-1",
            roles = new[] { Roles.WindowClerk },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"api/v1/users/{id}/deactivate", new { reason = "调离本单位" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var anonymous = Server.Anonymous();
        var problem = await Problem.ReadAsync(await anonymous.PostAsJsonAsync("api/v1/auth/token", new { userName = "lst.leaver", password = "leaver-pass-1" }));
        problem.Code.ShouldBe("auth.user-inactive");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_naming_the_field_never_a_500()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var broken = await admin.PostAsync("api/v1/users", new StringContent("""{"userName": "x", "roles": 5}""", Encoding.UTF8, "application/json"));
        var problem = await Problem.ReadAsync(broken);
        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Code.ShouldBe("request.malformed-json");
        problem.Fields.ShouldBe(["roles"]);

        var notJson = await admin.PostAsync("api/v1/users", new StringContent("{not json", Encoding.UTF8, "application/json"));
        (await Problem.ReadAsync(notJson)).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_missing_required_field_is_a_400_naming_the_field_and_changes_nothing()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var before = await UserCountAsync();
        var response = await admin.PostAsJsonAsync("api/v1/users", new
        {
            organizationId = await OrganizationIdAsync(admin),
            userName = "lst.noname",
            password = "some-pass-123",
            roles = new[] { Roles.Officer },
        });
        var problem = await Problem.ReadAsync(response);
        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Code.ShouldBe("validation.required");
        problem.Fields.ShouldBe(["displayName"]);
        problem.Title.ShouldBe("姓名不能为空");
        (await UserCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_weak_password_is_refused_in_chinese_and_no_user_or_audit_entry_remains()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var users = await UserCountAsync();
        var response = await admin.PostAsJsonAsync("api/v1/users", new
        {
            organizationId = await OrganizationIdAsync(admin),
            userName = "lst.weak",
            displayName = "弱密码",
            password = "abc",
            roles = new[] { Roles.Officer },
        });
        var problem = await Problem.ReadAsync(response);
        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Fields.ShouldBe(["password"]);
        problem.Title.ShouldContain("密码至少需要8位");
        (await UserCountAsync()).ShouldBe(users);
    }

    [Fact]
    public async Task Only_a_system_administrator_may_create_users()
    {
        using var officer = await Server.SignedInAsync("lst.officer2");
        var response = await officer.PostAsJsonAsync("api/v1/users", new
        {
            organizationId = await OrganizationIdAsync(officer),
            userName = "lst.sneaky",
            displayName = "越权",
            password = "sneaky-pass-1",
            roles = new[] { Roles.SystemAdministrator },
        });
        var problem = await Problem.ReadAsync(response);
        problem.Status.ShouldBe(HttpStatusCode.Forbidden);
        problem.Code.ShouldBe("auth.role-required");
    }

    private static async Task<Guid> OrganizationIdAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("api/v1/me")).RootElement.GetProperty("organizationId").GetGuid();

    private async Task<int> UserCountAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Users.CountAsync();
    }
}

public sealed class AuthApiTests_Sqlite(SqliteServer server) : AuthApiTests<SqliteServer>(server);

public sealed class AuthApiTests_Postgres(PostgresServer server) : AuthApiTests<PostgresServer>(server);
