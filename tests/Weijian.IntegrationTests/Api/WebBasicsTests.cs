using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Api;

public abstract class WebBasicsTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task The_openapi_document_describes_the_token_endpoint()
    {
        using var client = Server.Anonymous();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("openapi/v1.json"));
        doc.RootElement.GetProperty("paths").TryGetProperty("/api/v1/auth/token", out _).ShouldBeTrue();
        doc.RootElement.GetProperty("info").GetProperty("title").GetString().ShouldBe("卫健法治平台 Weijian API");
    }

    [Fact]
    public async Task Swagger_ui_answers_at_api_docs()
    {
        using var client = Server.Anonymous();
        var html = await client.GetStringAsync("api/docs/index.html");
        html.ShouldContain("swagger-ui");
    }

    [Fact]
    public async Task Health_reports_the_database_as_healthy()
    {
        using var client = Server.Anonymous();
        var response = await client.GetAsync("health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        doc.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        doc.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_sign_in_page_is_in_chinese_and_pages_redirect_there_when_signed_out()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Server.BaseAddress };
        var home = await client.GetAsync("");
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        home.Headers.Location!.ToString().ShouldContain("/Account/Login");

        var login = await client.GetStringAsync("Account/Login");
        login.ShouldContain("lang=\"zh-CN\"");
        login.ShouldContain("登录");
    }

    [Fact]
    public void Signed_in_cookies_are_revalidated_against_the_security_stamp_so_deactivation_takes_effect()
    {
        using var scope = Server.Services.CreateScope();
        scope.ServiceProvider.GetService<ISecurityStampValidator>().ShouldNotBeNull();
    }

    [Fact]
    public async Task Unknown_api_routes_answer_404_and_a_record_that_does_not_exist_is_a_404_problem()
    {
        using var client = await Server.SignedInAsync("lst.admin");
        var problem = await Problem.ReadAsync(await client.GetAsync($"api/v1/users/{Guid.NewGuid()}"));
        problem.Status.ShouldBe(HttpStatusCode.NotFound);
        problem.Code.ShouldBe("user.not-found");
    }
}

public sealed class WebBasicsTests_Sqlite(SqliteServer server) : WebBasicsTests<SqliteServer>(server);

public sealed class WebBasicsTests_Postgres(PostgresServer server) : WebBasicsTests<PostgresServer>(server);
