using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Calendar;

namespace Weijian.IntegrationTests.Reports;

/// <summary>
/// The 统计指标 pages (issue #8): every figure with last year's value and the change, grouped by module, each value linking to
/// its drill-down; the drill-down shows the definition, the counting rule, the records with links to their pages and a total
/// equal to the figure; Chinese validation for a bad period; a neighbour's figures are not found. And the CLI verbs.
/// </summary>
public abstract class FigurePagesTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_figures_page_lists_every_figure_by_module_with_last_year_and_links_to_its_records()
    {
        using var head = await Server.SignedInAsync("lst.head");
        var year = ChinaClock.Today(Server.Clock).Year;
        var response = await head.GetAsync($"Reports/Figures?year={year}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        foreach (var module in new[] { "行政处罚", "监督检查", "行政许可", "执法公示", "信用监管", "执法主体与监管对象" })
        {
            html.ShouldContain($"<h2>{module}</h2>");
        }

        var catalogue = (await head.GetFromJsonAsync<JsonElement[]>("api/v1/figures/catalogue", Json))!;
        foreach (var id in catalogue.Select(d => d.GetProperty("id").GetString()!))
        {
            html.ShouldContain($"/Reports/Figures/Records?id={id}&");
        }

        html.ShouldContain("上年同期");
        html.ShouldContain("同比");
        html.ShouldContain("暂无该项统计");
        html.ShouldContain("enforcement.compulsory-measures");
        html.ShouldContain("统计指标</a>"); // the nav entry
    }

    [Fact]
    public async Task The_drill_down_page_shows_the_definition_the_rule_and_as_many_records_as_the_figure()
    {
        using var head = await Server.SignedInAsync("lst.head");
        var year = ChinaClock.Today(Server.Clock).Year;
        var from = $"{year - 1}-01-01";
        var to = $"{year}-12-31";
        var figures = await head.GetFromJsonAsync<JsonElement>($"api/v1/figures?from={from}&to={to}&ids=enforcement.cases.filed", Json);
        var org = figures.GetProperty("organizationId").GetGuid();
        var value = (int)figures.GetProperty("figures")[0].GetProperty("value").GetDecimal();
        value.ShouldBeGreaterThan(0);

        var page = await head.GetAsync($"Reports/Figures/Records?id=enforcement.cases.filed&org={org}&from={from}&to={to}&pageSize=5");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        html.ShouldContain("统计口径");
        html.ShouldContain("立案日期（简易程序为当场决定日期）在统计期内");
        html.ShouldContain($"共 {value} 条记录");
        html.ShouldContain("href=\"/Enforcement/Cases/");
    }

    [Fact]
    public async Task A_drill_down_with_no_records_shows_the_empty_state()
    {
        using var head = await Server.SignedInAsync("lst.head");
        var page = await head.GetAsync("Reports/Figures/Records?id=enforcement.transfers&from=2001-01-01&to=2001-12-31");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("本期没有计入该指标的记录");
    }

    [Theory]
    [InlineData("Reports/Figures?year=1999", "统计年度应在2000年至2100年之间")]
    [InlineData("Reports/Figures?from=2026-12-31&to=2026-01-01", "统计期的结束日期不能早于开始日期")]
    [InlineData("Reports/Figures?year=2026&from=2026-01-01", "二者只能选一种")]
    public async Task A_bad_period_is_refused_in_Chinese_next_to_the_form(string url, string message)
    {
        using var head = await Server.SignedInAsync("lst.head");
        var page = await head.GetAsync(url);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    [Fact]
    public async Task A_county_user_gets_not_found_for_its_neighbours_figures_and_records()
    {
        using var supervisor = await Server.SignedInAsync("yz.supervisor");
        var orgs = (await supervisor.GetFromJsonAsync<JsonElement[]>("api/v1/organizations", Json))!;
        var lingling = orgs.Single(o => o.GetProperty("name").GetString() == "永州市零陵区卫生健康局").GetProperty("id").GetGuid();
        (await supervisor.GetAsync($"Reports/Figures?org={lingling}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var head = await Server.SignedInAsync("lst.head");
        (await head.GetAsync($"Reports/Figures?org={lingling}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await head.GetAsync($"Reports/Figures/Records?id=enforcement.cases.filed&org={lingling}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await head.GetAsync("Reports/Figures/Records?id=no.such.figure")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_cli_prints_the_figures_as_a_table_and_as_json_equal_to_the_api()
    {
        var year = ChinaClock.Today(Server.Clock).Year;
        var table = await Server.RunCliAsync("figures", "--org", "431103", "--year", $"{year}");
        table.ExitCode.ShouldBe(0, table.Stderr);
        table.Stdout.ShouldContain("永州市冷水滩区卫生健康局");
        table.Stdout.ShouldContain("enforcement.cases.filed");
        table.Stdout.ShouldContain("registry.entities.active");

        var json = await Server.RunCliAsync("figures", "--org", "431100", "--year", $"{year}", "--rollup", "--json");
        json.ExitCode.ShouldBe(0, json.Stderr);
        var cli = JsonDocument.Parse(json.Stdout).RootElement;
        cli.GetProperty("rollup").GetBoolean().ShouldBeTrue();

        using var supervisor = await Server.SignedInAsync("yz.supervisor");
        var api = await supervisor.GetFromJsonAsync<JsonElement>($"api/v1/figures?org={cli.GetProperty("organizationId").GetGuid()}&rollup=true&from={year}-01-01&to={year}-12-31", Json);
        var apiValues = api.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("value").ToString());
        foreach (var f in cli.GetProperty("figures").EnumerateArray())
        {
            f.GetProperty("value").ToString().ShouldBe(apiValues[f.GetProperty("id").GetString()!], f.GetProperty("id").GetString());
        }
    }

    [Theory]
    [InlineData("figures --year 2026")]
    [InlineData("figures --org 431103")]
    [InlineData("figures --org 431103 --year twenty")]
    [InlineData("figures --org 431103 --year 2026 --from 2026-01-01")]
    [InlineData("figures --org 431103 --from 2026-12-31 --to 2026-01-01")]
    [InlineData("figures catalogue")]
    public async Task Bad_figures_usage_exits_2_with_one_line(string line)
    {
        var result = await Server.RunCliAsync(line.Split(' '));
        result.ExitCode.ShouldBe(2, result.Stdout + result.Stderr);
        result.Stderr.Trim().Split('\n').Length.ShouldBe(1);
    }
}

public sealed class FigurePagesTests_Sqlite(SqliteServer server) : FigurePagesTests<SqliteServer>(server);

public sealed class FigurePagesTests_Postgres(PostgresServer server) : FigurePagesTests<PostgresServer>(server);
