using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Enforcement;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Licensing;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Publicity;

/// <summary>
/// Issue #7 publication: decisions become 行政执法公示 records through the domain-event subscribers (R-TRS-4, R-LIC-5),
/// redacted when scheduled, with their clock on 我的待办; publication, withdrawal with the reason shown (R-PEN-32),
/// retention (R-TRS-5), statistics; the anonymous portal (R-TRS-2), its caching and rate limit, audit checkpoints; and
/// acceptance item 4 — no ID number or phone on any public page. One class, so one server (with its demo) per provider.
/// </summary>
public abstract partial class PublicationTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private DateOnly Today => ChinaClock.Today(Server.Clock);

    private async Task<Guid> BureauAsync(string name = "永州市冷水滩区卫生健康局")
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Organizations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }

    private async Task<BusinessCalendar> CalendarAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync(scope.ServiceProvider.GetRequiredService<WeijianDb>(), CancellationToken.None);
    }

    private static async Task<JsonElement> DisclosureOfAsync(HttpClient client, string sourceId)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("api/v1/disclosures?pageSize=100");
        return list.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("sourceId").GetString() == sourceId);
    }

    private static async Task<Guid> SummaryDecisionAsync(CaseDriver d, Guid entity, string facts)
    {
        var id = await d.LeadAsync(entity, "从业人员未取得健康合格证明上岗");
        await d.DoAsync("lst.officer1", id, Weijian.Enforcement.PenaltyCases.CaseAction.DecideSummarily, new
        {
            officerIds = new[] { d.Officer1, d.Officer2 },
            fine = 200m,
            facts,
            violatedProvision = "《公共场所卫生管理条例》第七条",
            penaltyBasis = "《公共场所卫生管理条例实施细则》第三十八条",
        });
        return id;
    }

    /// <summary>An anonymous request that waits out the public rate limit (one client IP for every test here).</summary>
    private async Task<HttpResponseMessage> PublicSendAsync(Func<HttpRequestMessage> request)
    {
        using var client = Server.Anonymous();
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.SendAsync(request());
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 3)
            {
                return response;
            }

            await Task.Delay(TimeSpan.FromSeconds(10.5));
        }
    }

    private Task<HttpResponseMessage> PublicGetAsync(string url) => PublicSendAsync(() => new HttpRequestMessage(HttpMethod.Get, url));

    private async Task<string> PublicStringAsync(string url)
    {
        var response = await PublicGetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_penalty_decision_is_scheduled_redacted_with_its_clock_then_published_on_the_portal_with_a_verifiable_document_R_TRS_4()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var caseId = await SummaryDecisionAsync(d, d.Individual, "当事人（身份证号430103199001011234，电话13812345678）雇用未取得健康合格证明的从业人员上岗");
        var officer = await d.ClientAsync("lst.officer1");
        var disclosure = await DisclosureOfAsync(officer, caseId.ToString());
        var id = disclosure.GetProperty("id").GetGuid();

        // Scheduled on the working-day calendar (7 working days), redacted, with a clock on the handlers' 我的待办.
        disclosure.GetProperty("statusName").GetString().ShouldBe("待公示");
        disclosure.GetProperty("due").GetString().ShouldBe(DisclosureSchedule.PublicationDeadline(await CalendarAsync(), DisclosureKind.PenaltyDecision, Today, 7).Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var party = disclosure.GetProperty("partyName").GetString()!;
        party.ShouldStartWith("个");
        party.ShouldContain("某");
        var text = disclosure.GetProperty("fields").GetRawText();
        text.ShouldNotContain("430103199001011234");
        text.ShouldNotContain("13812345678");
        text.ShouldContain("雇用未取得健康合格证明的从业人员上岗");
        var mine = await officer.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=100");
        mine.GetProperty("items").EnumerateArray().ShouldContain(c => c.GetProperty("subjectId").GetString() == id.ToString() && c.GetProperty("ruleId").GetString() == "R-TRS-4");

        // Not public before publication; another bureau cannot see it.
        var org = await BureauAsync();
        var number = disclosure.GetProperty("decisionNumber").GetString()!;
        (await PublicStringAsync($"portal/{org}/decisions?q={Uri.EscapeDataString(number)}")).ShouldNotContain(number + "</a>");
        (await (await Server.SignedInAsync("ll.disclosure")).GetAsync($"api/v1/disclosures/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var published = await (await Server.SignedInAsync("lst.disclosure")).PostAsJsonAsync($"api/v1/disclosures/{id}/publish", new { });
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        var view = await published.Content.ReadFromJsonAsync<JsonElement>();
        view.GetProperty("publishedOn").GetString().ShouldBe(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        view.GetProperty("publishedLate").GetBoolean().ShouldBeFalse();
        (await officer.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=100")).GetProperty("items").EnumerateArray()
            .ShouldNotContain(c => c.GetProperty("subjectId").GetString() == id.ToString());

        // The public finds it by the masked party name, opens it and verifies the decision document.
        var list = await PublicStringAsync($"portal/{org}/decisions?q={Uri.EscapeDataString(party)}");
        list.ShouldContain(number);
        var page = await PublicStringAsync($"portal/{org}/decisions/{id}");
        page.ShouldContain("雇用未取得健康合格证明的从业人员上岗");
        page.ShouldNotContain("13812345678");
        var documentId = view.GetProperty("documentId").GetGuid();
        page.ShouldContain($"/verify/{documentId}");
        (await PublicGetAsync($"verify/{documentId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsJsonAsync($"api/v1/disclosures/{id}/publish", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_withdrawn_penalty_decision_shows_its_reason_and_no_longer_its_content_R_PEN_32()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var caseId = await SummaryDecisionAsync(d, d.PlaceEntity, "经营场所未公示卫生许可证，复议后撤销测试");
        var id = (await DisclosureOfAsync(await d.ClientAsync("lst.officer1"), caseId.ToString())).GetProperty("id").GetGuid();
        var clerk = await Server.SignedInAsync("lst.disclosure");
        (await clerk.PostAsJsonAsync($"api/v1/disclosures/{id}/publish", new { })).EnsureSuccessStatusCode();

        // Only a 法制审核人员 or 局领导 records a withdrawal, with one of the three reasons.
        (await (await d.ClientAsync("lst.officer1")).PostAsJsonAsync($"api/v1/disclosures/{id}/request-withdrawal", new { reason = "Revoked", text = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var reviewer = await Server.SignedInAsync("lst.reviewer");
        (await Problem.ReadAsync(await reviewer.PostAsJsonAsync($"api/v1/disclosures/{id}/request-withdrawal", new { reason = "重新审查", text = "x" }))).Code
            .ShouldBe("validation.withdrawal-reason");
        var requested = await reviewer.PostAsJsonAsync($"api/v1/disclosures/{id}/request-withdrawal", new { reason = "Revoked", text = "复议机关决定撤销原处罚决定（永政复决字〔2026〕8号）" });
        requested.StatusCode.ShouldBe(HttpStatusCode.OK, await requested.Content.ReadAsStringAsync());
        var view = await requested.Content.ReadFromJsonAsync<JsonElement>();
        view.GetProperty("withdrawalDue").GetString().ShouldBe(DisclosureSchedule.WithdrawalDeadline(await CalendarAsync(), Today, 3).Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        (await reviewer.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=100")).GetProperty("items").EnumerateArray()
            .ShouldContain(c => c.GetProperty("subjectId").GetString() == id.ToString() && c.GetProperty("ruleId").GetString() == "R-PEN-32");

        var withdrawn = await clerk.PostAsJsonAsync($"api/v1/disclosures/{id}/withdraw", new { });
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK, await withdrawn.Content.ReadAsStringAsync());
        var number = view.GetProperty("decisionNumber").GetString()!;
        var org = await BureauAsync();
        (await PublicStringAsync($"portal/{org}/decisions?q={Uri.EscapeDataString(number)}")).ShouldNotContain(number + "</a>");
        var list = await PublicStringAsync($"portal/{org}/withdrawn?q={Uri.EscapeDataString(number)}");
        list.ShouldContain(number + "</a>");
        list.ShouldContain("撤销");
        list.ShouldContain("永政复决字〔2026〕8号");
        var page = await PublicStringAsync($"portal/{org}/decisions/{id}");
        page.ShouldContain("已撤回");
        page.ShouldNotContain("经营场所未公示卫生许可证，复议后撤销测试");
        page.ShouldNotContain("/verify/");
    }

    [Fact]
    public async Task Licensing_grants_are_published_refusals_are_not_and_a_revoked_license_is_taken_down_R_LIC_5()
    {
        var org = await BureauAsync();
        var granted = Guid.NewGuid();
        var refused = Guid.NewGuid();
        var number = "冷卫公证字〔2026〕" + Guid.NewGuid().ToString("N")[..6] + "号";
        await using (var scope = Server.ScopeAs(Actor.System()))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            db.Raise(new LicensingDecided(granted, org, Today, true, "PP-01", "公共场所卫生许可", null, "测试许可宾馆", PartyKind.Organization, "91431103MA4L0000XY", "湘卫公证字〔2026〕第0001号", number, null));
            db.Raise(new LicensingDecided(refused, org, Today, false, "PP-01", "公共场所卫生许可", null, "测试被拒宾馆", PartyKind.Organization, "91431103MA4L0001XY", null, number + "不予", null));
            await db.SaveChangesAsync();
        }

        var clerk = await Server.SignedInAsync("lst.disclosure");
        var list = await clerk.GetFromJsonAsync<JsonElement>("api/v1/disclosures?pageSize=100&q=" + Uri.EscapeDataString("测试"));
        list.GetProperty("items").EnumerateArray().ShouldNotContain(x => x.GetProperty("sourceId").GetString() == refused.ToString());
        var grant = list.GetProperty("items").EnumerateArray().Single(x => x.GetProperty("sourceId").GetString() == granted.ToString());
        grant.GetProperty("kindName").GetString().ShouldBe("行政许可决定");
        grant.GetProperty("due").GetString().ShouldBe(DisclosureSchedule.PublicationDeadline(await CalendarAsync(), DisclosureKind.LicensingDecision, Today, 7).Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var id = grant.GetProperty("id").GetGuid();
        (await clerk.PostAsJsonAsync($"api/v1/disclosures/{id}/publish", new { })).EnsureSuccessStatusCode();
        (await PublicStringAsync($"portal/{org}/decisions?kind=LicensingDecision&q={Uri.EscapeDataString(number)}")).ShouldContain("测试许可宾馆");

        await using (var scope = Server.ScopeAs(Actor.System()))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            db.Raise(new LicenseRevoked(Guid.NewGuid(), org, granted, Today, "以欺骗手段取得许可"));
            await db.SaveChangesAsync();
        }

        var after = await clerk.GetFromJsonAsync<JsonElement>($"api/v1/disclosures/{id}");
        after.GetProperty("withdrawalReasonName").GetString().ShouldBe("撤销");
        after.GetProperty("statusName").GetString().ShouldBe("待撤回");
        (await clerk.PostAsJsonAsync($"api/v1/disclosures/{id}/withdraw", new { })).EnsureSuccessStatusCode();
        (await PublicStringAsync($"portal/{org}/withdrawn?q={Uri.EscapeDataString(number)}")).ShouldContain("以欺骗手段取得许可");
    }

    [Fact]
    public async Task The_retention_sweep_takes_expired_decisions_offline_with_an_audit_entry_R_TRS_5()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var caseId = await SummaryDecisionAsync(d, d.Individual, "个人经营者公示期限测试");
        var id = (await DisclosureOfAsync(await d.ClientAsync("lst.officer1"), caseId.ToString())).GetProperty("id").GetGuid();
        var published = await (await Server.SignedInAsync("lst.disclosure")).PostAsJsonAsync($"api/v1/disclosures/{id}/publish", new { });
        var retentionEnd = DateOnly.Parse((await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("retentionEnd").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        retentionEnd.ShouldBe(Today.AddYears(2), "a natural person: 2 years (R-TRS-5 parameter)");
        var org = await BureauAsync();
        (await PublicGetAsync($"portal/{org}/decisions/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var before = Server.Clock.Offset;
        try
        {
            Server.Clock.Offset = before + TimeSpan.FromDays(retentionEnd.DayNumber - Today.DayNumber + 1);
            await using var scope = Server.ScopeAs(Actor.System());
            var result = await scope.ServiceProvider.GetRequiredService<SweepDisclosureRetentionHandler>().HandleAsync(new SweepDisclosureRetention(), CancellationToken.None);
            result.TakenOffline.ShouldBeGreaterThanOrEqualTo(1);
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            (await db.AuditEntries.CountAsync(a => a.SubjectId == id.ToString() && a.Action == "disclosure.take-offline")).ShouldBe(1);
        }
        finally
        {
            Server.Clock.Offset = before;
        }

        (await PublicGetAsync($"portal/{org}/decisions/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Server.RunCliAsync("disclosures", "sweep")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Statistics_give_the_on_time_rate_per_kind_and_count_random_inspection_results()
    {
        var head = await Server.SignedInAsync("lst.head");
        var s = await head.GetFromJsonAsync<JsonElement>($"api/v1/disclosures/statistics?from={Today.AddYears(-1):yyyy-MM-dd}&to={Today:yyyy-MM-dd}");
        var lines = s.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("kindName").GetString()).ShouldBe(["行政处罚决定", "行政许可决定", "其他执法决定", "抽查结果", "合计"]);
        foreach (var l in lines)
        {
            var due = l.GetProperty("due").GetInt32();
            var onTime = l.GetProperty("publishedOnTime").GetInt32();
            l.GetProperty("published").GetInt32().ShouldBeGreaterThanOrEqualTo(onTime);
            l.GetProperty("onTimeRate").GetDecimal().ShouldBe(due == 0 ? 100m : Math.Round(onTime * 100m / due, 1));
        }

        // The demo published its penalty decisions, one of them late, and withdrew one (PublicationDemo).
        var penalty = lines[0];
        penalty.GetProperty("published").GetInt32().ShouldBeGreaterThan(penalty.GetProperty("publishedOnTime").GetInt32());
        s.GetProperty("withdrawn").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        (await head.GetAsync("api/v1/disclosures/statistics?from=2026-05-01&to=2026-04-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_portal_lists_the_bureaus_their_catalogues_flowcharts_draws_and_audit_checkpoints_R_TRS_2()
    {
        var org = await BureauAsync();
        var home = await PublicStringAsync("portal");
        home.ShouldContain($"/portal/{org}");
        home.ShouldContain("永州市零陵区卫生健康局");
        var bureau = await PublicStringAsync($"portal/{org}");
        bureau.ShouldContain("永州市冷水滩区卫生健康综合监督执法局");
        bureau.ShouldContain("权责清单");
        bureau.ShouldContain("随机抽查事项清单");
        bureau.ShouldContain($"/public/officers?org={org}");
        bureau.ShouldContain($"/public/guides/{org}");
        bureau.ShouldContain($"/public/credit/{org}");
        bureau.ShouldContain("六十日内");
        var chart = await PublicStringAsync($"portal/{org}/flowchart");
        chart.ShouldContain("<svg");
        chart.ShouldContain("作出行政处罚决定");
        chart.ShouldContain("简易程序当场处罚");

        // Checkpoints: the demo recorded the last days; each is the head of the chain at that day's end.
        var checkpoints = await PublicStringAsync($"portal/{org}/checkpoints");
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var latest = await db.Set<AuditCheckpoint>().Where(c => c.OrganizationId == org).OrderByDescending(c => c.Day).FirstAsync();
        (await db.AuditEntries.Where(e => e.OrganizationId == org && e.Sequence == latest.Sequence).Select(e => e.Hash).SingleAsync()).ShouldBe(latest.HeadHash);
        checkpoints.ShouldContain(latest.HeadHash);
        checkpoints.ShouldContain("一致");
        checkpoints.ShouldNotContain("不一致");
        (await Server.RunCliAsync("checkpoints", "record", "--day", "tomorrow")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task A_search_pages_through_its_first_thousand_matches_only_while_the_plain_list_pages_through_ten_thousand()
    {
        // 20 a page: page 50 ends at the search cap (1 000), page 51 starts beyond it; the plain list allows 500 pages.
        var org = await BureauAsync();
        (await PublicGetAsync($"api/v1/public/disclosures/{org}?q=%E5%8D%AB%E7%94%9F&page=50")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var beyond = await PublicGetAsync($"api/v1/public/disclosures/{org}?q=%E5%8D%AB%E7%94%9F&page=51");
        beyond.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(beyond);
        problem.Code.ShouldBe("validation.page");
        problem.Title.ShouldContain("1000");
        (await PublicGetAsync($"api/v1/public/disclosures/{org}?page=51")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PublicGetAsync($"api/v1/public/disclosures/{org}?page=501")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // A narrow search is sorted after its matches are read: still newest first, and its pages neither repeat nor skip.
        var first = JsonDocument.Parse(await PublicStringAsync($"api/v1/public/disclosures/{org}?q=%E5%8D%AB&pageSize=5")).RootElement.GetProperty("results");
        var total = first.GetProperty("total").GetInt32();
        total.ShouldBeGreaterThan(5, "the demo published more than five decisions whose number holds 卫");
        var all = JsonDocument.Parse(await PublicStringAsync($"api/v1/public/disclosures/{org}?q=%E5%8D%AB&pageSize=100")).RootElement
            .GetProperty("results").GetProperty("items").EnumerateArray().ToList();
        all.Count.ShouldBe(Math.Min(total, 100));
        var dates = all.Select(x => x.GetProperty("decidedOn").GetString()!).ToList();
        dates.ShouldBe(dates.OrderByDescending(d => d, StringComparer.Ordinal).ToList());
        var paged = new List<string>();
        for (var page = 1; page <= 2; page++)
        {
            paged.AddRange(JsonDocument.Parse(await PublicStringAsync($"api/v1/public/disclosures/{org}?q=%E5%8D%AB&pageSize=5&page={page}")).RootElement
                .GetProperty("results").GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetString()!));
        }

        paged.ShouldBe(all.Take(10).Select(x => x.GetProperty("id").GetString()!).ToList());
    }

    [Fact]
    public async Task Public_responses_are_cacheable_and_answer_a_matching_etag_with_304()
    {
        var org = await BureauAsync();
        var first = await PublicGetAsync($"portal/{org}/flowchart");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.CacheControl!.Public.ShouldBeTrue();
        first.Headers.CacheControl.MaxAge.ShouldNotBeNull();
        var etag = first.Headers.ETag!;
        var again = await PublicSendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"portal/{org}/flowchart");
            request.Headers.IfNoneMatch.Add(etag);
            return request;
        });
        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Public_pages_are_rate_limited_per_client_with_a_Chinese_429_page()
    {
        var anonymous = Server.Anonymous();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < PublicResponsesLimit * 3 && limited is null; i++)
        {
            var r = await anonymous.GetAsync("portal");
            if (r.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = r;
            }
        }

        limited.ShouldNotBeNull("the public rate limit must refuse a burst of requests from one client");
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadAsStringAsync()).ShouldContain("访问过于频繁");

        // Staff pages are not limited by it.
        (await (await Server.SignedInAsync("lst.head")).GetAsync("api/v1/disclosures")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Task.Delay(TimeSpan.FromSeconds(11));
    }

    private const int PublicResponsesLimit = 100;

    [Fact]
    public async Task The_open_data_feed_has_the_LIVES_files_and_columns_and_leaves_out_withdrawn_decisions()
    {
        var org = await BureauAsync();
        var withdrawn = (await (await Server.SignedInAsync("lst.disclosure")).GetFromJsonAsync<JsonElement>("api/v1/disclosures?status=withdrawn&pageSize=100"))
            .GetProperty("items").EnumerateArray().Select(x => x.GetProperty("decisionNumber").GetString()!).ToList();
        withdrawn.ShouldNotBeEmpty("the demo withdrew a decision");
        await using (var scope = Server.ScopeAs(Actor.System()))
        {
            await scope.ServiceProvider.GetRequiredService<Weijian.Publicity.Portal.BuildOpenDataHandler>().HandleAsync(new Weijian.Publicity.Portal.BuildOpenData(org), CancellationToken.None);
        }

        var response = await PublicGetAsync($"portal/{org}/opendata.zip");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-Generated-At").ShouldNotBeEmpty();
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        zip.Entries.Select(e => e.FullName).OrderBy(n => n, StringComparer.Ordinal).ShouldBe(["businesses.csv", "feed_info.csv", "inspections.csv", "violations.csv"]);
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }

        var files = zip.Entries.ToDictionary(e => e.FullName, e => Read(e.FullName));
        files["businesses.csv"].Split("\r\n")[0].ShouldBe("business_id,name,address,city,state,postal_code,latitude,longitude,phone_number");
        files["inspections.csv"].Split("\r\n")[0].ShouldBe("business_id,score,date,description,type");
        files["violations.csv"].Split("\r\n")[0].ShouldBe("business_id,date,code,description");
        files["feed_info.csv"].Split("\r\n")[0].ShouldBe("feed_date,feed_version,municipality_name,municipality_url,contact_email");
        files["inspections.csv"].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(1, "the demo published inspection results");
        files["violations.csv"].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(1, "the demo published penalty decisions");
        foreach (var number in withdrawn)
        {
            files["violations.csv"].ShouldNotContain(number);
        }

        foreach (var (name, text) in files)
        {
            Leaks().IsMatch(text).ShouldBeFalse(name);
        }

        var json = JsonDocument.Parse(await PublicStringAsync($"portal/{org}/opendata.json")).RootElement;
        json.GetProperty("violations").GetArrayLength().ShouldBe(files["violations.csv"].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
        (await PublicGetAsync($"portal/{Guid.NewGuid()}/opendata.zip")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>
    /// Acceptance item 4: starting from the portal home, every public page reachable through links under /portal,
    /// /public and /verify, and the public JSON lists, carry no 18- or 15-digit ID number (check character valid or not)
    /// and no mobile or landline number.
    /// </summary>
    [Fact]
    public async Task No_ID_number_or_phone_appears_on_any_public_page_reachable_from_the_portal()
    {
        var anonymous = Server.Anonymous();
        var queue = new Queue<string>(["/portal"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/portal" };
        var visited = new List<(string Url, HttpStatusCode Status)>();
        foreach (var bureau in new[] { "永州市冷水滩区卫生健康局", "永州市零陵区卫生健康局" })
        {
            var org = await BureauAsync(bureau);
            foreach (var url in new[] { $"/api/v1/public/disclosures/{org}?pageSize=100", $"/api/v1/public/disclosures/{org}?withdrawn=true", $"/api/v1/public/inspections/{org}?pageSize=100" })
            {
                seen.Add(url);
                queue.Enqueue(url);
            }
        }

        while (queue.Count > 0 && visited.Count < 600)
        {
            var url = queue.Dequeue();
            var response = await anonymous.GetAsync(url.TrimStart('/'));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await Task.Delay(TimeSpan.FromSeconds(10.5));
                response = await anonymous.GetAsync(url.TrimStart('/'));
            }

            visited.Add((url, response.StatusCode));
            ((int)response.StatusCode).ShouldBeLessThan(500, url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            var body = await response.Content.ReadAsStringAsync();
            // SHA-256 values (audit checkpoints, draw commitments) and record ids (GUIDs, in every link) are hex, not personal
            // data: left out of the check, as Redaction.Scrub leaves them. A GUID's last group such as 13912345678a reads as a
            // mobile number to the pattern below, which failed this test now and then.
            var leak = Leaks().Match(Guids().Replace(Hashes().Replace(WebUtility.HtmlDecode(body), "#"), "#"));
            leak.Success.ShouldBeFalse($"{url} shows “{leak.Value}”");
            foreach (Match link in Links().Matches(body))
            {
                var href = WebUtility.HtmlDecode(link.Groups["href"].Value);
                if (!href.EndsWith(".zip", StringComparison.Ordinal) && (href.StartsWith("/portal", StringComparison.Ordinal) || href.StartsWith("/public", StringComparison.Ordinal) || href.StartsWith("/verify", StringComparison.Ordinal))
                    && seen.Add(href))
                {
                    queue.Enqueue(href);
                }
            }
        }

        visited.ShouldContain(v => v.Url.Contains("/decisions/", StringComparison.Ordinal) && v.Status == HttpStatusCode.OK, "a published decision page");
        visited.ShouldContain(v => v.Url.StartsWith("/verify/", StringComparison.Ordinal) && v.Status == HttpStatusCode.OK, "a document verification page");
        visited.ShouldContain(v => v.Url.Contains("/withdrawn", StringComparison.Ordinal) && v.Status == HttpStatusCode.OK);
        visited.ShouldContain(v => v.Url.StartsWith("/public/inspections/", StringComparison.Ordinal) && v.Status == HttpStatusCode.OK);
    }

    // GB 11643 shapes whatever the check character: 18 characters (region, birth date 18xx–20xx, sequence, 0-9/X) and the
    // old 15 digits (region, yymmdd, sequence) — an all-digit USCC of an organisation, public by law, has no birth date
    // there; mobile numbers, with or without separators; landlines with an area code.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])|(?<![0-9A-Za-z])\d{8}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])|(?<![0-9A-Za-z])1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)|(?<![0-9A-Za-z])0\d{2,3}-\d{7,8}(?!\d)")]
    private static partial Regex Leaks();

    [GeneratedRegex("[0-9a-fA-F]{64}")]
    private static partial Regex Hashes();

    [GeneratedRegex("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")]
    private static partial Regex Guids();

    [GeneratedRegex("href=\"(?<href>[^\"#]+)\"")]
    private static partial Regex Links();
}

public sealed class PublicationTests_Sqlite(SqliteServer server) : PublicationTests<SqliteServer>(server);

public sealed class PublicationTests_Postgres(PostgresServer server) : PublicationTests<PostgresServer>(server);
