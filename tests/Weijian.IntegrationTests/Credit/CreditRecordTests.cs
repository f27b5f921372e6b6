using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Credit;
using Weijian.Enforcement.PenaltyCases;
using Weijian.IntegrationTests.Enforcement;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Licensing;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Credit;

/// <summary>
/// Issue #7 acceptance item 2 through the real server: a penalty decided through the case API becomes a credit record graded
/// and windowed by the rule set in force on the decision date (R-CRD-1/2, both sides of 2026-04-01), the 信用修复告知书
/// states the figures (R-PEN-34), publication ends at the maximum with a moving clock, repair runs end to end, false
/// commitments become 严重 records (R-CRD-6), the entity's grade follows (R-CRD-5), and another bureau sees nothing.
/// </summary>
public abstract class CreditRecordTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string O = "lst.officer1", H = "lst.head";

    [Fact]
    public async Task A_decided_penalty_becomes_a_general_record_with_its_window_notice_and_entity_grade_R_CRD_2()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var entity = await NewEntityAsync(d);
        var caseId = await DecideAsync(d, entity, 3000m);
        var record = await RecordOfCaseAsync(d, caseId);

        record.GetProperty("severity").GetString().ShouldBe("General");
        record.GetProperty("ruleSetCode").GetString().ShouldBe("ndrc-repair-2026");
        record.GetProperty("status").GetString().ShouldBe("Publishing");
        record.GetProperty("publishFrom").GetString().ShouldBe(Iso(d.Today));
        record.GetProperty("minUntil").GetString().ShouldBe(Iso(d.Today.AddMonths(3)));
        record.GetProperty("maxUntil").GetString().ShouldBe(Iso(d.Today.AddMonths(12)));
        record.GetProperty("sourceNumber").GetString()!.ShouldContain("罚");

        // 三书同达: one 信用修复告知书 for the case, issued by the credit module with the record's figures.
        var officer = await d.ClientAsync(O);
        var docs = await officer.GetFromJsonAsync<JsonElement>($"api/v1/documents?subjectType=PenaltyCase&subjectId={caseId}");
        docs.EnumerateArray().Count(x => x.GetProperty("templateKey").GetString() == "credit-repair-notice").ShouldBe(1);
        await using (var scope = Server.ScopeAs(Actor.System()))
        {
            var content = CreditOnPenaltyDecided.NoticeContent(
                await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<CreditRecord>().SingleAsync(r => r.SourceId == caseId), "当事人", 5);
            content.Fields["credit.grade"].ShouldBe("一般失信");
            content.Fields["credit.period"].ShouldContain(Weijian.Platform.Documents.DocumentNumbers.ChineseDate(d.Today.AddMonths(12)));
        }

        (await GradeAsync(d, entity)).ShouldBe("C");
        var anonymous = Server.Anonymous();
        var org = await OrgAsync(d);
        var page = await anonymous.GetFromJsonAsync<JsonElement>($"api/v1/public/credit/{org}?pageSize=200");
        page.GetProperty("records").GetProperty("items").EnumerateArray().ShouldContain(x => x.GetProperty("id").GetGuid() == record.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Decisions_on_2026_03_31_and_2026_04_01_follow_the_old_and_the_new_rule_set_R_CRD_1_R_CRD_2()
    {
        var saved = Server.Clock.Offset;
        try
        {
            using var d = await CaseDriver.StartAsync(Server);
            var entity = await NewEntityAsync(d);
            await MoveToAsync(new DateOnly(2026, 3, 31));
            var before = await RecordOfCaseAsync(d, await DecideAsync(d, entity, 3000m));
            before.GetProperty("ruleSetCode").GetString().ShouldBe("ndrc-58-2023");
            before.GetProperty("severity").ValueKind.ShouldBe(JsonValueKind.Null);
            before.GetProperty("minUntil").GetString().ShouldBe("2026-06-30");
            before.GetProperty("maxUntil").GetString().ShouldBe("2029-03-31");

            await MoveToAsync(new DateOnly(2026, 4, 1));
            var after = await RecordOfCaseAsync(d, await DecideAsync(d, entity, 3000m));
            after.GetProperty("ruleSetCode").GetString().ShouldBe("ndrc-repair-2026");
            after.GetProperty("severity").GetString().ShouldBe("General");
            after.GetProperty("minUntil").GetString().ShouldBe("2026-07-01");
            after.GetProperty("maxUntil").GetString().ShouldBe("2027-04-01");
        }
        finally
        {
            Server.Clock.Offset = saved;
        }
    }

    [Fact]
    public async Task Publication_stops_at_the_maximum_before_any_sweep_and_the_sweep_records_the_end_once_R_CRD_2()
    {
        var saved = Server.Clock.Offset;
        try
        {
            using var d = await CaseDriver.StartAsync(Server);
            var entity = await NewEntityAsync(d);
            var record = await RecordOfCaseAsync(d, await DecideAsync(d, entity, 3000m));
            var id = record.GetProperty("id").GetGuid();
            var max = DateOnly.Parse(record.GetProperty("maxUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var org = await OrgAsync(d);

            await MoveToAsync(max.AddDays(-1));
            (await PublicIdsAsync(org)).ShouldContain(id);

            await MoveToAsync(max);
            (await PublicIdsAsync(org)).ShouldNotContain(id);
            (await GetRecordAsync(d, id)).GetProperty("status").GetString().ShouldBe("Publishing");
            (await GradeAsync(d, entity)).ShouldBe("C");

            // The daily job's handler on the server's (moved) clock; the CLI verb runs the same handler on the real clock.
            var head = await d.ClientAsync(H);
            var sweep = await head.PostAsync("api/v1/credit-records/sweep", null);
            sweep.StatusCode.ShouldBe(HttpStatusCode.OK, await sweep.Content.ReadAsStringAsync());
            (await sweep.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ended").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
            var ended = await GetRecordAsync(d, id);
            ended.GetProperty("status").GetString().ShouldBe("Expired");
            ended.GetProperty("endedOn").GetString().ShouldBe(Iso(max));
            ended.GetProperty("history").EnumerateArray().Count(e => e.GetProperty("what").GetString() == "公示期满，停止公示").ShouldBe(1);
            (await GradeAsync(d, entity)).ShouldBe("B");

            (await (await d.ClientAsync(H)).PostAsync("api/v1/credit-records/sweep", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await GetRecordAsync(d, id)).GetProperty("history").EnumerateArray().Count(e => e.GetProperty("what").GetString() == "公示期满，停止公示").ShouldBe(1);
            var audit = await (await d.ClientAsync("lst.admin")).GetFromJsonAsync<JsonElement>($"api/v1/audit/history?subjectType=CreditRecord&subjectId={id}");
            audit.ToString().ShouldContain("公示期满停止公示");
        }
        finally
        {
            Server.Clock.Offset = saved;
        }
    }

    [Fact]
    public async Task Repair_is_refused_before_the_minimum_then_applied_online_and_approved_by_the_deciding_bureau_R_CRD_2()
    {
        var saved = Server.Clock.Offset;
        try
        {
            using var d = await CaseDriver.StartAsync(Server);
            var entity = await NewEntityAsync(d);
            var record = await RecordOfCaseAsync(d, await DecideAsync(d, entity, 3000m));
            var id = record.GetProperty("id").GetGuid();
            var code = record.GetProperty("partyCreditCode").GetString()!;
            var number = record.GetProperty("sourceNumber").GetString()!;
            var min = DateOnly.Parse(record.GetProperty("minUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var org = await OrgAsync(d);
            var anonymous = Server.Anonymous();

            var early = await anonymous.PostAsync($"api/v1/public/credit/{org}/repair-requests", RepairForm(code, number, withFile: true));
            (await Problem.ReadAsync(early)).Code.ShouldBe("credit.repair-too-early");

            await MoveToAsync(min);
            var noEvidence = await anonymous.PostAsync($"api/v1/public/credit/{org}/repair-requests", RepairForm(code, number, withFile: false));
            var problem = await Problem.ReadAsync(noEvidence);
            problem.Code.ShouldBe("validation.required");
            problem.Fields.ShouldContain("evidence");
            var wrong = await anonymous.PostAsync($"api/v1/public/credit/{org}/repair-requests", RepairForm(code, number + "X", withFile: true));
            (await Problem.ReadAsync(wrong)).Code.ShouldBe("credit.record-not-found");

            var applied = await anonymous.PostAsync($"api/v1/public/credit/{org}/repair-requests", RepairForm(code, number, withFile: true));
            applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
            var request = await applied.Content.ReadFromJsonAsync<JsonElement>();
            request.GetProperty("channel").GetString().ShouldBe("网上申请");
            var again = await anonymous.PostAsync($"api/v1/public/credit/{org}/repair-requests", RepairForm(code, number, withFile: true));
            (await Problem.ReadAsync(again)).Code.ShouldBe("credit.repair-pending");

            // The decision clock is on the case handler's 我的待办, and the record is in the repair queue.
            var officer = await d.ClientAsync(O);
            var todo = await officer.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=200");
            todo.GetProperty("items").EnumerateArray().ShouldContain(x => x.GetProperty("subjectId").GetString() == id.ToString());
            var queue = await officer.GetFromJsonAsync<JsonElement>("api/v1/credit-records?repairPending=true&pageSize=200");
            queue.GetProperty("items").EnumerateArray().ShouldContain(x => x.GetProperty("id").GetGuid() == id);

            var requestId = request.GetProperty("id").GetGuid();
            var noReason = await (await d.ClientAsync(H)).PostAsJsonAsync($"api/v1/credit-records/{id}/repair-requests/{requestId}/decision", new { approve = true });
            (await Problem.ReadAsync(noReason)).Code.ShouldBe("validation.required");
            var decided = await (await d.ClientAsync(H)).PostAsJsonAsync(
                $"api/v1/credit-records/{id}/repair-requests/{requestId}/decision", new { approve = true, reasons = "已缴纳罚款并完成整改，经核查属实" });
            decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
            var repaired = await decided.Content.ReadFromJsonAsync<JsonElement>();
            repaired.GetProperty("status").GetString().ShouldBe("Repaired");
            repaired.GetProperty("history").EnumerateArray().ShouldContain(e => e.GetProperty("what").GetString() == "准予信用修复，停止公示");

            // R-CRD-2: the decision is written — the 准予信用修复决定书 names the record's decision number and the reasons,
            // its id is on the request in the API view, and the applicant opens it with the same proof as the application.
            var approval = repaired.GetProperty("repairRequests")[0].GetProperty("documentId").GetGuid();
            var approvalText = await DocxTextAsync(officer, approval);
            approvalText.ShouldContain("准予信用修复决定书");
            approvalText.ShouldContain(number);
            approvalText.ShouldContain("已缴纳罚款并完成整改，经核查属实");
            var verify = await anonymous.GetStringAsync($"verify/{approval}");
            verify.ShouldContain("准予信用修复决定书");
            var status = await anonymous.PostAsJsonAsync($"api/v1/public/credit/{org}/repair-status", new { creditCode = code, decisionNumber = number });
            var shown = (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requests")[0];
            shown.GetProperty("documentId").GetGuid().ShouldBe(approval);
            shown.GetProperty("documentTitle").GetString().ShouldBe("准予信用修复决定书");
            var file = await anonymous.PostAsJsonAsync($"api/v1/public/credit/{org}/repair-decisions/{approval}/file", new { creditCode = code, decisionNumber = number });
            file.StatusCode.ShouldBe(HttpStatusCode.OK);
            Text(await file.Content.ReadAsByteArrayAsync()).ShouldContain(number);
            var wrongProof = await anonymous.PostAsJsonAsync($"api/v1/public/credit/{org}/repair-decisions/{approval}/file", new { creditCode = "91431103MA4L000000", decisionNumber = number });
            wrongProof.StatusCode.ShouldBe(HttpStatusCode.NotFound);

            // The same on the public credit page (anti-forgery form): the result and the decision document to download.
            using var pageClient = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Server.BaseAddress };
            var form = await pageClient.GetStringAsync($"public/credit/{org}");
            var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            var result = await pageClient.PostAsync($"public/credit/{org}?handler=Status", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Proof.CreditCode"] = code,
                ["Proof.DecisionNumber"] = number,
                ["__RequestVerificationToken"] = token,
            }));
            var html = await result.Content.ReadAsStringAsync();
            result.StatusCode.ShouldBe(HttpStatusCode.OK, html);
            html.ShouldContain("下载准予信用修复决定书");
            html.ShouldContain($"/verify/{approval}");
            (await PublicIdsAsync(org)).ShouldNotContain(id);
            (await GradeAsync(d, entity)).ShouldBe("B");
            var todoAfter = await officer.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=200");
            todoAfter.GetProperty("items").EnumerateArray().ShouldNotContain(x => x.GetProperty("subjectId").GetString() == id.ToString());
        }
        finally
        {
            Server.Clock.Offset = saved;
        }
    }

    [Fact]
    public async Task A_public_repair_application_is_written_by_a_visitor_into_the_deciding_bureaus_audit_chain_and_never_into_another_bureau_R_CRD_2()
    {
        var saved = Server.Clock.Offset;
        try
        {
            using var d = await CaseDriver.StartAsync(Server);
            var record = await RecordOfCaseAsync(d, await DecideAsync(d, await NewEntityAsync(d), 3000m));
            var id = record.GetProperty("id").GetGuid();
            var code = record.GetProperty("partyCreditCode").GetString()!;
            var number = record.GetProperty("sourceNumber").GetString()!;
            var org = await OrgAsync(d);
            using var neighbourOfficer = await Server.SignedInAsync("ll.officer1");
            var neighbour = (await neighbourOfficer.GetFromJsonAsync<JsonElement>("api/v1/me")).GetProperty("organizationId").GetGuid();
            neighbour.ShouldNotBe(org);
            await MoveToAsync(DateOnly.Parse(record.GetProperty("minUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            using var anonymous = Server.Anonymous();

            // 谁认定、谁修复 (R-CRD-2): naming the neighbour bureau with this bureau's record finds nothing, and nothing is written.
            var across = await anonymous.PostAsync($"api/v1/public/credit/{neighbour}/repair-requests", RepairForm(code, number, withFile: true));
            (await Problem.ReadAsync(across)).Code.ShouldBe("credit.record-not-found");
            await using (var scope = Server.ScopeAs(Actor.System()))
            {
                var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
                (await db.Set<CreditRecord>().AsNoTracking().SingleAsync(r => r.Id == id)).RepairRequests.ShouldBeEmpty();
                (await db.AuditEntries.AsNoTracking().AnyAsync(a => a.SubjectId == id.ToString() && a.Action == CreditAuditActions.RepairApplied)).ShouldBeFalse();
                (await db.DeadlineClocks.AsNoTracking().AnyAsync(c => c.SubjectId == id.ToString())).ShouldBeFalse();
            }

            var applied = await anonymous.PostAsync($"api/v1/public/credit/{org}/repair-requests", RepairForm(code, number, withFile: true));
            applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
            await using (var scope = Server.ScopeAs(Actor.System()))
            {
                var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
                var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.SubjectId == id.ToString() && a.Action == CreditAuditActions.RepairApplied);
                entry.OrganizationId.ShouldBe(org);
                entry.ActorId.ShouldBeNull();
                entry.ActorName.ShouldBe("网上申请：王经理");
                (await db.DeadlineClocks.AsNoTracking().SingleAsync(c => c.SubjectId == id.ToString())).OrganizationId.ShouldBe(org);
            }

            var verified = await (await d.ClientAsync("lst.admin")).PostAsync("api/v1/audit/verify", null);
            var chains = await verified.Content.ReadFromJsonAsync<JsonElement>();
            chains.GetProperty("intact").GetBoolean().ShouldBeTrue(chains.ToString());
        }
        finally
        {
            Server.Clock.Offset = saved;
        }
    }

    [Fact]
    public async Task A_refused_repair_keeps_publication_and_a_window_clerk_may_enter_an_application()
    {
        var saved = Server.Clock.Offset;
        try
        {
            using var d = await CaseDriver.StartAsync(Server);
            var entity = await NewEntityAsync(d);
            var record = await RecordOfCaseAsync(d, await DecideAsync(d, entity, 3000m));
            var id = record.GetProperty("id").GetGuid();
            await MoveToAsync(DateOnly.Parse(record.GetProperty("minUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture).AddDays(3));
            var window = await d.ClientAsync("lst.window");
            var applied = await window.PostAsync("api/v1/credit-records/repair-requests",
                RepairForm(record.GetProperty("partyCreditCode").GetString()!, record.GetProperty("sourceNumber").GetString()!, withFile: true));
            applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
            var request = await applied.Content.ReadFromJsonAsync<JsonElement>();
            request.GetProperty("channel").GetString().ShouldBe("窗口代为提交");

            var refused = await (await d.ClientAsync(O)).PostAsJsonAsync(
                $"api/v1/credit-records/{id}/repair-requests/{request.GetProperty("id").GetGuid()}/decision", new { approve = false, reasons = "未提供罚款缴纳凭证" });
            refused.StatusCode.ShouldBe(HttpStatusCode.OK, await refused.Content.ReadAsStringAsync());
            var view = await refused.Content.ReadFromJsonAsync<JsonElement>();
            view.GetProperty("status").GetString().ShouldBe("Publishing");
            view.GetProperty("repairRequests")[0].GetProperty("status").GetString().ShouldBe("Refused");

            // R-CRD-2: the 不予信用修复决定书 gives the reasons and the remedies (复议 60 days, 诉讼 6 months).
            var refusal = await DocxTextAsync(await d.ClientAsync(O), view.GetProperty("repairRequests")[0].GetProperty("documentId").GetGuid());
            refusal.ShouldContain("不予信用修复决定书");
            refusal.ShouldContain(record.GetProperty("sourceNumber").GetString()!);
            refusal.ShouldContain("未提供罚款缴纳凭证");
            refusal.ShouldContain("六十日内");
            refusal.ShouldContain("六个月内");
            var page = await (await d.ClientAsync(O)).GetStringAsync($"Credit/Details/{id}");
            page.ShouldContain("下载不予信用修复决定书");
            (await PublicIdsAsync(await OrgAsync(d))).ShouldContain(id);
        }
        finally
        {
            Server.Clock.Offset = saved;
        }
    }

    [Fact]
    public async Task A_false_commitment_becomes_a_serious_record_and_grade_D_R_LIC_11_R_CRD_6()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var entity = await NewEntityAsync(d);
        var org = await OrgAsync(d);
        var licenseId = Guid.NewGuid();
        await using (var scope = Server.ScopeAs(Actor.System()))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var e = await db.Set<RegulatedEntity>().SingleAsync(x => x.Id == entity);
            db.Raise(new FalseCommitmentFound(licenseId, org, entity, e.Name, e.CreditCode, "冷卫公证字〔2026〕第0099号", d.Today, "承诺已配备的集中空调通风系统清洗设施经核查不存在"));
            await db.SaveChangesAsync();
        }

        var list = await (await d.ClientAsync(O)).GetFromJsonAsync<JsonElement>($"api/v1/credit-records?entityId={entity}&source=FalseCommitment");
        var record = list.GetProperty("items").EnumerateArray().Single();
        record.GetProperty("severity").GetString().ShouldBe("Serious");
        record.GetProperty("sourceId").GetGuid().ShouldBe(licenseId);
        record.GetProperty("maxUntil").GetString().ShouldBe(Iso(d.Today.AddYears(3)));
        (await GradeAsync(d, entity)).ShouldBe("D");
    }

    [Fact]
    public async Task Another_bureau_gets_404_on_a_record_and_its_decision_and_never_lists_it()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var entity = await NewEntityAsync(d);
        var record = await RecordOfCaseAsync(d, await DecideAsync(d, entity, 3000m));
        var id = record.GetProperty("id").GetGuid();
        var other = await Server.SignedInAsync("ll.officer1");
        (await other.GetAsync($"api/v1/credit-records/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var decide = await other.PostAsJsonAsync($"api/v1/credit-records/{id}/repair-requests/{Guid.NewGuid()}/decision", new { approve = true, reasons = "越权" });
        decide.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await other.GetFromJsonAsync<JsonElement>("api/v1/credit-records?pageSize=200");
        list.GetProperty("items").EnumerateArray().ShouldNotContain(x => x.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task The_credit_sweep_verb_runs_the_end_of_publication_and_reports_the_count()
    {
        var result = await Server.RunCliAsync("credit", "sweep");
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("停止公示");
        (await Server.RunCliAsync("credit", "sweep", "--bogus")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task The_demo_decisions_made_records_under_both_rule_sets_and_the_demo_repairs_span_every_outcome()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var records = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<CreditRecord>().AsNoTracking()
            .Where(r => r.Source == CreditSource.Penalty).ToListAsync();
        records.Select(r => r.RuleSetCode).Distinct().Order().ShouldBe(["ndrc-58-2023", "ndrc-repair-2026"]);
        records.ShouldContain(r => r.Status == CreditRecordStatus.NotPublished); // 简易程序 after 2026-04-01: 轻微 (R-CRD-2)
        var requests = records.SelectMany(r => r.RepairRequests).ToList();
        requests.ShouldContain(q => q.Status == RepairRequestStatus.Approved);
        requests.ShouldContain(q => q.Status == RepairRequestStatus.Refused);
        requests.ShouldContain(q => q.Status == RepairRequestStatus.Pending);
        records.ShouldContain(r => r.Status == CreditRecordStatus.Repaired);
    }

    [Fact]
    public async Task The_public_credit_page_lists_records_in_publication_without_natural_persons_id_numbers_or_full_names()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var org = await OrgAsync(d);
        var page = await Server.Anonymous().GetAsync($"public/credit/{org}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("信用信息公示");
        html.ShouldContain("申请信用修复");
        await using var scope = Server.ScopeAs(Actor.System());
        var people = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<CreditRecord>().AsNoTracking()
            .Where(r => r.OrganizationId == org && r.PartyKind == PartyKind.Individual).ToListAsync();
        foreach (var p in people)
        {
            html.ShouldNotContain(p.PartyCreditCode);
            if (p.PartyName.Length > 1)
            {
                html.ShouldNotContain(p.PartyName);
            }
        }

        (await Server.Anonymous().GetAsync($"public/credit/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_filters_answer_a_field_named_error_and_the_list_pages()
    {
        var officer = await Server.SignedInAsync(O);
        var bad = await officer.GetAsync("api/v1/credit-records?status=Nope");
        var p = await Problem.ReadAsync(bad);
        p.Code.ShouldBe("validation.filter");
        p.Fields.ShouldContain("status");
        var page = await officer.GetFromJsonAsync<JsonElement>("api/v1/credit-records?pageSize=2");
        page.GetProperty("pageSize").GetInt32().ShouldBe(2);
    }

    private async Task MoveToAsync(DateOnly day)
    {
        var china = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Server.Clock.GetUtcNow(), china).DateTime);
        Server.Clock.Offset += TimeSpan.FromDays(day.DayNumber - today.DayNumber);
        await Task.CompletedTask;
    }

    private static async Task<string> DocxTextAsync(HttpClient client, Guid documentId) =>
        Text(await client.GetByteArrayAsync($"api/v1/documents/{documentId}/file"));

    private static string Text(byte[] docx)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return doc.MainDocumentPart!.Document.Body!.InnerText;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static MultipartFormDataContent RepairForm(string code, string number, bool withFile)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(code), "creditCode" },
            { new StringContent(number), "decisionNumber" },
            { new StringContent("王经理"), "applicant" },
            { new StringContent("0746-8888888"), "contact" },
            { new StringContent("已完成整改并缴纳罚款"), "statement" },
        };
        if (withFile)
        {
            form.Add(new ByteArrayContent("罚款缴纳凭证（银行回单）"u8.ToArray()), "files", "payment.txt");
        }

        return form;
    }

    private static async Task<Guid> NewEntityAsync(CaseDriver d)
    {
        var admin = await d.ClientAsync("lst.admin");
        var code = CreditCode.Complete("91431103" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant());
        var r = await admin.PostAsJsonAsync("api/v1/entities", new
        {
            partyKind = "Organization",
            name = "信用测试宾馆" + code[8..14],
            creditCode = code,
            legalRepresentative = "王经理",
            address = "永州市冷水滩区信用路1号",
            regionCode = "431103",
            specialty = "PublicPlaces",
            subType = "inn",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> DecideAsync(CaseDriver d, Guid entity, decimal fine)
    {
        var id = await d.ConcludedAsync(fine, entity);
        await d.DoAsync(O, id, CaseAction.NotifyParty, new { servedOn = d.Today });
        await d.DoAsync(O, id, CaseAction.RecordStatement, new { waived = true });
        await d.DoAsync(H, id, CaseAction.DecidePenalty);
        return id;
    }

    private static async Task<JsonElement> RecordOfCaseAsync(CaseDriver d, Guid caseId)
    {
        var officer = await d.ClientAsync(O);
        var c = await officer.GetFromJsonAsync<JsonElement>($"api/v1/cases/{caseId}");
        var entity = c.GetProperty("entityId").GetGuid();
        var list = await officer.GetFromJsonAsync<JsonElement>($"api/v1/credit-records?entityId={entity}&source=Penalty&pageSize=200");
        return list.GetProperty("items").EnumerateArray().Single(x => x.GetProperty("sourceId").GetGuid() == caseId);
    }

    private static async Task<JsonElement> GetRecordAsync(CaseDriver d, Guid id) =>
        await (await d.ClientAsync(O)).GetFromJsonAsync<JsonElement>($"api/v1/credit-records/{id}");

    private static async Task<string?> GradeAsync(CaseDriver d, Guid entity) =>
        (await (await d.ClientAsync("lst.admin")).GetFromJsonAsync<JsonElement>($"api/v1/entities/{entity}")).GetProperty("creditGrade").GetString();

    private static async Task<Guid> OrgAsync(CaseDriver d)
    {
        var me = await (await d.ClientAsync(O)).GetFromJsonAsync<JsonElement>("api/v1/me");
        return me.GetProperty("organizationId").GetGuid();
    }

    private async Task<List<Guid>> PublicIdsAsync(Guid org)
    {
        var page = await Server.Anonymous().GetFromJsonAsync<JsonElement>($"api/v1/public/credit/{org}?pageSize=200");
        return [.. page.GetProperty("records").GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetGuid())];
    }
}

public sealed class CreditRecordTests_Sqlite(SqliteServer server) : CreditRecordTests<SqliteServer>(server);

public sealed class CreditRecordTests_Postgres(PostgresServer server) : CreditRecordTests<PostgresServer>(server);
