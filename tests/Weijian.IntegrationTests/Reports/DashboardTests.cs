using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Reports;

/// <summary>
/// 领导驾驶舱 (issue #8): a bureau head sees the open clocks by module, the key figures against last year and the charts as
/// SVG with a text alternative; a city supervisor sees one row per county; a county head cannot open the neighbour's; an
/// officer has no dashboard. The numbers equal the figures API.
/// </summary>
public abstract partial class DashboardTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_bureau_head_sees_clocks_key_figures_equal_to_the_figures_api_and_charts_with_text_alternatives()
    {
        using var head = await Server.SignedInAsync("lst.head");
        var view = await head.GetFromJsonAsync<JsonElement>("api/v1/dashboard", Json);
        var org = view.GetProperty("organizationId").GetGuid();
        var today = DateOnly.Parse(view.GetProperty("today").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var figures = await head.GetFromJsonAsync<JsonElement>($"api/v1/figures?org={org}&rollup=true&from={today.Year}-01-01&to={today:yyyy-MM-dd}", Json);
        var byId = figures.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("value"));
        foreach (var key in view.GetProperty("keyFigures").EnumerateArray())
        {
            var id = key.GetProperty("definition").GetProperty("id").GetString()!;
            key.GetProperty("thisYear").ToString().ShouldBe(byId[id].ToString(), id);
        }

        view.GetProperty("clocks").GetArrayLength().ShouldBeGreaterThan(0);

        var html = await head.GetStringAsync("Reports/Dashboard");
        html.ShouldContain("未结期限");
        html.ShouldContain("本年主要指标");
        var svgs = SvgPattern().Matches(html).Select(m => XDocument.Parse(m.Value).Root!).ToList();
        svgs.ShouldNotBeEmpty();
        foreach (var svg in svgs)
        {
            svg.Attribute("role")!.Value.ShouldBe("img");
            svg.Elements().First(e => e.Name.LocalName == "title").Value.ShouldNotBeNullOrWhiteSpace();
            svg.Elements().First(e => e.Name.LocalName == "desc").Value.ShouldNotBeNullOrWhiteSpace();
        }

        html.ShouldContain("data-chart=\"enforcement.cases.filed.by-specialty\"");
        html.ShouldContain("查看数据表");
        html.ShouldNotContain("id=\"subordinates\""); // a county bureau has no subordinate bureaus
    }

    [Fact]
    public async Task A_city_supervisor_compares_the_counties_and_a_county_head_cannot_open_the_neighbours_dashboard()
    {
        using var supervisor = await Server.SignedInAsync("yz.supervisor");
        var view = await supervisor.GetFromJsonAsync<JsonElement>("api/v1/dashboard", Json);
        var rows = view.GetProperty("subordinates").EnumerateArray().ToList();
        rows.Select(r => r.GetProperty("name").GetString()).ShouldBe(["永州市冷水滩区卫生健康局", "永州市零陵区卫生健康局"], ignoreOrder: true);
        var html = await supervisor.GetStringAsync("Reports/Dashboard");
        html.ShouldContain("id=\"subordinates\"");
        html.ShouldContain("永州市零陵区卫生健康局");

        // Each county's row equals that county's own figures (the row is added up from the city's per-organisation values).
        var today = view.GetProperty("today").GetString();
        var ids = view.GetProperty("keyFigures").EnumerateArray().Select(k => k.GetProperty("definition").GetProperty("id").GetString()!).ToList();
        foreach (var row in rows)
        {
            var own = await supervisor.GetFromJsonAsync<JsonElement>(
                $"api/v1/figures?org={row.GetProperty("organizationId").GetGuid()}&rollup=true&from={today![..4]}-01-01&to={today}", Json);
            var byId = own.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("value").ToString());
            row.GetProperty("values").EnumerateArray().Select(v => v.ToString()).ShouldBe(ids.Select(id => byId[id]), row.GetProperty("name").GetString());
        }

        var lingling = rows.Single(r => r.GetProperty("name").GetString() == "永州市零陵区卫生健康局").GetProperty("organizationId").GetGuid();
        (await supervisor.GetAsync($"Reports/Dashboard?org={lingling}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var head = await Server.SignedInAsync("lst.head");
        (await head.GetAsync($"Reports/Dashboard?org={lingling}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await head.GetAsync($"api/v1/dashboard?org={lingling}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var officer = await Server.SignedInAsync("lst.officer1");
        var denied = await officer.GetAsync("Reports/Dashboard");
        (await denied.Content.ReadAsStringAsync()).ShouldNotContain("本年主要指标");
        (await officer.GetAsync("api/v1/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [GeneratedRegex("<svg[\\s\\S]*?</svg>")]
    private static partial Regex SvgPattern();
}

public sealed class DashboardTests_Sqlite(SqliteServer server) : DashboardTests<SqliteServer>(server);

public sealed class DashboardTests_Postgres(PostgresServer server) : DashboardTests<PostgresServer>(server);
