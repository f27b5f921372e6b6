using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Commitments;
using Weijian.Licensing.Items;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Licensing;

/// <summary>
/// Issue #6 (applications): every intake outcome (R-LIC-2), 容缺 (R-LIC-14), site check by two (R-LIC-3), extension once by a
/// head (R-LIC-4), excluded periods and hearings (R-LIC-6/7), grant and reasoned refusal (R-LIC-5), 告知承诺 (R-LIC-11/12),
/// deemed acceptance and deemed renewal (R-LIC-2/8), the applicant's public pages and tenant isolation — through the API
/// on both providers.
/// </summary>
public abstract class ApplicationApiTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string Clerk = "lst.window";
    private const string Officer = "lst.officer1";
    private const string Head = "lst.head";
    private static readonly string[] OneStaff = ["张伟"];
    private static readonly string[] TwoStaff = ["张伟", "刘芳"];
    private static readonly string[] Corrections = ["申请表法定代表人签字"];

    private DateOnly Today => ChinaClock.Today(Server.Clock);

    private async Task<HttpClient> ClientAsync(string user) => await Server.SignedInAsync(user);

    private async Task<Guid> OrgAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        return (await db.Users.SingleAsync(u => u.UserName == Clerk)).OrganizationId;
    }

    private async Task<LicenseItem> ItemAsync(string code)
    {
        var org = await OrgAsync();
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<LicenseItem>().AsNoTracking().SingleAsync(i => i.OrganizationId == org && i.Code == code);
    }

    private async Task<Guid> EntityAsync()
    {
        var admin = await ClientAsync("lst.admin");
        var digits = string.Concat(Guid.NewGuid().ToByteArray().Take(7).Select(b => (b % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var r = await admin.PostAsJsonAsync("api/v1/entities", new
        {
            partyKind = "Organization",
            name = "许可测试宾馆" + Guid.NewGuid().ToString("N")[..6],
            creditCode = CreditCode.Complete("91431103MA" + digits),
            address = "永州市冷水滩区测试路1号",
            regionCode = "431103",
            specialty = "PublicPlaces",
            subType = "inn",
            legalRepresentative = "王经理",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static object[] Ticks(LicenseItem item, string? missing = null, string? rongque = null) =>
        [.. item.Materials.Select(m => new { name = m.Name, state = m.Name == missing ? "Missing" : m.Name == rongque ? "Rongque" : "Received" })];

    private async Task<HttpResponseMessage> ReceiveRawAsync(object body) => await (await ClientAsync(Clerk)).PostAsJsonAsync("api/v1/applications", body);

    private async Task<JsonElement> ReceiveAsync(LicenseItem item, Guid entity, DateOnly? receivedOn = null, Guid? licenseId = null)
    {
        var r = await ReceiveRawAsync(new { itemId = item.Id, entityId = entity, scope = "住宿", licenseId, materials = Ticks(item), receivedOn });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpResponseMessage> ActRawAsync(string user, Guid id, string action, object? body = null) =>
        await (await ClientAsync(user)).PostAsJsonAsync($"api/v1/applications/{id}/actions/{action}", body ?? new { });

    private async Task<JsonElement> ActAsync(string user, Guid id, string action, object? body = null)
    {
        var r = await ActRawAsync(user, id, action, body);
        r.IsSuccessStatusCode.ShouldBeTrue($"{action}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task ShouldFailAsync(HttpResponseMessage r, HttpStatusCode status, string code)
    {
        var text = await r.Content.ReadAsStringAsync();
        r.StatusCode.ShouldBe(status, text);
        text.ShouldContain(code);
    }

    private static Guid Id(JsonElement v) => v.GetProperty("id").GetGuid();

    private static string Status(JsonElement v) => v.GetProperty("status").GetString()!;

    private async Task<JsonElement> AcceptedAsync(string code = "GGCS-XK-01")
    {
        var item = await ItemAsync(code);
        var a = await ReceiveAsync(item, await EntityAsync());
        return await ActAsync(Clerk, Id(a), "accept", new { materials = Ticks(item) });
    }

    /// <summary>Every open clock on the user's 我的待办, all pages.</summary>
    private async Task<List<JsonElement>> MineAsync(string user)
    {
        var client = await ClientAsync(user);
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var items = (await client.GetFromJsonAsync<JsonElement>($"api/v1/deadlines/mine?pageSize=200&page={page}")).GetProperty("items").EnumerateArray().ToList();
            all.AddRange(items);
            if (items.Count < 200)
            {
                return all;
            }
        }
    }

    [Fact]
    public async Task Window_intake_to_license_site_check_by_two_review_grant_by_a_head_and_certificate_served_R_LIC_2_3_5()
    {
        var item = await ItemAsync("GGCS-XK-01");
        var received = await ReceiveAsync(item, await EntityAsync());
        Status(received).ShouldBe("Submitted");
        received.GetProperty("clocks").EnumerateArray().ShouldContain(c => c.GetProperty("ruleId").GetString() == "R-LIC-2");
        var id = Id(received);

        var accepted = await ActAsync(Clerk, id, "accept", new { materials = Ticks(item) });
        Status(accepted).ShouldBe("Accepted");
        var decisionClock = accepted.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("ruleId").GetString() == "R-LIC-4" && c.GetProperty("status").GetString() == "Open");
        var calendar = await Server.Services.GetRequiredService<CalendarSource>().GetAsync(Server.Services.CreateScope().ServiceProvider.GetRequiredService<WeijianDb>(), CancellationToken.None);
        decisionClock.GetProperty("due").GetString().ShouldBe(ApplicationDeadlines.Decision(calendar, Today, 20, false, []).Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        (await MineAsync(Clerk)).ShouldContain(c => c.GetProperty("subjectId").GetString() == id.ToString() && c.GetProperty("ruleId").GetString() == "R-LIC-4",
            "the decision clock is on the accepting clerk's 我的待办");
        accepted.GetProperty("promisedDueOn").GetString().ShouldNotBeNull();

        // R-LIC-3: the review waits for the site check, which needs two staff.
        await ShouldFailAsync(await ActRawAsync(Officer, id, "record-review", new { opinion = "符合条件" }), HttpStatusCode.Conflict, "licensing.site-check-required");
        await ShouldFailAsync(await ActRawAsync(Officer, id, "record-site-check", new { staff = OneStaff, findings = "符合" }), HttpStatusCode.BadRequest, "licensing.site-check-two-staff");
        await ActAsync(Officer, id, "record-site-check", new { staff = TwoStaff, findings = "布局、卫生设施符合要求" });
        await ActAsync(Officer, id, "record-review", new { opinion = "符合公共场所卫生许可条件，建议准予许可" });

        // Only a head decides.
        await ShouldFailAsync(await ActRawAsync(Officer, id, "grant"), HttpStatusCode.Forbidden, "licensing.role-not-allowed");
        var granted = await ActAsync(Head, id, "grant");
        Status(granted).ShouldBe("Granted");
        granted.GetProperty("decidedOnTime").GetBoolean().ShouldBeTrue();
        var license = granted.GetProperty("license");
        license.GetProperty("number").GetString()!.ShouldStartWith("GGCS〔");
        license.GetProperty("validUntil").GetString().ShouldBe(Today.AddYears(4).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        granted.GetProperty("clocks").EnumerateArray().Where(c => c.GetProperty("status").GetString() == "Open").Select(c => c.GetProperty("ruleId").GetString()).ShouldBe(["R-LIC-5"]);
        (await MineAsync(Head)).ShouldContain(c => c.GetProperty("subjectId").GetString() == id.ToString() && c.GetProperty("ruleId").GetString() == "R-LIC-5");
        (await MineAsync(Clerk)).ShouldNotContain(c => c.GetProperty("subjectId").GetString() == id.ToString() && c.GetProperty("ruleId").GetString() == "R-LIC-4", "the decision closed its clock");

        // No second decision; the certificate is served once.
        await ShouldFailAsync(await ActRawAsync(Head, id, "refuse", new { reason = "x", reconsiderationBody = "y", court = "z" }), HttpStatusCode.Conflict, "licensing.action-not-allowed");
        var served = await ActAsync(Clerk, id, "serve-certificate", new { method = "窗口领取" });
        served.GetProperty("certificateServedOn").GetString().ShouldNotBeNull();
        await ShouldFailAsync(await ActRawAsync(Clerk, id, "serve-certificate", new { method = "窗口领取" }), HttpStatusCode.Conflict, "licensing.certificate-served");

        // The applicant follows it with number + code, then rates it once.
        var anon = Server.Anonymous();
        var status = await anon.GetFromJsonAsync<JsonElement>($"api/v1/public/applications/{granted.GetProperty("number").GetString()}?code={granted.GetProperty("queryCode").GetString()}");
        status.GetProperty("status").GetString().ShouldBe("Granted");
        status.GetProperty("licenseNumber").GetString().ShouldBe(license.GetProperty("number").GetString());
        status.GetProperty("canRate").GetBoolean().ShouldBeTrue();
        var rate = await anon.PostAsJsonAsync($"api/v1/public/applications/{granted.GetProperty("number").GetString()}/rating", new { code = granted.GetProperty("queryCode").GetString(), rating = "好评" });
        rate.IsSuccessStatusCode.ShouldBeTrue(await rate.Content.ReadAsStringAsync());
        var again = await anon.PostAsJsonAsync($"api/v1/public/applications/{granted.GetProperty("number").GetString()}/rating", new { code = granted.GetProperty("queryCode").GetString(), rating = "好评" });
        await ShouldFailAsync(again, HttpStatusCode.Conflict, "licensing.rating-once");
        (await anon.GetAsync($"api/v1/public/applications/{granted.GetProperty("number").GetString()}?code=WRONG123")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var stats = await (await ClientAsync(Head)).GetFromJsonAsync<JsonElement>($"api/v1/applications/statistics?year={Today.Year}");
        stats.GetProperty("granted").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        stats.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("itemCode").GetString() == "GGCS-XK-01").GetProperty("good").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task The_one_time_notice_lists_everything_missing_and_the_supplemented_application_is_accepted_R_LIC_2_R_LIC_10()
    {
        var item = await ItemAsync("GGCS-XK-01");
        var a = await ReceiveAsync(item, await EntityAsync());
        var ticks = item.Materials.Select((m, i) => new { name = m.Name, state = i < 2 ? "Received" : "Missing" }).ToArray();
        var notified = await ActAsync(Clerk, Id(a), "notify-deficiency", new { materials = ticks, corrections = Corrections });
        Status(notified).ShouldBe("DeficiencyNotified");
        var listed = notified.GetProperty("deficiencies").EnumerateArray().Select(d => d.GetString()).ToList();
        listed.Count.ShouldBe(item.Materials.Count - 2 + 1);
        listed.ShouldContain("更正：申请表法定代表人签字");

        // Materials not in the guide cannot be asked for (R-LIC-1); the supplemented application is accepted.
        await ShouldFailAsync(await ActRawAsync(Clerk, Id(a), "accept", new { materials = new[] { new { name = "房产证", state = "Received" } } }), HttpStatusCode.BadRequest, "licensing.material-not-listed");
        await ShouldFailAsync(await ActRawAsync(Clerk, Id(a), "accept", new { materials = ticks }), HttpStatusCode.Conflict, "licensing.materials-incomplete");
        var accepted = await ActAsync(Clerk, Id(a), "accept", new { materials = Ticks(item) });
        Status(accepted).ShouldBe("Accepted");
        accepted.GetProperty("acceptedOn").GetString().ShouldBe(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_notice_after_five_working_days_is_refused_and_the_application_counts_as_accepted_on_arrival_R_LIC_2()
    {
        var item = await ItemAsync("GGCS-XK-01");
        var calendar = await Server.Services.GetRequiredService<CalendarSource>().GetAsync(Server.Services.CreateScope().ServiceProvider.GetRequiredService<WeijianDb>(), CancellationToken.None);
        var arrived = Back(calendar, Today, 7);
        var a = await ReceiveAsync(item, await EntityAsync(), arrived);
        var r = await ActRawAsync(Clerk, Id(a), "notify-deficiency", new { materials = Ticks(item, missing: item.Materials[^1].Name) });
        await ShouldFailAsync(r, HttpStatusCode.Conflict, "licensing.notice-too-late");
        var after = await (await ClientAsync(Clerk)).GetFromJsonAsync<JsonElement>($"api/v1/applications/{Id(a)}");
        Status(after).ShouldBe("Accepted");
        after.GetProperty("deemedAccepted").GetBoolean().ShouldBeTrue();
        after.GetProperty("acceptedOn").GetString().ShouldBe(arrived.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        after.GetProperty("legalDueOn").GetString().ShouldBe(ApplicationDeadlines.Decision(calendar, arrived, 20, false, []).Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_sweep_verb_marks_deemed_acceptances_once_R_LIC_2()
    {
        var item = await ItemAsync("GS-XK-01");
        var calendar = await Server.Services.GetRequiredService<CalendarSource>().GetAsync(Server.Services.CreateScope().ServiceProvider.GetRequiredService<WeijianDb>(), CancellationToken.None);
        var a = await ReceiveAsync(item, await EntityAsync(), Back(calendar, ChinaClock.Today(TimeProvider.System), 6));
        var first = await Server.RunCliAsync("licensing", "sweep");
        first.ExitCode.ShouldBe(0, first.Stderr);
        first.Stdout.ShouldContain(a.GetProperty("number").GetString()!);
        var second = await Server.RunCliAsync("licensing", "sweep");
        second.Stdout.ShouldNotContain(a.GetProperty("number").GetString()!);
        var after = await (await ClientAsync(Clerk)).GetFromJsonAsync<JsonElement>($"api/v1/applications/{Id(a)}");
        after.GetProperty("deemedAccepted").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Not_accepted_as_not_a_licensing_matter_or_naming_the_right_authority_R_LIC_2()
    {
        var item = await ItemAsync("XD-XK-01");
        var a = await ReceiveAsync(item, await EntityAsync());
        await ShouldFailAsync(await ActRawAsync(Clerk, Id(a), "reject-intake", new { reason = "NotOurAuthority" }), HttpStatusCode.BadRequest, "rightAuthority");
        var rejected = await ActAsync(Clerk, Id(a), "reject-intake", new { reason = "NotOurAuthority", rightAuthority = "湖南省卫生健康委员会" });
        Status(rejected).ShouldBe("NotAccepted");
        rejected.GetProperty("rightAuthority").GetString().ShouldBe("湖南省卫生健康委员会");
        rejected.GetProperty("clocks").EnumerateArray().ShouldAllBe(c => c.GetProperty("status").GetString() != "Open");

        var b = await ReceiveAsync(await ItemAsync("GGCS-XK-01"), await EntityAsync());
        Status(await ActAsync(Clerk, Id(b), "reject-intake", new { reason = "不属于许可事项".Length > 0 ? "NotLicensingMatter" : "" })).ShouldBe("NotAccepted");
    }

    [Fact]
    public async Task Rongque_acceptance_only_for_materials_that_may_be_missing_and_the_grant_waits_for_them_R_LIC_14()
    {
        var item = await ItemAsync("GGCS-XK-01");
        var a = await ReceiveAsync(item, await EntityAsync());
        var key = item.Materials.First(m => m.Key).Name;
        await ShouldFailAsync(await ActRawAsync(Clerk, Id(a), "accept", new { materials = Ticks(item, rongque: key) }), HttpStatusCode.Conflict, "licensing.rongque-not-allowed");
        var gap = item.Materials.First(m => m.MayBeMissing).Name;
        var accepted = await ActAsync(Clerk, Id(a), "accept", new { materials = Ticks(item, rongque: gap) });
        accepted.GetProperty("rongqueDueOn").GetString().ShouldNotBeNull();
        accepted.GetProperty("clocks").EnumerateArray().ShouldContain(c => c.GetProperty("ruleId").GetString() == "R-LIC-14");
        await ActAsync(Officer, Id(a), "record-site-check", new { staff = TwoStaff, findings = "符合" });
        await ActAsync(Officer, Id(a), "record-review", new { opinion = "符合" });
        await ShouldFailAsync(await ActRawAsync(Head, Id(a), "grant"), HttpStatusCode.Conflict, "licensing.rongque-outstanding");
        await ActAsync(Clerk, Id(a), "supply-rongque");
        Status(await ActAsync(Head, Id(a), "grant")).ShouldBe("Granted");
    }

    [Fact]
    public async Task The_time_is_extended_once_only_by_a_head_and_testing_is_excluded_R_LIC_4_R_LIC_6()
    {
        var a = await AcceptedAsync("HS-ZC-01");
        var id = Id(a);
        var due = DateOnly.Parse(a.GetProperty("legalDueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        await ShouldFailAsync(await ActRawAsync(Officer, id, "extend-time", new { reason = "情况复杂" }), HttpStatusCode.Forbidden, "licensing.role-not-allowed");
        var extended = await ActAsync(Head, id, "extend-time", new { reason = "申请人执业机构变更，需要核实聘用材料" });
        var extendedDue = DateOnly.Parse(extended.GetProperty("legalDueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        extendedDue.ShouldBeGreaterThan(due);
        await ShouldFailAsync(await ActRawAsync(Head, id, "extend-time", new { reason = "再次延长" }), HttpStatusCode.Conflict, "licensing.extension-once");

        // A testing period started and ended the same day moves the deadline by the working day it covered (if a working day).
        await ShouldFailAsync(await ActRawAsync(Officer, id, "start-excluded-period", new { kind = "Testing", reason = "水质检验" }), HttpStatusCode.BadRequest, "validation.from");
        var calendar = await Server.Services.GetRequiredService<CalendarSource>().GetAsync(Server.Services.CreateScope().ServiceProvider.GetRequiredService<WeijianDb>(), CancellationToken.None);
        Server.Clock.Offset = TimeSpan.FromDays(1);
        try
        {
            var started = await ActAsync(Officer, id, "start-excluded-period", new { kind = "Testing", reason = "委托检验" });
            Status(started).ShouldBe("Suspended");
            var ended = await ActAsync(Officer, id, "end-excluded-period", new { result = "检验合格" });
            Status(ended).ShouldBe("Accepted");
            var day = ChinaClock.Today(Server.Clock);
            var expected = ApplicationDeadlines.Decision(calendar, DateOnly.Parse(a.GetProperty("acceptedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 20, true,
                [new ExcludedPeriod(ExcludedPeriodKind.Testing, day, day, "委托检验", day)]).Due;
            ended.GetProperty("legalDueOn").GetString().ShouldBe(expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            ended.GetProperty("clocks").EnumerateArray().Single(c => c.GetProperty("ruleId").GetString() == "R-LIC-4" && c.GetProperty("status").GetString() == "Open")
                .GetProperty("due").GetString().ShouldBe(expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            Server.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task A_hearing_needs_seven_days_notice_and_a_presider_other_than_the_reviewer_R_LIC_7()
    {
        var a = await AcceptedAsync("HS-ZC-01");
        var id = Id(a);
        await ActAsync(Officer, id, "record-review", new { opinion = "涉及相邻居民重大利益，告知听证权利" });
        var reviewer = (await (await ClientAsync(Clerk)).GetFromJsonAsync<JsonElement>($"api/v1/applications/{id}")).GetProperty("reviewerName").GetString();
        await ShouldFailAsync(
            await ActRawAsync(Officer, id, "schedule-hearing", new { toldOn = Today, requestedOn = Today, hearingOn = Today.AddDays(3), presider = "何志强" }),
            HttpStatusCode.Conflict, "licensing.hearing-notice-short");
        await ShouldFailAsync(
            await ActRawAsync(Officer, id, "schedule-hearing", new { toldOn = Today.AddDays(-20), requestedOn = Today, hearingOn = Today.AddDays(10), presider = "何志强" }),
            HttpStatusCode.Conflict, "licensing.hearing-request-late");
        await ShouldFailAsync(
            await ActRawAsync(Officer, id, "schedule-hearing", new { toldOn = Today, requestedOn = Today, hearingOn = Today.AddDays(10), presider = reviewer }),
            HttpStatusCode.Conflict, "licensing.presider-is-reviewer");
        var scheduled = await ActAsync(Officer, id, "schedule-hearing", new { toldOn = Today, requestedOn = Today, hearingOn = Today.AddDays(10), presider = "何志强" });
        Status(scheduled).ShouldBe("Suspended");
        await ShouldFailAsync(await ActRawAsync(Officer, id, "end-excluded-period"), HttpStatusCode.BadRequest, "validation.endedOn");
    }

    [Fact]
    public async Task A_refusal_states_the_reasons_and_the_rights_and_nothing_is_decided_after_it_R_LIC_5()
    {
        var a = await AcceptedAsync("HS-ZC-01");
        var id = Id(a);
        await ActAsync(Officer, id, "record-review", new { opinion = "不符合条件" });
        await ShouldFailAsync(await ActRawAsync(Head, id, "refuse", new { reason = "护士执业资格考试成绩合格证明与本人身份不符" }), HttpStatusCode.BadRequest, "reconsiderationBody");
        var refused = await ActAsync(Head, id, "refuse", new { reason = "护士执业资格考试成绩合格证明与本人身份不符", reconsiderationBody = "永州市冷水滩区人民政府", court = "永州市冷水滩区人民法院" });
        Status(refused).ShouldBe("Refused");
        refused.GetProperty("decisionReason").GetString()!.ShouldContain("申请行政复议");
        refused.GetProperty("decisionReason").GetString()!.ShouldContain("提起行政诉讼");
        await ShouldFailAsync(await ActRawAsync(Head, id, "grant"), HttpStatusCode.Conflict, "licensing.action-not-allowed");
        await ShouldFailAsync(await ActRawAsync(Clerk, id, "withdraw", new { reason = "撤回" }), HttpStatusCode.Conflict, "licensing.action-not-allowed");
    }

    [Fact]
    public async Task A_commitment_grant_issues_the_license_on_the_spot_and_schedules_its_verification_R_LIC_11_12()
    {
        var item = await ItemAsync("GGCS-XK-01");
        var a = await ReceiveAsync(item, await EntityAsync());
        await ShouldFailAsync(await ActRawAsync(Clerk, Id(a), "grant-on-commitment", new { }), HttpStatusCode.BadRequest, "commitmentSigned");
        var granted = await ActAsync(Clerk, Id(a), "grant-on-commitment", new { commitmentSigned = true });
        Status(granted).ShouldBe("Granted");
        granted.GetProperty("grantedOnCommitment").GetBoolean().ShouldBeTrue();
        granted.GetProperty("commitmentText").GetString()!.ShouldContain("告知承诺书");
        var licenseId = granted.GetProperty("license").GetProperty("id").GetGuid();
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        (await db.Set<License>().SingleAsync(l => l.Id == licenseId)).GrantedOnCommitment.ShouldBeTrue();
        (await db.DeadlineClocks.CountAsync(c => c.SubjectType == CommitmentRoute.SubjectType && c.SubjectId == licenseId.ToString() && c.RuleId == "R-LIC-12")).ShouldBe(1);
        (await db.Set<CommitmentVerification>().CountAsync(v => v.LicenseId == licenseId)).ShouldBe(1);

        var other = await ReceiveAsync(await ItemAsync("FS-XK-01"), await EntityAsync());
        await ShouldFailAsync(await ActRawAsync(Clerk, Id(other), "grant-on-commitment", new { commitmentSigned = true }), HttpStatusCode.Conflict, "licensing.commitment-not-allowed");
    }

    [Fact]
    public async Task A_late_renewal_is_refused_and_an_undecided_renewal_is_deemed_granted_after_expiry_R_LIC_8()
    {
        var entity = await EntityAsync();
        var late = await LicenseAsync(entity, Today.AddDays(20));
        var renewal = await ItemAsync("GGCS-XK-03");
        await ShouldFailAsync(await ReceiveRawAsync(new { itemId = renewal.Id, entityId = entity, licenseId = late.Id, materials = Ticks(renewal) }), HttpStatusCode.Conflict, "licensing.renewal-too-late");

        var license = await LicenseAsync(entity, Today.AddDays(31));
        var a = await ReceiveAsync(renewal, entity, licenseId: license.Id);
        await ActAsync(Clerk, Id(a), "accept", new { materials = Ticks(renewal) });

        // Nothing happens on the expiry day; the day after, the sweep deems it renewed.
        Server.Clock.Offset = TimeSpan.FromDays(31);
        try
        {
            (await SweepRenewalsAsync()).Numbers.ShouldNotContain(a.GetProperty("number").GetString()!);
            Server.Clock.Offset = TimeSpan.FromDays(32);
            (await SweepRenewalsAsync()).Numbers.ShouldContain(a.GetProperty("number").GetString()!);
            (await SweepRenewalsAsync()).Numbers.ShouldNotContain(a.GetProperty("number").GetString()!);
        }
        finally
        {
            Server.Clock.Offset = TimeSpan.Zero;
        }

        var after = await (await ClientAsync(Clerk)).GetFromJsonAsync<JsonElement>($"api/v1/applications/{Id(a)}");
        Status(after).ShouldBe("Granted");
        after.GetProperty("deemedRenewal").GetBoolean().ShouldBeTrue();
        await using var scope = Server.ScopeAs(Actor.System());
        var renewed = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<License>().SingleAsync(l => l.Id == license.Id);
        renewed.ValidUntil.ShouldBe(Today.AddDays(31).AddYears(4));
        renewed.History.ShouldContain(e => e.Kind == LicenseEventKind.DeemedRenewed);
    }

    [Fact]
    public async Task Another_bureau_gets_404_on_an_application_and_never_lists_it()
    {
        var a = await AcceptedAsync("HS-ZC-01");
        var other = await ClientAsync("ll.window");
        (await other.GetAsync($"api/v1/applications/{Id(a)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"api/v1/applications/{Id(a)}/actions/withdraw", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await other.GetFromJsonAsync<JsonElement>($"api/v1/applications?q={a.GetProperty("number").GetString()}&pageSize=100");
        list.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("id").GetGuid() == Id(a));
    }

    [Fact]
    public async Task An_online_application_gets_a_number_and_code_and_the_status_page_shows_the_notice_window_R_LIC_2()
    {
        var anon = Server.Anonymous();
        var r = await anon.PostAsJsonAsync("api/v1/public/applications", new { organizationId = await OrgAsync(), itemCode = "HS-ZC-01", applicantName = "李护士", applicantKind = "个人", contactPhone = "13800000000" });
        r.IsSuccessStatusCode.ShouldBeTrue(await r.Content.ReadAsStringAsync());
        var s = await r.Content.ReadFromJsonAsync<JsonElement>();
        var status = await anon.GetFromJsonAsync<JsonElement>($"api/v1/public/applications/{s.GetProperty("number").GetString()}?code={s.GetProperty("queryCode").GetString()}");
        status.GetProperty("status").GetString().ShouldBe("Submitted");
        status.GetProperty("dueOn").GetString().ShouldBe(s.GetProperty("noticeDue").GetString());
        status.GetProperty("workingDaysLeft").GetInt32().ShouldBe(5);
        var online = (await (await ClientAsync(Clerk)).GetFromJsonAsync<JsonElement>($"api/v1/applications?q={s.GetProperty("number").GetString()}")).GetProperty("items")[0].GetProperty("id").GetString();
        (await MineAsync(Clerk)).ShouldContain(c => c.GetProperty("subjectId").GetString() == online && c.GetProperty("ruleId").GetString() == "R-LIC-2",
            "an online application waits on the window clerk's 我的待办 for acceptance or the one-time notice");
        var bad = await anon.PostAsJsonAsync("api/v1/public/applications", new { organizationId = await OrgAsync(), itemCode = "HS-ZC-01" });
        await ShouldFailAsync(bad, HttpStatusCode.BadRequest, "applicantName");
    }

    [Fact]
    public async Task The_demo_holds_a_year_of_applications_in_every_outcome()
    {
        var head = await ClientAsync(Head);
        foreach (var status in new[] { "Granted", "Refused", "NotAccepted", "Withdrawn" })
        {
            var list = await head.GetFromJsonAsync<JsonElement>($"api/v1/applications?status={status}&pageSize=1");
            list.GetProperty("total").GetInt32().ShouldBeGreaterThan(0, status);
        }

        int Sum(JsonElement a, JsonElement b, string name) => a.GetProperty(name).GetInt32() + b.GetProperty(name).GetInt32();
        var thisYear = await head.GetFromJsonAsync<JsonElement>($"api/v1/applications/statistics?year={Today.Year}");
        var lastYear = await head.GetFromJsonAsync<JsonElement>($"api/v1/applications/statistics?year={Today.Year - 1}");
        Sum(thisYear, lastYear, "received").ShouldBeGreaterThanOrEqualTo(60);
        Sum(thisYear, lastYear, "deemedAccepted").ShouldBeGreaterThan(0);
        Sum(thisYear, lastYear, "deemedRenewed").ShouldBeGreaterThan(0);
        Sum(thisYear, lastYear, "hearings").ShouldBeGreaterThan(0);
        (Sum(thisYear, lastYear, "decided") - Sum(thisYear, lastYear, "decidedOnTime")).ShouldBeGreaterThan(0);
    }

    private async Task<SweepResult> SweepRenewalsAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System("测试"));
        return await scope.ServiceProvider.GetRequiredService<MarkDeemedRenewalsHandler>().HandleAsync(new MarkDeemedRenewals(), CancellationToken.None);
    }

    /// <summary>A license from the old ledger (not through an application), expiring on <paramref name="until"/>.</summary>
    private async Task<License> LicenseAsync(Guid entity, DateOnly until)
    {
        var org = await OrgAsync();
        await using var scope = Server.ScopeAs(Actor.System("测试") with { OrganizationId = org });
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var e = await db.Set<RegulatedEntity>().SingleAsync(x => x.Id == entity);
        var license = License.Issue(org, e.Id, e.Name, e.CreditCode, "public-place-hygiene", "旧证" + Guid.NewGuid().ToString("N")[..8], "住宿", until.AddYears(-4).AddDays(1), until, null, false, "测试", Server.Clock.GetUtcNow());
        db.Set<License>().Add(license);
        await db.SaveChangesAsync();
        return license;
    }

    private static DateOnly Back(BusinessCalendar calendar, DateOnly from, int workingDays)
    {
        var d = from;
        for (var n = 0; n < workingDays;)
        {
            d = d.AddDays(-1);
            if (calendar.IsWorkingDay(d))
            {
                n++;
            }
        }

        return d;
    }
}

public sealed class ApplicationApiTests_Sqlite(SqliteServer server) : ApplicationApiTests<SqliteServer>(server);

public sealed class ApplicationApiTests_Postgres(PostgresServer server) : ApplicationApiTests<PostgresServer>(server);
