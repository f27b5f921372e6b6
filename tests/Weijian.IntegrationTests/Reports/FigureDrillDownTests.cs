using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Calendar;

namespace Weijian.IntegrationTests.Reports;

/// <summary>
/// Issue #8, acceptance 1 and 4: every figure of the catalogue, on the demo data, for each demo county and rolled up over
/// the city, equals the list of records its drill-down returns (count, amount total, rate numerator ÷ denominator, each
/// group of a breakdown), and the roll-up equals the sum of the counties. A county user sees its own figures and roll-up
/// but not its neighbour's.
/// </summary>
public abstract class FigureDrillDownTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Every_figure_equals_the_records_its_drill_down_lists_and_the_roll_up_is_the_sum_of_the_counties()
    {
        using var supervisor = await Server.SignedInAsync("yz.supervisor");
        var orgs = (await supervisor.GetFromJsonAsync<JsonElement[]>("api/v1/organizations", Json))!;
        var city = orgs.Single(o => o.GetProperty("kind").GetString() == "City").GetProperty("id").GetGuid();
        var counties = orgs.Where(o => o.GetProperty("kind").GetString() == "CountyBureau").Select(o => o.GetProperty("id").GetGuid()).ToList();
        counties.Count.ShouldBe(2);
        var catalogue = (await supervisor.GetFromJsonAsync<JsonElement[]>("api/v1/figures/catalogue", Json))!;
        catalogue.ShouldNotBeEmpty();

        // The demo spans the twelve months up to today: last year and this year both hold records.
        var year = ChinaClock.Today(Server.Clock).Year;
        foreach (var (from, to) in new[] { ($"{year - 1}-01-01", $"{year - 1}-12-31"), ($"{year}-01-01", $"{year}-12-31") })
        {
            var rollup = await FiguresAsync(supervisor, $"org={city}&rollup=true&from={from}&to={to}");
            var perCounty = new List<Dictionary<string, JsonElement>>();
            foreach (var county in counties)
            {
                var values = await FiguresAsync(supervisor, $"org={county}&from={from}&to={to}");
                perCounty.Add(values);
                foreach (var definition in catalogue)
                {
                    await AssertDrillDownAsync(supervisor, definition, values[definition.GetProperty("id").GetString()!], $"org={county}&from={from}&to={to}");
                }
            }

            foreach (var definition in catalogue)
            {
                var id = definition.GetProperty("id").GetString()!;
                await AssertDrillDownAsync(supervisor, definition, rollup[id], $"org={city}&rollup=true&from={from}&to={to}");
                if (definition.GetProperty("kind").GetString() is not ("Rate" or "AmountRate"))
                {
                    Value(rollup[id]).ShouldBe(perCounty.Sum(v => Value(v[id]) ?? 0m), $"{id}: roll-up {from}…{to} = sum of counties");
                }
                else
                {
                    rollup[id].GetProperty("denominator").GetDecimal()
                        .ShouldBe(perCounty.Sum(v => v[id].GetProperty("denominator").GetDecimal()), $"{id}: roll-up denominator");
                }
            }
        }

        // The demo is not empty: the first figures of the catalogue count real records (a drill-down of nothing proves nothing).
        var thisYear = await FiguresAsync(supervisor, $"org={city}&rollup=true&from={year - 1}-01-01&to={year}-12-31");
        Value(thisYear["enforcement.cases.filed"])!.Value.ShouldBeGreaterThan(0m);
        Value(thisYear["licensing.applications.received"])!.Value.ShouldBeGreaterThan(0m);
        var empty = thisYear.Where(f => f.Value.GetProperty("kind").GetString() is "Rate" or "AmountRate"
                ? f.Value.GetProperty("denominator").ValueKind == JsonValueKind.Null || f.Value.GetProperty("denominator").GetDecimal() == 0
                : (Value(f.Value) ?? 0m) == 0m)
            .Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        empty.ShouldBeEmpty("figures with no records in the demo over both years");
    }

    [Fact]
    public async Task A_county_user_sees_its_own_figures_but_not_its_neighbours()
    {
        using var supervisor = await Server.SignedInAsync("yz.supervisor");
        var orgs = (await supervisor.GetFromJsonAsync<JsonElement[]>("api/v1/organizations", Json))!;
        Guid Bureau(string name) => orgs.Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
        var lengshuitan = Bureau("永州市冷水滩区卫生健康局");
        var lingling = Bureau("永州市零陵区卫生健康局");

        using var head = await Server.SignedInAsync("lst.head");
        (await head.GetAsync($"api/v1/figures?org={lengshuitan}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await head.GetAsync($"api/v1/figures?org={lengshuitan}&rollup=true")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var own = await head.GetFromJsonAsync<JsonElement>("api/v1/figures", Json);
        own.GetProperty("organizationId").GetGuid().ShouldBe(lengshuitan);

        foreach (var url in new[]
        {
            $"api/v1/figures?org={lingling}",
            $"api/v1/figures?org={lingling}&rollup=true",
            $"api/v1/figures/enforcement.cases.filed/records?org={lingling}",
        })
        {
            var response = await head.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
            (await response.Content.ReadAsStringAsync()).ShouldContain("organization.not-found");
        }

        var city = orgs.Single(o => o.GetProperty("kind").GetString() == "City").GetProperty("id").GetGuid();
        (await head.GetAsync($"api/v1/figures?org={city}&rollup=true")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_figure_or_a_reversed_period_is_refused_with_its_rule_code()
    {
        using var head = await Server.SignedInAsync("lst.head");
        var unknown = await head.GetAsync("api/v1/figures?ids=enforcement.cases.filed,no.such.figure");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("figures.unknown");
        var reversed = await head.GetAsync("api/v1/figures?from=2026-12-31&to=2026-01-01");
        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reversed.Content.ReadAsStringAsync()).ShouldContain("figures.period-invalid");
    }

    private static async Task<Dictionary<string, JsonElement>> FiguresAsync(HttpClient client, string query)
    {
        var set = await client.GetFromJsonAsync<JsonElement>($"api/v1/figures?{query}", Json);
        return set.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
    }

    private static decimal? Value(JsonElement figure) =>
        figure.GetProperty("value").ValueKind == JsonValueKind.Null ? null : figure.GetProperty("value").GetDecimal();

    private static async Task AssertDrillDownAsync(HttpClient client, JsonElement definition, JsonElement figure, string query)
    {
        var id = definition.GetProperty("id").GetString()!;
        var kind = definition.GetProperty("kind").GetString();
        async Task<JsonElement> List(string extra) =>
            await client.GetFromJsonAsync<JsonElement>($"api/v1/figures/{id}/records?{query}&pageSize=1{extra}", Json);
        void Check(JsonElement list, JsonElement? value, string what)
        {
            var total = list.GetProperty("records").GetProperty("total").GetInt32();
            switch (kind)
            {
                case "Count":
                    ((decimal?)total).ShouldBe(value is { } v ? v.GetDecimal() : null, $"{id} {what} {query}");
                    break;
                case "Amount":
                    list.GetProperty("amountTotal").GetDecimal().ShouldBe(value!.Value.GetDecimal(), $"{id} {what} {query}");
                    break;
                case "AmountRate":
                    // Σ numerator amounts ÷ Σ denominator amounts over the listed records (e.g. acts recorded ÷ acts to record, R-TRS-6).
                    var den = list.GetProperty("amountTotal").GetDecimal();
                    decimal? ratio = den == 0 ? null : Math.Round(list.GetProperty("numeratorAmount").GetDecimal() / den, 4);
                    ratio.ShouldBe(value is { ValueKind: not JsonValueKind.Null } v3 ? v3.GetDecimal() : null, $"{id} {what} {query}");
                    break;
                default:
                    var numerator = list.GetProperty("numeratorTotal").GetInt32();
                    decimal? rate = total == 0 ? null : Math.Round((decimal)numerator / total, 4);
                    rate.ShouldBe(value is { ValueKind: not JsonValueKind.Null } v2 ? v2.GetDecimal() : null, $"{id} {what} {query}");
                    break;
            }
        }

        Check(await List(""), figure.GetProperty("value"), "total");
        foreach (var group in figure.GetProperty("breakdown").EnumerateArray())
        {
            var name = group.GetProperty("group").GetString()!;
            Check(await List("&group=" + Uri.EscapeDataString(name)), group.GetProperty("value"), "group " + name);
        }
    }
}

public sealed class FigureDrillDownTests_Sqlite(SqliteServer server) : FigureDrillDownTests<SqliteServer>(server);

public sealed class FigureDrillDownTests_Postgres(PostgresServer server) : FigureDrillDownTests<PostgresServer>(server);
