using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Items;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Licensing;

/// <summary>
/// Issue #6 (documents): every intake outcome gives the applicant a dated, numbered receipt (R-LIC-2, R-LIC-10, R-LIC-14);
/// extension, excluded period and hearing are told in writing (R-LIC-4, R-LIC-6, R-LIC-7); a grant yields its decision
/// and certificate, a refusal states the 复议/诉讼 rights (R-LIC-5), the commitment route the signed 承诺书 (R-LIC-11). Each
/// document is kept on the application, opens as a .docx with its Chinese text and verifies at /verify/{id}.
/// </summary>
public abstract class ApplicationDocumentTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string Clerk = "lst.window";
    private const string Officer = "lst.officer1";
    private const string Head = "lst.head";
    private static readonly string[] TwoStaff = ["张伟", "刘芳"];
    private static readonly string[] Corrections = ["申请表经营面积与平面图不一致"];

    private DateOnly Today => ChinaClock.Today(Server.Clock);

    private async Task<HttpClient> ClientAsync(string user) => await Server.SignedInAsync(user);

    private async Task<LicenseItem> ItemAsync(string code)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = (await db.Users.SingleAsync(u => u.UserName == Clerk)).OrganizationId;
        return await db.Set<LicenseItem>().AsNoTracking().SingleAsync(i => i.OrganizationId == org && i.Code == code);
    }

    private async Task<Guid> EntityAsync()
    {
        var digits = string.Concat(Guid.NewGuid().ToByteArray().Take(7).Select(b => (b % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var r = await (await ClientAsync("lst.admin")).PostAsJsonAsync("api/v1/entities", new
        {
            partyKind = "Organization",
            name = "文书测试宾馆" + Guid.NewGuid().ToString("N")[..6],
            creditCode = CreditCode.Complete("91431103MA" + digits),
            address = "永州市冷水滩区文书路8号",
            regionCode = "431103",
            specialty = "PublicPlaces",
            subType = "inn",
            legalRepresentative = "赵经理",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static object[] Ticks(LicenseItem item, string? missing = null, string? rongque = null) =>
        [.. item.Materials.Select(m => new { name = m.Name, state = m.Name == missing ? "Missing" : m.Name == rongque ? "Rongque" : "Received" })];

    private async Task<JsonElement> ReceiveAsync(LicenseItem item, DateOnly? receivedOn = null)
    {
        var r = await (await ClientAsync(Clerk)).PostAsJsonAsync("api/v1/applications", new { itemId = item.Id, entityId = await EntityAsync(), scope = "住宿", materials = Ticks(item), receivedOn });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> ActAsync(string user, Guid id, string action, object? body = null)
    {
        var r = await (await ClientAsync(user)).PostAsJsonAsync($"api/v1/applications/{id}/actions/{action}", body ?? new { });
        r.IsSuccessStatusCode.ShouldBeTrue($"{action}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Guid Id(JsonElement v) => v.GetProperty("id").GetGuid();

    private static List<JsonElement> Documents(JsonElement view) => [.. view.GetProperty("documents").EnumerateArray()];

    /// <summary>
    /// The document of that template on the application: numbered with its nature when numbered (R-PEN-33 pattern), its
    /// verification page answers, its .docx opens and holds the expected Chinese text; returns the body text.
    /// </summary>
    private async Task<string> DocumentTextAsync(JsonElement view, string template, string? nature, params string[] expected)
    {
        var doc = Documents(view).Single(d => d.GetProperty("template").GetString() == template);
        var id = doc.GetProperty("id").GetGuid();
        if (nature is not null)
        {
            doc.GetProperty("number").GetString()!.ShouldContain($"卫{nature}〔{Today.Year}〕");
        }

        doc.GetProperty("verifyUrl").GetString().ShouldBe($"/verify/{id}");
        (await PublicGetAsync($"verify/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var file = await (await ClientAsync(Officer)).GetAsync(doc.GetProperty("fileUrl").GetString()!.TrimStart('/'));
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        string text;
        using (var word = WordprocessingDocument.Open(new MemoryStream(await file.Content.ReadAsByteArrayAsync()), false))
        {
            text = word.MainDocumentPart!.Document!.Body!.InnerText;
        }

        text.ShouldContain(doc.GetProperty("title").GetString()!);
        text.ShouldContain(view.GetProperty("applicantName").GetString()!);
        foreach (var e in expected)
        {
            text.ShouldContain(e);
        }

        return text;
    }

    [Fact]
    public async Task Acceptance_and_conditional_acceptance_give_a_numbered_receipt_with_the_deadline_R_LIC_2_R_LIC_14()
    {
        var item = await ItemAsync("GGCS-XK-01");
        var a = await ReceiveAsync(item);
        Documents(a).ShouldBeEmpty();
        var accepted = await ActAsync(Clerk, Id(a), "accept", new { materials = Ticks(item) });
        var due = DateOnly.Parse(accepted.GetProperty("legalDueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        await DocumentTextAsync(accepted, ApplicationDocuments.Acceptance, "许受", "受理通知书", "申请材料齐全、符合法定形式", $"{due.Year}年{due.Month}月{due.Day}日", "第三十二条");

        var gap = item.Materials.First(m => m.MayBeMissing).Name;
        var b = await ReceiveAsync(item);
        var conditional = await ActAsync(Clerk, Id(b), "accept", new { materials = Ticks(item, rongque: gap) });
        var rongqueDue = DateOnly.Parse(conditional.GetProperty("rongqueDueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        await DocumentTextAsync(conditional, ApplicationDocuments.ConditionalAcceptance, "许容", gap, $"{rongqueDue.Year}年{rongqueDue.Month}月{rongqueDue.Day}日");
    }

    [Fact]
    public async Task The_one_time_notice_lists_every_missing_material_and_correction_as_a_table_with_a_supply_deadline_R_LIC_2_R_LIC_10()
    {
        var item = await ItemAsync("GGCS-XK-01");
        var a = await ReceiveAsync(item);
        var missing = item.Materials.Skip(2).Select(m => m.Name).ToList();
        var ticks = item.Materials.Select((m, i) => new { name = m.Name, state = i < 2 ? "Received" : "Missing" }).ToArray();
        var notified = await ActAsync(Clerk, Id(a), "notify-deficiency", new { materials = ticks, corrections = Corrections });
        var text = await DocumentTextAsync(notified, ApplicationDocuments.DeficiencyNotice, "许补", [.. missing, "申请表经营面积与平面图不一致", "一次告知"]);
        var deadline = Today.AddDays((int)ApplicationDocuments.DeficiencySupplyDays.Default);
        text.ShouldContain($"{deadline.Year}年{deadline.Month}月{deadline.Day}日前");
    }

    [Fact]
    public async Task Not_accepted_names_the_right_authority_and_the_remedies_R_LIC_2()
    {
        var a = await ReceiveAsync(await ItemAsync("XD-XK-01"));
        var rejected = await ActAsync(Clerk, Id(a), "reject-intake", new { reason = "NotOurAuthority", rightAuthority = "湖南省卫生健康委员会" });
        await DocumentTextAsync(rejected, ApplicationDocuments.NonAcceptance, "不受", "不属于本机关职权范围", "湖南省卫生健康委员会", "行政复议", "行政诉讼");
    }

    [Fact]
    public async Task A_late_notice_leaves_a_receipt_of_acceptance_on_arrival_R_LIC_2()
    {
        var item = await ItemAsync("GGCS-XK-01");
        var calendar = await CalendarAsync();
        var arrived = Today;
        for (var n = 0; n < 7;)
        {
            arrived = arrived.AddDays(-1);
            n += calendar.IsWorkingDay(arrived) ? 1 : 0;
        }

        var a = await ReceiveAsync(item, arrived);
        var late = await (await ClientAsync(Clerk)).PostAsJsonAsync($"api/v1/applications/{Id(a)}/actions/notify-deficiency", new { materials = Ticks(item, missing: item.Materials[^1].Name) });
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var after = await (await ClientAsync(Clerk)).GetFromJsonAsync<JsonElement>($"api/v1/applications/{Id(a)}");
        await DocumentTextAsync(after, ApplicationDocuments.Acceptance, "许受", "自收到申请材料之日起即为受理", $"{arrived.Year}年{arrived.Month}月{arrived.Day}日");
    }

    [Fact]
    public async Task Extension_testing_and_hearing_are_told_in_writing_R_LIC_4_R_LIC_6_R_LIC_7()
    {
        var item = await ItemAsync("HS-ZC-01");
        var a = await ReceiveAsync(item);
        var id = Id(await ActAsync(Clerk, Id(a), "accept", new { materials = Ticks(item) }));
        var extended = await ActAsync(Head, id, "extend-time", new { reason = "需要核实执业机构聘用材料" });
        var due = DateOnly.Parse(extended.GetProperty("legalDueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        await DocumentTextAsync(extended, ApplicationDocuments.ExtensionNotice, "许延", "需要核实执业机构聘用材料", "十个工作日", $"{due.Year}年{due.Month}月{due.Day}日");

        var saved = Server.Clock.Offset;
        Server.Clock.Offset = saved + TimeSpan.FromDays(1);
        try
        {
            var started = await ActAsync(Officer, id, "start-excluded-period", new { kind = "Testing", reason = "委托有资质的机构检验" });
            await DocumentTextAsync(started, ApplicationDocuments.SpecialProcedureNotice, "许特", "检验、检测", "委托有资质的机构检验", "第四十五条", "不计算在行政许可审查期限内");
            await ActAsync(Officer, id, "end-excluded-period", new { result = "检验合格" });
            await ActAsync(Officer, id, "record-review", new { opinion = "涉及他人重大利益，告知听证权利" });
            var today = ChinaClock.Today(Server.Clock);
            var hearingOn = today.AddDays(10);
            var scheduled = await ActAsync(Officer, id, "schedule-hearing", new { toldOn = today, requestedOn = today, hearingOn, presider = "何志强", place = "区卫健局三楼听证室" });
            await DocumentTextAsync(scheduled, ApplicationDocuments.HearingNotice, "许听", "何志强", "区卫健局三楼听证室", $"{hearingOn.Year}年{hearingOn.Month}月{hearingOn.Day}日", "回避");
        }
        finally
        {
            Server.Clock.Offset = saved;
        }
    }

    [Fact]
    public async Task A_grant_yields_its_decision_and_certificate_and_the_published_notice_verifies_the_decision_R_LIC_5()
    {
        var item = await ItemAsync("GGCS-XK-01");
        var a = await ReceiveAsync(item);
        var id = Id(a);
        await ActAsync(Clerk, id, "accept", new { materials = Ticks(item) });
        await ActAsync(Officer, id, "record-site-check", new { staff = TwoStaff, findings = "布局、卫生设施符合要求" });
        await ActAsync(Officer, id, "record-review", new { opinion = "符合条件，建议准予许可" });
        var granted = await ActAsync(Head, id, "grant");
        var licenseNumber = granted.GetProperty("license").GetProperty("number").GetString()!;
        var decision = Documents(granted).Single(d => d.GetProperty("template").GetString() == ApplicationDocuments.GrantDecision);
        decision.GetProperty("isDecision").GetBoolean().ShouldBeTrue();
        granted.GetProperty("decisionNumber").GetString().ShouldBe(decision.GetProperty("number").GetString(), "the decision carries the document's one number");
        await DocumentTextAsync(granted, ApplicationDocuments.GrantDecision, "许准", "准予行政许可", licenseNumber, "第三十八条第一款");
        await DocumentTextAsync(granted, ApplicationDocuments.Certificate, null, licenseNumber, "永州市冷水滩区文书路8号", "赵经理", "住宿");

        // The certificate is also on the license's page; the applicant's status page lists verify links, never files.
        var license = await (await ClientAsync(Officer)).GetFromJsonAsync<JsonElement>($"api/v1/licences/{granted.GetProperty("license").GetProperty("id").GetGuid()}");
        license.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldContain("行政许可证件");
        var statusResponse = await PublicGetAsync($"api/v1/public/applications/{granted.GetProperty("number").GetString()}?code={granted.GetProperty("queryCode").GetString()}");
        var status = await statusResponse.Content.ReadFromJsonAsync<JsonElement>();
        var links = status.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("verifyUrl").GetString()).ToList();
        links.ShouldContain($"/verify/{decision.GetProperty("id").GetGuid()}");
        status.GetRawText().ShouldNotContain("/file");

        // LicensingDecided carried the decision document: the public notice links its verification page (R-TRS-4).
        var publisher = await ClientAsync("lst.disclosure");
        var number = granted.GetProperty("decisionNumber").GetString()!;
        var list = await publisher.GetFromJsonAsync<JsonElement>($"api/v1/disclosures?q={Uri.EscapeDataString(number)}&pageSize=10");
        var disclosure = list.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("decisionNumber").GetString() == number);
        var published = await publisher.PostAsJsonAsync($"api/v1/disclosures/{disclosure.GetProperty("id").GetGuid()}/publish", new { });
        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("documentId").GetGuid().ShouldBe(decision.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_refusal_decision_states_the_reasons_and_the_reconsideration_and_suit_rights_R_LIC_5()
    {
        var item = await ItemAsync("HS-ZC-01");
        var a = await ReceiveAsync(item);
        var id = Id(await ActAsync(Clerk, Id(a), "accept", new { materials = Ticks(item) }));
        await ActAsync(Officer, id, "record-review", new { opinion = "不符合条件" });
        var refused = await ActAsync(Head, id, "refuse", new { reason = "护士执业资格考试成绩合格证明与本人身份不符", reconsiderationBody = "永州市冷水滩区人民政府", court = "永州市冷水滩区人民法院" });
        await DocumentTextAsync(refused, ApplicationDocuments.RefusalDecision, "不许",
            "护士执业资格考试成绩合格证明与本人身份不符", "六十日内向永州市冷水滩区人民政府申请行政复议", "六个月内向永州市冷水滩区人民法院提起行政诉讼");
        refused.GetProperty("decisionNumber").GetString()!.ShouldContain($"卫不许〔{Today.Year}〕");
    }

    [Fact]
    public async Task The_commitment_route_yields_the_signed_commitment_the_decision_and_the_certificate_R_LIC_11()
    {
        var item = await ItemAsync("GGCS-XK-01");
        var a = await ReceiveAsync(item);
        var granted = await ActAsync(Clerk, Id(a), "grant-on-commitment", new { commitmentSigned = true });
        Documents(granted).Select(d => d.GetProperty("template").GetString())
            .ShouldBe([ApplicationDocuments.Commitment, ApplicationDocuments.GrantDecision, ApplicationDocuments.Certificate]);
        await DocumentTextAsync(granted, ApplicationDocuments.Commitment, null, item.CommitmentObligations!.Split('\n')[0], "申请人（签名或者盖章）", "国办发〔2020〕42号");
        await DocumentTextAsync(granted, ApplicationDocuments.GrantDecision, "许准", "准予行政许可");
    }

    /// <summary>An anonymous request that waits out the public rate limit (100 reads per 10 s per IP, shared with other tests).</summary>
    private async Task<HttpResponseMessage> PublicGetAsync(string url)
    {
        using var client = Server.Anonymous();
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 3)
            {
                return response;
            }

            await Task.Delay(TimeSpan.FromSeconds(10.5));
        }
    }

    private async Task<BusinessCalendar> CalendarAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync(scope.ServiceProvider.GetRequiredService<WeijianDb>(), CancellationToken.None);
    }
}

public sealed class ApplicationDocumentTests_Sqlite(SqliteServer server) : ApplicationDocumentTests<SqliteServer>(server);

public sealed class ApplicationDocumentTests_Postgres(PostgresServer server) : ApplicationDocumentTests<PostgresServer>(server);
