using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Weijian.Enforcement.PenaltyCases;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.IntegrationTests.Enforcement;

/// <summary>
/// <c>GET /api/v1/cases/statistics</c> and the statistics page (R-PUB-5, R-TRS-6): cases built through the API in a
/// specialty the demo leaves empty (放射卫生) must show up in every column exactly as built — filed, penalised (incl.
/// 简易程序), not penalised, fines, confiscations, transfers, hearings, approved legal reviews (a voided approval does not
/// count), collective discussions, the audio/video rate and the heaviest-type counts — and the total moves by the same
/// amounts. A hearing cannot be held on the day of the notice (R-PEN-17: 7 working days' notice), so that one case runs
/// through the same handlers with a clock set in the past.
/// </summary>
public abstract partial class CaseStatisticsTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string Specialty = "RadiationHealth";

    private static readonly string[] WarningOnly = ["Warning"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed class Expected
    {
        public int Filed { get; set; }

        public int Penalised { get; set; }

        public int Summary { get; set; }

        public int NotPenalised { get; set; }

        public decimal Fines { get; set; }

        public decimal Confiscations { get; set; }

        public int Transfers { get; set; }

        public int Hearings { get; set; }

        public int Reviews { get; set; }

        public int Discussions { get; set; }

        public int AvRequired { get; set; }

        public int AvAttached { get; set; }

        public Dictionary<string, int> Types { get; } = [];
    }

    [Fact]
    public async Task Every_column_counts_exactly_the_cases_built_and_the_total_moves_by_the_same_amounts()
    {
        var (party, officers, calendar, today) = await ArrangeAsync();
        var expected = new Dictionary<int, Expected>();
        Expected In(DateOnly d) => expected.TryGetValue(d.Year, out var e) ? e : expected[d.Year] = new Expected();

        // The hearing case lies up to 14 working days back: it may fall in last year.
        int[] years = [today.Year - 1, today.Year];
        var before = new Dictionary<int, CaseStatisticsView>();
        using var officer = await Server.SignedInAsync("lst.officer1");
        using var head = await Server.SignedInAsync("lst.head");
        using var reviewer = await Server.SignedInAsync("lst.reviewer");
        foreach (var y in years)
        {
            before[y] = await StatisticsAsync(officer, y);
        }

        // The hearing case first (its clock lies in the past), then the API cases of today.
        var hearing = await HearingCaseAsync(party, officers, calendar, today);
        In(hearing.Received).AvRequired += 2;
        In(hearing.Received).AvAttached += 2;
        In(hearing.Filed).Filed++;
        In(hearing.Held).Hearings++;

        var now = In(today);

        // 1. General procedure: warning, fine 3 000, confiscated gains 500; voluntary legal review and a collective discussion.
        var c1 = await RegisterAsync(officer, party, "放射诊疗工作场所未按规定设置电离辐射警示标志");
        await ActAsync(officer, c1, "record-on-site-act", OnSite("OnSiteInspection", officers, attached: true));
        await ActAsync(officer, c1, "request-filing", new { officerIds = officers, actDate = today.AddDays(-10), opinion = "符合立案条件，建议立案调查" });
        await ActAsync(head, c1, "approve-filing", new { opinion = "同意立案" });
        await ActAsync(officer, c1, "record-on-site-act", OnSite("Inquiry", officers, attached: false));
        await ActAsync(officer, c1, "conclude-investigation", new { draft = Draft(["Warning"], 3000m, 500m) });
        await ActAsync(officer, c1, "notify-party", new { servedOn = today });
        await ActAsync(officer, c1, "record-statement", new { waived = true });
        await ActAsync(officer, c1, "submit-for-legal-review", new { });
        await ActAsync(reviewer, c1, "complete-legal-review", new { outcome = "Approved", opinion = "事实清楚，证据确凿，同意" });
        await ActAsync(head, c1, "record-collective-discussion", Discussion());
        await ActAsync(head, c1, "decide-penalty", new { });
        await ActAsync(officer, c1, "serve-decision", new { method = "Direct", recipient = "负责人" });
        now.Filed++;
        now.Penalised++;
        now.Fines += 3000m;
        now.Confiscations += 500m;
        now.Reviews++;
        now.Discussions++;
        now.AvRequired += 2;
        now.AvAttached += 1;
        Count(now, "没收");

        // 2. 简易程序: warning and fine 1 000 on the spot (an organisation, R-PEN-23).
        var c2 = await RegisterAsync(officer, party, "放射工作人员未按规定佩戴个人剂量计");
        await ActAsync(officer, c2, "decide-summarily", new
        {
            officerIds = officers,
            measures = WarningOnly,
            fine = 1000m,
            facts = "2名放射工作人员未佩戴个人剂量计",
            violatedProvision = "《放射诊疗管理规定》第二十三条",
            penaltyBasis = "《放射诊疗管理规定》第四十一条",
            partySigned = true,
        });
        now.Filed++;
        now.Penalised++;
        now.Summary++;
        now.Fines += 1000m;
        Count(now, "罚款");

        // 3. 不予处罚 (first violation, R-PEN-10), after an inspection with its recording.
        var c3 = await RegisterAsync(officer, party, "未按规定建立放射诊疗设备档案");
        await ActAsync(officer, c3, "record-on-site-act", OnSite("OnSiteInspection", officers, attached: true));
        await ActAsync(officer, c3, "request-filing", new { officerIds = officers, actDate = today.AddDays(-3), opinion = "建议立案" });
        await ActAsync(head, c3, "approve-filing", new { });
        await ActAsync(officer, c3, "conclude-investigation", new { draft = Draft(null, null, null) });
        await ActAsync(head, c3, "decide-no-penalty", new { reason = "初次违法，危害后果轻微并及时改正", basis = "《中华人民共和国行政处罚法》第三十三条第一款" });
        now.Filed++;
        now.NotPenalised++;
        now.AvRequired++;
        now.AvAttached++;

        // 4. 移送 (R-PEN-30): proposed, approved and handed over.
        var c4 = await RegisterAsync(officer, party, "涉嫌非法使用放射源");
        await ActAsync(officer, c4, "request-filing", new { officerIds = officers, actDate = today.AddDays(-5), opinion = "建议立案" });
        await ActAsync(head, c4, "approve-filing", new { });
        await ActAsync(officer, c4, "propose-referral", new { officerIds = officers, reason = "涉嫌污染环境罪" });
        await ActAsync(head, c4, "decide-referral", new { approve = true, receiver = "永州市公安局冷水滩分局", opinion = "同意移送" });
        await ActAsync(officer, c4, "record-transfer", new { transferredOn = today, receipt = "受案回执第001号" });
        now.Filed++;
        now.Transfers++;

        // 5. A warning whose draft was edited after approval: the voided approval does not count, the second does.
        var c5 = await RegisterAsync(officer, party, "未按规定进行放射防护检测");
        await ActAsync(officer, c5, "request-filing", new { officerIds = officers, actDate = today.AddDays(-7), opinion = "建议立案" });
        await ActAsync(head, c5, "approve-filing", new { });
        await ActAsync(officer, c5, "add-evidence", new { kind = "DocumentaryEvidence", title = "检测报告", description = "上一年度防护检测报告" });
        await ActAsync(officer, c5, "conclude-investigation", new { draft = Draft(["Warning"], 2000m, null) });
        await ActAsync(officer, c5, "notify-party", new { servedOn = today });
        await ActAsync(officer, c5, "record-statement", new { waived = true });
        await ActAsync(officer, c5, "submit-for-legal-review", new { });
        await ActAsync(reviewer, c5, "complete-legal-review", new { outcome = "Approved", opinion = "同意" });
        await ActAsync(officer, c5, "edit-draft-decision", new { draft = Draft(["Warning"], null, null), reason = "当事人已整改，改为警告" });
        await ActAsync(officer, c5, "submit-for-legal-review", new { });
        await ActAsync(reviewer, c5, "complete-legal-review", new { outcome = "Approved", opinion = "同意修改后的意见" });
        await ActAsync(head, c5, "decide-penalty", new { });
        now.Filed++;
        now.Penalised++;
        now.Reviews++;
        Count(now, "警告");

        // 6. 不予立案 after an inspection: not filed, but its recording counts for the year's rate.
        var c6 = await RegisterAsync(officer, party, "举报放射诊疗未取得许可");
        await ActAsync(officer, c6, "record-on-site-act", OnSite("OnSiteInspection", officers, attached: true));
        await ActAsync(head, c6, "decline-filing", new { reason = "经核查，当事人持有有效放射诊疗许可证，举报不属实" });
        now.AvRequired++;
        now.AvAttached++;

        foreach (var y in years)
        {
            var after = await StatisticsAsync(officer, y);
            var e = expected.GetValueOrDefault(y) ?? new Expected();
            var row = after.Rows.Single(r => r.Specialty == Specialty);
            row.SpecialtyName.ShouldBe("放射卫生");
            ShouldMatch(row, Zero(before[y].Rows.Single(r => r.Specialty == Specialty)), e, $"{y} 放射卫生");
            ShouldMatch(after.Total, before[y].Total, e, $"{y} 合计");
            JsonSerializer.Serialize(after.Rows.Where(r => r.Specialty != Specialty))
                .ShouldBe(JsonSerializer.Serialize(before[y].Rows.Where(r => r.Specialty != Specialty)), $"{y} 其他专业不变");
        }
    }

    [Fact]
    public async Task A_year_without_cases_is_all_zero_and_a_year_out_of_range_is_refused()
    {
        using var officer = await Server.SignedInAsync("lst.officer1");
        var empty = await StatisticsAsync(officer, 2001);
        empty.Year.ShouldBe(2001);
        empty.Rows.Count.ShouldBe(11);
        empty.Total.Filed.ShouldBe(0);
        empty.Total.Fines.ShouldBe(0m);
        empty.Total.AvRate.ShouldBeNull();
        empty.Total.ByHeaviestType.ShouldAllBe(t => t.Count == 0);
        empty.PenaltyTypes[0].ShouldBe("警告");
        empty.Basis.ShouldContain("决定日期");

        var bad = await Problem.ReadAsync(await officer.GetAsync("api/v1/cases/statistics?year=1900"));
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.Code.ShouldBe("validation.year");

        using var clerk = await Server.SignedInAsync("lst.window");
        (await clerk.GetAsync("api/v1/cases/statistics")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_statistics_page_shows_the_year_by_specialty_with_totals_and_an_empty_state()
    {
        using var client = await SignInPageAsync("lst.head");
        using var api = await Server.SignedInAsync("lst.head");
        var year = ChinaClock.Today(TimeProvider.System).Year;
        var figures = await StatisticsAsync(api, year);

        var page = await client.GetStringAsync($"Enforcement/Cases/Statistics?year={year}");
        page.ShouldContain("行政处罚案件统计");
        page.ShouldContain($"{year} 年度按专业统计");
        page.ShouldContain("公共场所");
        page.ShouldContain("合计");
        page.ShouldContain("统计口径");
        var total = TotalRow().Match(page).Groups[1].Value;
        total.ShouldContain($">{figures.Total.Filed}<");
        total.ShouldContain(">" + figures.Total.Fines.ToString("N2", System.Globalization.CultureInfo.InvariantCulture) + "<");
        if (figures.Total.Penalised > 0)
        {
            page.ShouldContain("按最重处罚种类统计");
        }

        var empty = await client.GetStringAsync("Enforcement/Cases/Statistics?year=2001");
        empty.ShouldContain("2001 年度没有立案、决定、移送、听证、法制审核或集体讨论记录");
        empty.ShouldNotContain("by-specialty");
    }

    [GeneratedRegex("<tr data-specialty=\"Total\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex TotalRow();

    // ------------------------------------------------------------------ helpers

    private async Task<(Guid Party, Guid[] Officers, BusinessCalendar Calendar, DateOnly Today)> ArrangeAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System("测试"));
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = await db.Users.Where(u => u.UserName == "lst.head").Select(u => u.OrganizationId).SingleAsync();
        var officer1 = await db.Users.Where(u => u.UserName == "lst.officer1").Select(u => u.Id).SingleAsync();
        var party = await db.Set<RegulatedEntity>().Where(e => e.OrganizationId == org && e.Specialty == Weijian.Registry.Entities.Specialty.RadiationHealth && e.PartyKind == PartyKind.Organization)
            .OrderBy(e => e.CreditCode).Select(e => e.Id).FirstAsync();
        var today = ChinaClock.Today(TimeProvider.System);
        var officers = (await db.Set<Officer>().AsNoTracking().Where(o => o.OrganizationId == org).ToListAsync())
            .Where(o => o.UserId == officer1 || (o.UserId == null && o.EligibilityOn(today).Eligible && o.EligibilityOn(today.AddDays(-30)).Eligible))
            .OrderBy(o => o.UserId == officer1 ? 0 : 1).ThenBy(o => o.CredentialNumber).Take(2).Select(o => o.Id).ToArray();
        officers.Length.ShouldBe(2);
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync(db, default);
        return (party, officers, calendar, today);
    }

    /// <summary>A case with a hearing held (party present) 14 working days back to 2 working days back, through the handlers under a test clock.</summary>
    private async Task<(DateOnly Received, DateOnly Filed, DateOnly Held)> HearingCaseAsync(Guid party, Guid[] officers, BusinessCalendar calendar, DateOnly today)
    {
        var clock = new SettableClock();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddWeijian(Server.Database);
        collection.Replace(ServiceDescriptor.Singleton(Server.Services.GetRequiredService<CalendarSource>()));
        collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        await using var provider = collection.BuildServiceProvider();
        Actor officer, head;
        await using (var s = provider.CreateAsyncScope())
        {
            s.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("测试");
            var db = s.ServiceProvider.GetRequiredService<WeijianDb>();
            var users = await db.Users.Where(u => u.UserName == "lst.officer1" || u.UserName == "lst.head").ToListAsync();
            var o = users.Single(u => u.UserName == "lst.officer1");
            var h = users.Single(u => u.UserName == "lst.head");
            officer = new Actor(o.Id, o.DisplayName, o.OrganizationId, new HashSet<string> { Roles.Officer }, false);
            head = new Actor(h.Id, h.DisplayName, h.OrganizationId, new HashSet<string> { Roles.BureauHead }, false);
        }

        var presiding = officer.UserId;
        await using (var s = Server.ScopeAs(Actor.System("测试")))
        {
            presiding = await s.ServiceProvider.GetRequiredService<WeijianDb>().Users.Where(u => u.UserName == "lst.supervisor").Select(u => (Guid?)u.Id).SingleAsync();
        }

        var start = WorkingDays(calendar, today, -14);
        Guid id = default;
        async Task Run(DateOnly day, Actor actor, CaseAction action, Func<Guid, object> command)
        {
            clock.Set(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = actor;
            var view = action == CaseAction.RegisterLead
                ? await scope.ServiceProvider.GetRequiredService<RegisterLeadHandler>().HandleAsync((RegisterLead)command(id), default)
                : await CaseCommands.RunAsync(scope.ServiceProvider, action, command(id), default);
            id = view.Id;
        }

        var filed = WorkingDays(calendar, start, 1);
        var notified = WorkingDays(calendar, start, 2);
        var scheduled = WorkingDays(calendar, start, 4);
        var held = WorkingDays(calendar, scheduled, 8);
        await Run(start, officer, CaseAction.RegisterLead, _ => new RegisterLead(party, "Inspection", null, Specialty, "放射诊疗建设项目未经卫生审查擅自开展诊疗", "现场检查发现", start, start, null));
        await Run(start, officer, CaseAction.RecordOnSiteAct, c => new RecordOnSiteAct(c, "OnSiteInspection", null, start, "机房", officers, "负责人", "现场检查笔录", null, null, true, Digest("h1"), null));
        await Run(start, officer, CaseAction.RequestFiling, c => new RequestFiling(c, officers, start.AddDays(-20), null, false, "建议立案"));
        await Run(filed, head, CaseAction.ApproveFiling, c => new ApproveFiling(c, null));
        await Run(filed, officer, CaseAction.RecordOnSiteAct, c => new RecordOnSiteAct(c, "Inquiry", null, filed, "询问室", officers, "负责人", "询问笔录", null, null, true, Digest("h2"), null));
        await Run(notified, officer, CaseAction.ConcludeInvestigation, c => new ConcludeInvestigation(c, Draft(["Warning"], 40000m, null)));
        await Run(notified, officer, CaseAction.NotifyParty, c => new NotifyParty(c, notified));
        await Run(WorkingDays(calendar, start, 3), officer, CaseAction.RequestHearing, c => new RequestHearing(c, WorkingDays(calendar, start, 3)));
        await Run(scheduled, officer, CaseAction.ScheduleHearing, c => new ScheduleHearing(c, held, "听证室", presiding, scheduled));
        await Run(held, officer, CaseAction.RecordHearing, c => new RecordHearing(c, held, true, "听证笔录：当事人到场申辩"));
        return (start, filed, held);
    }

    private static DateOnly WorkingDays(BusinessCalendar calendar, DateOnly from, int n)
    {
        var day = from;
        for (var left = Math.Abs(n); left > 0;)
        {
            day = day.AddDays(Math.Sign(n));
            if (calendar.IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    private static DraftInput Draft(string[]? measures, decimal? fine, decimal? gains) => new(
        "当事人违法事实", "现场检查笔录、询问笔录", "《放射诊疗管理规定》", measures is null ? null : "《放射诊疗管理规定》第四十一条", measures is null,
        measures, fine, gains, null, null, null, null, measures is null ? null : "一般", measures is null ? "首次违法并已改正" : "按一般档次处罚", null);

    private static object OnSite(string kind, Guid[] officers, bool attached) => new
    {
        kind,
        officerIds = officers,
        content = "笔录内容",
        avRequired = true,
        avFileSha256 = attached ? Digest(kind + Guid.NewGuid()) : null,
        avMissingReason = attached ? null : "设备故障，已拍照记录",
    };

    private static object Discussion() => new
    {
        place = "局会议室",
        attendees = new[] { "李建国", "谭卫国", "邓红霞" },
        opinions = new[] { new { person = "李建国", opinion = "同意" }, new { person = "谭卫国", opinion = "同意" }, new { person = "邓红霞", opinion = "同意" } },
        conclusion = "同意拟处罚意见",
    };

    private static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static void Count(Expected e, string type) => e.Types[type] = e.Types.GetValueOrDefault(type) + 1;

    private static CaseStatisticsRow Zero(CaseStatisticsRow before)
    {
        // The demo leaves 放射卫生 empty, so its row starts at zero: the figures after are exactly what this test built.
        before.Filed.ShouldBe(0);
        before.Penalised.ShouldBe(0);
        before.AvRequired.ShouldBe(0);
        return before;
    }

    private static void ShouldMatch(CaseStatisticsRow after, CaseStatisticsRow before, Expected e, string what)
    {
        (after.Filed - before.Filed).ShouldBe(e.Filed, what + " 立案");
        (after.Penalised - before.Penalised).ShouldBe(e.Penalised, what + " 处罚");
        (after.SummaryPenalised - before.SummaryPenalised).ShouldBe(e.Summary, what + " 简易程序");
        (after.NotPenalised - before.NotPenalised).ShouldBe(e.NotPenalised, what + " 不予处罚");
        (after.Fines - before.Fines).ShouldBe(e.Fines, what + " 罚款");
        (after.Confiscations - before.Confiscations).ShouldBe(e.Confiscations, what + " 没收");
        (after.Transfers - before.Transfers).ShouldBe(e.Transfers, what + " 移送");
        (after.HearingsHeld - before.HearingsHeld).ShouldBe(e.Hearings, what + " 听证");
        (after.LegalReviews - before.LegalReviews).ShouldBe(e.Reviews, what + " 法制审核");
        (after.CollectiveDiscussions - before.CollectiveDiscussions).ShouldBe(e.Discussions, what + " 集体讨论");
        (after.AvRequired - before.AvRequired).ShouldBe(e.AvRequired, what + " 应音像记录");
        (after.AvAttached - before.AvAttached).ShouldBe(e.AvAttached, what + " 已音像记录");
        after.AvRate.ShouldBe(after.AvRequired == 0 ? null : Math.Round((decimal)after.AvAttached / after.AvRequired, 4), what + " 音像记录率");
        foreach (var t in after.ByHeaviestType)
        {
            (t.Count - before.ByHeaviestType.Single(b => b.Type == t.Type).Count).ShouldBe(e.Types.GetValueOrDefault(t.Type), what + " " + t.Type);
        }

        after.ByHeaviestType.Sum(t => t.Count).ShouldBe(after.Penalised, what + " 每件决定只计一次");
    }

    private static async Task<CaseStatisticsView> StatisticsAsync(HttpClient client, int year)
    {
        var response = await client.GetAsync($"api/v1/cases/statistics?year={year}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CaseStatisticsView>(Json))!;
    }

    private static async Task<Guid> RegisterAsync(HttpClient client, Guid party, string cause)
    {
        var response = await client.PostAsJsonAsync("api/v1/cases", new { entityId = party, source = "Inspection", specialty = Specialty, cause, summary = "监督检查发现" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task ActAsync(HttpClient client, Guid id, string action, object body)
    {
        var response = await client.PostAsJsonAsync($"api/v1/cases/{id}/actions/{action}", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<HttpClient> SignInPageAsync(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Server.BaseAddress };
        var page = await client.GetStringAsync("Account/Login");
        var response = await client.PostAsync("Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = ServerFixture.Password,
            ["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value,
        }));
        response.EnsureSuccessStatusCode();
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private sealed class SettableClock : TimeProvider
    {
        private DateTimeOffset _now = TimeProvider.System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => _now;

        public void Set(DateTimeOffset at) => _now = at.ToUniversalTime();
    }
}

public sealed class CaseStatisticsTests_Sqlite(SqliteServer server) : CaseStatisticsTests<SqliteServer>(server);

public sealed class CaseStatisticsTests_Postgres(PostgresServer server) : CaseStatisticsTests<PostgresServer>(server);
