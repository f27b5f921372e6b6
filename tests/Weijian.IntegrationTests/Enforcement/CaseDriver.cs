using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Weijian.Enforcement.PenaltyCases;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Enforcement;

/// <summary>
/// Drives penalty cases through the real API as the demo bureau's officer, head and reviewer (冷水滩区), recording
/// every action it performed so a test can prove the table was walked completely.
/// </summary>
public sealed class CaseDriver : IDisposable
{
    private readonly ServerFixture _server;
    private readonly Dictionary<string, HttpClient> _clients = [];

    private CaseDriver(ServerFixture server) => _server = server;

    public HashSet<CaseAction> Performed { get; } = [];

    public Guid Officer1 { get; private set; }

    public Guid Officer2 { get; private set; }

    public Guid ReviewerOfficer { get; private set; }

    public Guid PlaceEntity { get; private set; }

    public Guid ConflictEntity { get; private set; }

    public Guid Individual { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_server.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    public static async Task<CaseDriver> StartAsync(ServerFixture server)
    {
        var d = new CaseDriver(server);
        var admin = await d.ClientAsync("lst.admin");
        var officers = await admin.GetFromJsonAsync<JsonElement>("api/v1/officers?pageSize=100");
        Guid Of(string user) => officers.GetProperty("items").EnumerateArray()
            .First(o => o.GetProperty("userName").GetString() == user).GetProperty("id").GetGuid();
        d.Officer1 = Of("lst.officer1");
        d.Officer2 = Of("lst.officer2");
        d.ReviewerOfficer = Of("lst.reviewer");
        var places = await admin.GetFromJsonAsync<JsonElement>("api/v1/entities?specialty=PublicPlaces&status=Operating&pageSize=50");
        d.PlaceEntity = places.GetProperty("items").EnumerateArray().First(e => e.GetProperty("partyKind").GetString() == "Organization").GetProperty("id").GetGuid();
        var medical = await admin.GetFromJsonAsync<JsonElement>("api/v1/entities?specialty=MedicalCare&pageSize=200");
        d.ConflictEntity = medical.GetProperty("items").EnumerateArray().OrderBy(e => e.GetProperty("creditCode").GetString(), StringComparer.Ordinal).First().GetProperty("id").GetGuid();
        var created = await admin.PostAsJsonAsync("api/v1/entities", new
        {
            partyKind = "Individual",
            name = "个体测试" + Guid.NewGuid().ToString("N")[..6],
            creditCode = "11010519491231002X",
            address = "永州市冷水滩区测试路1号",
            regionCode = "431103",
            specialty = "PublicPlaces",
            subType = "inn",
        });
        if (created.StatusCode == HttpStatusCode.Created)
        {
            d.Individual = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
        else
        {
            (await Problem.ReadAsync(created)).Code.ShouldBe("entity.duplicate-credit-code", $"{created.StatusCode} {await created.Content.ReadAsStringAsync()}");
            d.Individual = (await admin.GetFromJsonAsync<JsonElement>("api/v1/entities?creditCode=11010519491231002X")).GetProperty("items")[0].GetProperty("id").GetGuid();
        }
        return d;
    }

    /// <summary>A signed-in client; re-signed after the clock moved (tokens are dated by the server clock).</summary>
    public async Task<HttpClient> ClientAsync(string user)
    {
        var key = user + "@" + _server.Clock.Offset.Ticks;
        if (!_clients.TryGetValue(key, out var c))
        {
            c = await _server.SignedInAsync(user);
            _clients[key] = c;
        }

        return c;
    }

    public async Task<Guid> LeadAsync(Guid? entity = null, string cause = "未取得公共场所卫生许可证擅自营业")
    {
        var officer = await ClientAsync("lst.officer1");
        var r = await officer.PostAsJsonAsync("api/v1/cases", new
        {
            entityId = entity ?? PlaceEntity,
            source = "Inspection",
            cause,
            summary = "日常监督检查中发现该单位未取得卫生许可证即开展经营活动。",
            actDate = Today.AddDays(-20),
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Performs an action and returns the raw response.</summary>
    public async Task<HttpResponseMessage> TryAsync(string user, Guid caseId, CaseAction action, object? body = null)
    {
        var client = await ClientAsync(user);
        var r = await client.PostAsJsonAsync($"api/v1/cases/{caseId}/actions/{CaseWorkflow.WireName(action)}", body ?? new { });
        if (r.IsSuccessStatusCode)
        {
            Performed.Add(action);
        }

        return r;
    }

    /// <summary>Performs an action that must succeed; returns the case as the API answers it.</summary>
    public async Task<JsonElement> DoAsync(string user, Guid caseId, CaseAction action, object? body = null)
    {
        var r = await TryAsync(user, caseId, action, body);
        r.StatusCode.ShouldBe(HttpStatusCode.OK, $"{action}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The action is refused with this problem code.</summary>
    public async Task<Problem> RefusedAsync(string user, Guid caseId, CaseAction action, object? body, string code)
    {
        var r = await TryAsync(user, caseId, action, body);
        var p = await Problem.ReadAsync(r);
        p.Code.ShouldBe(code, $"{action} answered {(int)r.StatusCode}: {p.Title}");
        return p;
    }

    public async Task<string> StatusAsync(Guid caseId) =>
        (await (await ClientAsync("lst.officer1")).GetFromJsonAsync<JsonElement>($"api/v1/cases/{caseId}")).GetProperty("status").GetString()!;

    public object Filing(Guid? o1 = null, Guid? o2 = null, DateOnly? actDate = null, bool harm = false) => new
    {
        officerIds = new[] { o1 ?? Officer1, o2 ?? Officer2 },
        actDate = actDate ?? Today.AddDays(-20),
        lifeHealthHarm = harm,
        opinion = "当事人涉嫌违法，符合立案条件，建议立案调查。",
    };

    public object OnSite() => new
    {
        kind = "OnSiteInspection",
        date = Today,
        place = "当事人经营场所",
        officerIds = new[] { Officer1, Officer2 },
        subject = "当事人负责人",
        content = "现场检查发现当事人正在营业，未能出示公共场所卫生许可证。",
        avRequired = true,
        avMissingReason = "执法记录仪故障，已在笔录中注明",
    };

    public static object Draft(decimal fine, params string[] measures) => new { draft = DraftBody(fine, measures) };

    public static object DraftBody(decimal fine, params string[] measures) => new
    {
        facts = "当事人未取得公共场所卫生许可证擅自营业。",
        evidenceSummary = "现场检查笔录、询问笔录、营业执照复印件。",
        violatedProvision = "《公共场所卫生管理条例实施细则》第二十二条第一款",
        penaltyBasis = "《公共场所卫生管理条例实施细则》第三十五条第一款",
        measures = measures.Length == 0 ? ["Warning"] : measures,
        fine,
        discretionReasoning = "首次被查处，积极配合调查，按一般情节裁量。",
    };

    public async Task<Guid> InvestigatingAsync(Guid? entity = null)
    {
        var id = await LeadAsync(entity);
        await DoAsync("lst.officer1", id, CaseAction.RequestFiling, Filing());
        await DoAsync("lst.head", id, CaseAction.ApproveFiling, new { opinion = "同意立案" });
        return id;
    }

    public async Task<Guid> ConcludedAsync(decimal fine = 2000m, Guid? entity = null)
    {
        var id = await InvestigatingAsync(entity);
        await DoAsync("lst.officer1", id, CaseAction.RecordOnSiteAct, OnSite());
        await DoAsync("lst.officer1", id, CaseAction.ConcludeInvestigation, Draft(fine));
        return id;
    }

    public async Task<Guid> NotifiedAsync(decimal fine = 2000m)
    {
        var id = await ConcludedAsync(fine);
        await DoAsync("lst.officer1", id, CaseAction.NotifyParty, new { servedOn = Today });
        return id;
    }

    public async Task<Guid> DecidedAsync(decimal fine = 2000m)
    {
        var id = await NotifiedAsync(fine);
        await DoAsync("lst.officer1", id, CaseAction.RecordStatement, new { waived = true });
        await DoAsync("lst.head", id, CaseAction.DecidePenalty);
        return id;
    }

    public async Task<Guid> ServedAsync(decimal fine = 2000m)
    {
        var id = await DecidedAsync(fine);
        await DoAsync("lst.officer1", id, CaseAction.ServeDecision, new { method = "Direct", date = Today, recipient = "当事人负责人" });
        return id;
    }

    public void Dispose()
    {
        foreach (var c in _clients.Values)
        {
            c.Dispose();
        }
    }
}
