using System.Net;
using Weijian.Enforcement.PenaltyCases;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using static Weijian.IntegrationTests.Enforcement.CasePageClient;

namespace Weijian.IntegrationTests.Enforcement;

/// <summary>
/// The 行政处罚案件 pages over plain HTTP with a signed-in cookie: the list (empty state, filters), the case page showing
/// exactly the actions the transition table allows each role, and a form whose rule refusal (R-PEN-12) comes back in
/// Chinese with the input kept.
/// </summary>
public abstract class CasePagesTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static readonly (string User, string Role)[] Staff =
    [
        ("lst.officer1", Roles.Officer), ("lst.head", Roles.BureauHead), ("lst.reviewer", Roles.LegalReviewer), ("lst.admin", Roles.SystemAdministrator),
    ];

    [Fact]
    public async Task The_list_shows_an_empty_state_without_cases_and_a_registered_case_with_its_stage_and_filters()
    {
        // The second demo bureau has no case (no test in this class registers one there).
        using var empty = await SignInAsync(Server, "ll.officer1");
        var none = await empty.GetStringAsync("Enforcement/Cases");
        none.ShouldContain("本单位还没有行政处罚案件");
        none.ShouldContain(">受理登记</a>");
        none.ShouldContain("案件办理"); // the nav entry

        using var api = await Server.SignedInAsync("lst.officer1");
        var party = await NewPartyAsync(api, "91431103MA4P0010", "冷水滩区列表测试宾馆");
        var id = await RegisterAsync(api, party, "列表测试：未对公共用品用具清洗消毒");

        using var officer = await SignInAsync(Server, "lst.officer1");
        var list = await officer.GetStringAsync("Enforcement/Cases?q=" + Uri.EscapeDataString("列表测试"));
        list.ShouldContain($"/Enforcement/Cases/{id}");
        list.ShouldContain("冷水滩区列表测试宾馆");
        list.ShouldContain("列表测试：未对公共用品用具清洗消毒");
        list.ShouldContain(">受理</span>");
        list.ShouldContain("公共场所");

        (await officer.GetStringAsync("Enforcement/Cases?status=open&q=" + Uri.EscapeDataString("列表测试"))).ShouldContain($"/Enforcement/Cases/{id}");
        (await officer.GetStringAsync("Enforcement/Cases?status=ended&q=" + Uri.EscapeDataString("列表测试"))).ShouldContain("没有符合条件的案件");
        (await officer.GetStringAsync("Enforcement/Cases?status=Investigating&q=" + Uri.EscapeDataString("列表测试"))).ShouldContain("没有符合条件的案件");
        // "我承办的": the case has no handlers until filing is requested.
        (await officer.GetStringAsync("Enforcement/Cases?mine=true&q=" + Uri.EscapeDataString("列表测试"))).ShouldContain("没有符合条件的案件");

        // Only officers register leads: the head sees the list without the button.
        using var head = await SignInAsync(Server, "lst.head");
        var headList = await head.GetStringAsync("Enforcement/Cases");
        headList.ShouldContain($"/Enforcement/Cases/{id}");
        headList.ShouldNotContain(">受理登记</a>");
    }

    [Fact]
    public async Task The_case_page_shows_exactly_the_actions_the_transition_table_allows_each_role_at_each_stage()
    {
        using var api = await Server.SignedInAsync("lst.officer1");
        var party = await NewPartyAsync(api, "91431103MA4P0020", "冷水滩区操作按钮测试宾馆");
        var id = await RegisterAsync(api, party, "按钮测试：未按规定进行卫生检测");
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (user, _) in Staff)
        {
            clients[user] = await SignInAsync(Server, user);
        }

        async Task CheckAsync(CaseStatus status)
        {
            foreach (var (user, role) in Staff)
            {
                var html = await clients[user].GetStringAsync($"Enforcement/Cases/{id}");
                html.ShouldContain($"data-testid=\"case-status\">{CaseNames.Of(status)}</span>");
                var expected = CaseWorkflow.Table.Where(t => t.From.Contains(status) && t.Roles.Contains(role)).Select(t => t.Label).ToList();
                ActionLabels(html).ShouldBe(expected, customMessage: $"{user} at {status}");
                if (expected.Count == 0)
                {
                    html.ShouldContain("当前阶段您没有可办理的事项");
                }
            }
        }

        await CheckAsync(CaseStatus.Lead);
        await ActAsync(api, id, "request-filing", new { officerIds = await OfficerIdsAsync(api, "lst.officer1", "lst.officer2"), opinion = "建议立案调查" });
        await CheckAsync(CaseStatus.FilingRequested);
        using var headApi = await Server.SignedInAsync("lst.head");
        await ActAsync(headApi, id, "approve-filing", new { });
        await CheckAsync(CaseStatus.Investigating);

        // The forms follow the same table: the head cannot open the officer's 调查终结 form.
        var refused = await clients["lst.head"].GetStringAsync($"Enforcement/Cases/{id}/Act/conclude-investigation");
        refused.ShouldContain("您现在不能办理“调查终结”");
        refused.ShouldNotContain("name=\"Facts\"");
        var form = await clients["lst.officer1"].GetStringAsync($"Enforcement/Cases/{id}/Act/conclude-investigation");
        form.ShouldContain("name=\"Facts\"");
        form.ShouldContain("name=\"DiscretionReasoning\"");
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task A_filing_request_with_one_officer_is_refused_with_the_r_pen_12_message_and_the_input_kept_then_succeeds_with_two()
    {
        using var api = await Server.SignedInAsync("lst.officer1");
        var party = await NewPartyAsync(api, "91431103MA4P0030", "冷水滩区立案表单测试宾馆");
        var id = await RegisterAsync(api, party, "表单测试：从业人员未取得健康合格证明");
        var officers = await OfficerIdsAsync(api, "lst.officer1", "lst.officer2");

        using var officer = await SignInAsync(Server, "lst.officer1");
        var form = await officer.GetStringAsync($"Enforcement/Cases/{id}/Act/request-filing");
        form.ShouldContain("执法证号");
        form.ShouldContain($"value=\"{officers[1]}\"");

        List<KeyValuePair<string, string>> Fields(params Guid[] chosen) =>
        [
            .. chosen.Select(o => new KeyValuePair<string, string>("OfficerIds", o.ToString())),
            new("Opinion", "经初步核查，当事人涉嫌安排未取得健康合格证明的人员从事直接为顾客服务的工作，建议立案"),
            new("ActDate", Weijian.Platform.Calendar.ChinaClock.Today(TimeProvider.System).AddDays(-20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("__RequestVerificationToken", Token(form)),
        ];

        var refused = await officer.PostAsync($"Enforcement/Cases/{id}/Act/request-filing", new FormUrlEncodedContent(Fields(officers[0])));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("须由两名以上持有效执法证的执法人员进行（R-PEN-12、R-OFF-1）");
        html.ShouldContain("经初步核查，当事人涉嫌安排未取得健康合格证明的人员");

        var accepted = await officer.PostAsync($"Enforcement/Cases/{id}/Act/request-filing", new FormUrlEncodedContent(Fields(officers[0], officers[1])));
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        accepted.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Enforcement/Cases/{id}");
        var page = await accepted.Content.ReadAsStringAsync();
        page.ShouldContain("已办理“提请立案”，案件现处于“立案审批”阶段");
        page.ShouldContain("湘卫执2024");
        page.ShouldContain("王丽华");
        page.ShouldContain("张伟");
    }

    [Fact]
    public async Task A_lead_is_registered_through_the_form_after_searching_the_party_and_missing_fields_are_named_in_chinese()
    {
        using var api = await Server.SignedInAsync("lst.officer1");
        var party = await NewPartyAsync(api, "91431103MA4P0040", "冷水滩区受理表单测试宾馆");
        using var officer = await SignInAsync(Server, "lst.officer1");
        var search = await officer.GetStringAsync("Enforcement/Cases/New?party=" + Uri.EscapeDataString("受理表单测试"));
        search.ShouldContain("冷水滩区受理表单测试宾馆");
        search.ShouldContain($"value=\"{party}\"");

        var missing = await officer.PostAsync("Enforcement/Cases/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["EntityId"] = party.ToString(),
            ["Party"] = "受理表单测试",
            ["Source"] = "Complaint",
            ["Summary"] = "群众投诉该宾馆床上用品未更换。",
            ["__RequestVerificationToken"] = Token(search),
        }));
        var refused = await missing.Content.ReadAsStringAsync();
        refused.ShouldContain("案由");
        refused.ShouldContain("不能为空");
        refused.ShouldContain("群众投诉该宾馆床上用品未更换。");

        var created = await officer.PostAsync("Enforcement/Cases/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["EntityId"] = party.ToString(),
            ["Source"] = "Complaint",
            ["SourceReference"] = "投诉2026-118",
            ["Cause"] = "涉嫌未按规定更换公共用品用具",
            ["Summary"] = "群众投诉该宾馆床上用品未更换。",
            ["__RequestVerificationToken"] = Token(search),
        }));
        created.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Enforcement/Cases/");
        var page = await created.Content.ReadAsStringAsync();
        page.ShouldContain("已受理登记，案件编号");
        page.ShouldContain("投诉举报（投诉2026-118）");
        page.ShouldContain("data-testid=\"case-status\">受理</span>");
        page.ShouldContain("案件受理登记"); // the first step of the full-process record
    }

    [Fact]
    public async Task Staff_without_a_case_role_are_refused_and_an_unknown_case_is_a_chinese_404()
    {
        using var clerk = await SignInAsync(Server, "lst.window");
        var home = await clerk.GetStringAsync("");
        home.ShouldNotContain("案件办理");
        var list = await clerk.GetAsync("Enforcement/Cases");
        list.RequestMessage!.RequestUri!.AbsolutePath.ShouldContain("AccessDenied");

        using var officer = await SignInAsync(Server, "lst.officer1");
        var missing = await officer.GetAsync($"Enforcement/Cases/{Guid.CreateVersion7()}");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("案件不存在或不属于本单位");
        var unknown = await officer.GetAsync($"Enforcement/Cases/{Guid.CreateVersion7()}/Act/no-such-action");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class CasePagesTests_Sqlite(SqliteServer server) : CasePagesTests<SqliteServer>(server);

public sealed class CasePagesTests_Postgres(PostgresServer server) : CasePagesTests<PostgresServer>(server);
