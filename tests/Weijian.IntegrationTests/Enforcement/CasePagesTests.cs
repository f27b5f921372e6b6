using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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
    private static readonly string[] WarningOnly = ["Warning"];
    private static readonly string[] Heads = ["李建国", "陈志刚", "周静"];

    private static readonly (string User, string Role)[] Staff =
    [
        ("lst.officer1", Roles.Officer), ("lst.head", Roles.BureauHead), ("lst.reviewer", Roles.LegalReviewer), ("lst.admin", Roles.SystemAdministrator),
    ];

    [Fact]
    public async Task The_list_shows_an_empty_state_without_cases_and_a_registered_case_with_its_stage_and_filters()
    {
        // The demo bureaus carry a year of demo cases, so the empty state is seen from a newly created agency.
        using var empty = await SignInAsync(Server, await OfficerOfNewAgencyAsync());
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
    public async Task Every_form_the_case_page_offers_renders_for_its_role_along_cases_with_review_discussion_and_referral()
    {
        using var api = await Server.SignedInAsync("lst.officer1");
        using var headApi = await Server.SignedInAsync("lst.head");
        using var reviewerApi = await Server.SignedInAsync("lst.reviewer");
        var officers = await OfficerIdsAsync(api, "lst.officer1", "lst.officer2");
        var clients = new Dictionary<string, HttpClient>();
        foreach (var (user, _) in Staff)
        {
            clients[user] = await SignInAsync(Server, user);
        }

        async Task FormsAsync(Guid id, CaseStatus status)
        {
            foreach (var (user, _) in Staff)
            {
                var html = await clients[user].GetStringAsync($"Enforcement/Cases/{id}");
                html.ShouldContain($"data-testid=\"case-status\">{CaseNames.Of(status)}</span>", customMessage: user);
                foreach (var label in ActionLabels(html))
                {
                    var action = CaseWorkflow.WireName(CaseWorkflow.Table.Single(t => t.Label == label).Action);
                    var response = await clients[user].GetAsync($"Enforcement/Cases/{id}/Act/{action}");
                    response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{user} {action}");
                    var form = await response.Content.ReadAsStringAsync();
                    form.ShouldContain($">{label}</button>", customMessage: $"{user} {action}");
                    form.ShouldNotContain("您现在不能办理", customMessage: $"{user} {action}");
                }
            }
        }

        // R-PEN-16/20/21: ¥50 000 for an organisation gives a hearing right, so legal review and collective discussion come before the decision.
        var id = await RegisterAsync(api, await NewPartyAsync(api, "91431103MA4P0050", "冷水滩区全部表单测试宾馆"), "表单测试：未取得卫生许可证擅自营业");
        await FormsAsync(id, CaseStatus.Lead);
        await ActAsync(api, id, "request-filing", new { officerIds = officers, opinion = "建议立案调查" });
        await FormsAsync(id, CaseStatus.FilingRequested);
        await ActAsync(headApi, id, "approve-filing", new { });
        await FormsAsync(id, CaseStatus.Investigating);
        await ActAsync(api, id, "record-on-site-act", new { kind = "OnSiteInspection", officerIds = officers, content = "现场未能出示卫生许可证。" });
        await ActAsync(api, id, "conclude-investigation", new
        {
            draft = new
            {
                facts = "当事人未取得卫生许可证擅自营业三个月。",
                evidenceSummary = "现场检查笔录",
                violatedProvision = "《公共场所卫生管理条例》第八条",
                penaltyBasis = "《公共场所卫生管理条例实施细则》第三十五条",
                measures = WarningOnly,
                fine = 50000m,
                discretionReasoning = "擅自营业满三个月，从重处罚。",
            },
        });
        await FormsAsync(id, CaseStatus.Concluded);
        await ActAsync(api, id, "notify-party", new { });
        await FormsAsync(id, CaseStatus.Notified);
        await ActAsync(api, id, "record-statement", new { waived = true });
        await ActAsync(api, id, "submit-for-legal-review", new { });
        await FormsAsync(id, CaseStatus.LegalReview);
        await ActAsync(reviewerApi, id, "complete-legal-review", new { outcome = "Approved", opinion = "事实清楚，证据确凿，适用依据正确，程序合法。" });
        await FormsAsync(id, CaseStatus.Reviewed);
        await ActAsync(headApi, id, "record-collective-discussion", new
        {
            place = "局三楼会议室",
            attendees = Heads,
            opinions = new[] { new { person = "李建国", opinion = "同意" }, new { person = "陈志刚", opinion = "同意" }, new { person = "周静", opinion = "同意" } },
            conclusion = "同意按处理意见作出行政处罚决定。",
        });
        await FormsAsync(id, CaseStatus.Discussed);
        await ActAsync(headApi, id, "decide-penalty", new { });
        await FormsAsync(id, CaseStatus.Decided);
        await ActAsync(api, id, "serve-decision", new { method = "Direct", recipient = "周建华" });
        await FormsAsync(id, CaseStatus.Served);

        // R-PEN-30: the referral branch.
        var referred = await RegisterAsync(api, await NewPartyAsync(api, "91431103MA4P0060", "冷水滩区移送表单测试宾馆"), "表单测试：涉嫌非法行医");
        await ActAsync(api, referred, "request-filing", new { officerIds = officers, opinion = "建议立案调查" });
        await ActAsync(headApi, referred, "approve-filing", new { });
        await ActAsync(api, referred, "propose-referral", new { officerIds = officers, reason = "当事人涉嫌非法行医，情节严重，涉嫌犯罪。" });
        await FormsAsync(referred, CaseStatus.ReferralProposed);
        await ActAsync(headApi, referred, "decide-referral", new { approve = true, receiver = "永州市公安局冷水滩分局", opinion = "同意移送" });
        await FormsAsync(referred, CaseStatus.Transferred);
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task An_on_site_record_uploaded_through_the_form_is_stored_under_its_sha256_and_downloads_from_the_case_page()
    {
        using var api = await Server.SignedInAsync("lst.officer1");
        using var headApi = await Server.SignedInAsync("lst.head");
        var officers = await OfficerIdsAsync(api, "lst.officer1", "lst.officer2");
        var id = await RegisterAsync(api, await NewPartyAsync(api, "91431103MA4P0070", "冷水滩区附件测试宾馆"), "附件测试：集中空调通风系统未清洗");
        await ActAsync(api, id, "request-filing", new { officerIds = officers, opinion = "建议立案调查" });
        await ActAsync(headApi, id, "approve-filing", new { });

        using var officer = await SignInAsync(Server, "lst.officer1");
        var form = await officer.GetStringAsync($"Enforcement/Cases/{id}/Act/record-on-site-act");
        var record = "现场检查笔录扫描件（测试）"u8.ToArray();
        var video = "执法记录仪视频（测试）"u8.ToArray();

        MultipartFormDataContent Fields(bool withVideo)
        {
            var content = new MultipartFormDataContent
            {
                { new StringContent("OnSiteInspection"), "Kind" },
                { new StringContent("现场检查空调机房"), "Place" },
                { new StringContent("机房风管积尘明显，未见清洗记录。"), "ActContent" },
                { new StringContent("true"), "AvRequired" },
                { new StringContent(Token(form)), "__RequestVerificationToken" },
                { new ByteArrayContent(record), "Upload", "空调检查笔录.pdf" },
            };
            foreach (var o in officers)
            {
                content.Add(new StringContent(o.ToString()), "OfficerIds");
            }

            if (withVideo)
            {
                content.Add(new ByteArrayContent(video), "AvUpload", "执法记录仪.mp4");
            }

            return content;
        }

        // R-TRS-6: an activity on the 音像记录事项清单 needs its record or the reason it is missing.
        var refused = await (await officer.PostAsync($"Enforcement/Cases/{id}/Act/record-on-site-act", Fields(withVideo: false))).Content.ReadAsStringAsync();
        refused.ShouldContain("请上传音像记录或说明未记录的原因（R-TRS-6）");
        refused.ShouldContain("机房风管积尘明显，未见清洗记录。");

        var saved = await officer.PostAsync($"Enforcement/Cases/{id}/Act/record-on-site-act", Fields(withVideo: true));
        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Enforcement/Cases/{id}");
        var page = await saved.Content.ReadAsStringAsync();
        page.ShouldContain("空调检查笔录.pdf");
        page.ShouldContain("已上传音像记录");

        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(record));
        File.Exists(Path.Combine(Server.Database.DataDirectory, "files", sha[..2], sha)).ShouldBeTrue();
        var download = await officer.GetAsync($"Enforcement/Cases/{id}?handler=File&sha={sha}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(record);
        var videoSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(video));
        (await (await officer.GetAsync($"Enforcement/Cases/{id}?handler=File&sha={videoSha}")).Content.ReadAsByteArrayAsync()).ShouldBe(video);

        // Only files this case refers to: another hash is not served through it.
        var foreign = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("别的文件"u8.ToArray()));
        (await officer.GetAsync($"Enforcement/Cases/{id}?handler=File&sha={foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
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

    private async Task<string> OfficerOfNewAgencyAsync()
    {
        using var admin = await Server.SignedInAsync("ll.admin");
        var bureau = JsonDocument.Parse(await admin.GetStringAsync("api/v1/me")).RootElement.GetProperty("organizationId").GetGuid();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var created = await admin.PostAsJsonAsync("api/v1/organizations", new
        {
            parentId = bureau,
            kind = "EnforcementAgency",
            name = "零陵区新设执法分队" + suffix,
            shortName = "新设分队" + suffix,
            regionCode = "431102",
        });
        created.EnsureSuccessStatusCode();
        var agency = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var userName = "ll.new" + suffix;
        (await admin.PostAsJsonAsync("api/v1/users", new
        {
            organizationId = agency,
            userName,
            displayName = "新设分队执法员",
            password = ServerFixture.Password,
            roles = new[] { Roles.Officer },
        })).EnsureSuccessStatusCode();
        return userName;
    }
}

public sealed class CasePagesTests_Sqlite(SqliteServer server) : CasePagesTests<SqliteServer>(server);

public sealed class CasePagesTests_Postgres(PostgresServer server) : CasePagesTests<PostgresServer>(server);
