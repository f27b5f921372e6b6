using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Inspections.Visits;
using Weijian.IntegrationTests.Enforcement;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Publicity;

/// <summary>
/// Issue #7 right of reply through the real server: an entity proves itself by its credit code on the public pages
/// (anti-forgery form and API), staff show or refuse a reply (reason required), only shown replies appear next to their
/// subject (R-INS-3, R-CRD-1/2 publication), an appeal is decided only by someone not involved in the original act
/// (R-PEN-12 recusal, <c>reply.decider-involved</c>), and another bureau sees nothing.
/// </summary>
public abstract partial class EntityReplyTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task A_reply_from_the_public_results_page_needs_the_subjects_credit_code_and_appears_only_once_shown_R_INS_3()
    {
        var (org, number, code) = await PublishedInspectionAsync();
        using var anonymous = Server.Anonymous();
        var marker = Guid.NewGuid().ToString("N")[..8];

        var wrong = await PostReplyFormAsync(anonymous, org, number, "91431103MA4L000000", $"说明{marker}-错误代码");
        wrong.ShouldContain("统一社会信用代码与该抽查结果的当事单位不符");
        var good = await PostReplyFormAsync(anonymous, org, number, code, $"说明{marker}-公开");
        good.ShouldContain("已提交");
        await PostReplyFormAsync(anonymous, org, number, code, $"说明{marker}-不予");
        await PostReplyFormAsync(anonymous, org, number, code, $"说明{marker}-待审");

        using var clerk = await Server.SignedInAsync("lst.disclosure");
        var pending = await clerk.GetFromJsonAsync<JsonElement>("api/v1/replies?status=Pending&subjectKind=InspectionResult&pageSize=200");
        Guid Id(string suffix) => pending.GetProperty("items").EnumerateArray().Single(x => x.GetProperty("text").GetString() == $"说明{marker}-{suffix}").GetProperty("id").GetGuid();
        pending.GetProperty("items").EnumerateArray().ShouldNotContain(x => x.GetProperty("text").GetString()!.EndsWith("-错误代码", StringComparison.Ordinal));

        var noReason = await clerk.PostAsJsonAsync($"api/v1/replies/{Id("不予")}/review", new { action = "Refuse" });
        var p = await Problem.ReadAsync(noReason);
        p.Status.ShouldBe(HttpStatusCode.BadRequest);
        p.Fields.ShouldContain("reasons");
        (await clerk.PostAsJsonAsync($"api/v1/replies/{Id("不予")}/review", new { action = "Refuse", reasons = "与检查结果无关" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var shown = await clerk.PostAsJsonAsync($"api/v1/replies/{Id("公开")}/review", new { action = "Show" });
        shown.StatusCode.ShouldBe(HttpStatusCode.OK, await shown.Content.ReadAsStringAsync());
        (await shown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Shown");
        var again = await Problem.ReadAsync(await clerk.PostAsJsonAsync($"api/v1/replies/{Id("公开")}/review", new { action = "Refuse", reasons = "x" }));
        again.Code.ShouldBe("reply.already-handled");

        var page = await anonymous.GetStringAsync($"public/inspections/{org}?q={Uri.EscapeDataString(number)}");
        page.ShouldContain($"说明{marker}-公开");
        page.ShouldNotContain($"说明{marker}-不予");
        page.ShouldNotContain($"说明{marker}-待审");
        page.ShouldNotContain("0746-8123456");
    }

    [Fact]
    public async Task An_appeal_on_a_credit_record_is_refused_to_the_cases_handler_and_decider_and_decided_by_an_uninvolved_reviewer_R_PEN_12()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var (entity, code) = await NewEntityAsync(d);
        var caseId = await d.ConcludedAsync(3000m, entity);
        await d.DoAsync("lst.officer1", caseId, CaseAction.NotifyParty, new { servedOn = d.Today });
        await d.DoAsync("lst.officer1", caseId, CaseAction.RecordStatement, new { waived = true });
        await d.DoAsync("lst.head", caseId, CaseAction.DecidePenalty);
        using var officer = await Server.SignedInAsync("lst.officer1");
        var number = (await officer.GetFromJsonAsync<JsonElement>($"api/v1/credit-records?entityId={entity}")).GetProperty("items")[0].GetProperty("sourceNumber").GetString()!;
        var org = (await officer.GetFromJsonAsync<JsonElement>("api/v1/me")).GetProperty("organizationId").GetGuid();

        using var anonymous = Server.Anonymous();
        var bad = await anonymous.PostAsJsonAsync($"api/v1/public/replies/{org}", Body("CreditRecord", number, "91431103MA4L000000", "Appeal"));
        (await Problem.ReadAsync(bad)).Code.ShouldBe("reply.credit-code-mismatch");
        var created = await anonymous.PostAsJsonAsync($"api/v1/public/replies/{org}", Body("CreditRecord", number, code, "Appeal"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var byHandler = await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/replies/{id}/decision", new { action = "Change", reasons = "理由" }));
        byHandler.Code.ShouldBe("reply.decider-involved");
        using var head = await Server.SignedInAsync("lst.head");
        (await Problem.ReadAsync(await head.PostAsJsonAsync($"api/v1/replies/{id}/decision", new { action = "Change", reasons = "理由" }))).Code.ShouldBe("reply.decider-involved");

        using var reviewer = await Server.SignedInAsync("lst.reviewer");
        var noSeverity = await Problem.ReadAsync(await reviewer.PostAsJsonAsync($"api/v1/replies/{id}/decision", new { action = "Change", reasons = "理由" }));
        noSeverity.Fields.ShouldContain("severity");
        var decided = await reviewer.PostAsJsonAsync($"api/v1/replies/{id}/decision", new { action = "Change", reasons = "罚款已足额缴纳且违法情节轻微，变更失信程度", severity = "轻微" });
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        var view = await decided.Content.ReadFromJsonAsync<JsonElement>();
        view.GetProperty("status").GetString().ShouldBe("Changed");
        view.GetProperty("history").EnumerateArray().ShouldContain(e => e.GetProperty("what").GetString()!.Contains("经申诉变更", StringComparison.Ordinal));

        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var recordId = (await db.Set<Weijian.Credit.CreditRecord>().SingleAsync(r => r.SourceId == caseId)).Id.ToString();
        (await db.AuditEntries.AnyAsync(a => a.Action == "reply.subject-changed-on-appeal" && a.SubjectId == recordId)).ShouldBeTrue();

        // The change takes effect (R-CRD-2): 轻微 is not published, so the record leaves the public credit list.
        var changed = await db.Set<Weijian.Credit.CreditRecord>().AsNoTracking().SingleAsync(r => r.SourceId == caseId);
        changed.Severity.ShouldBe(Weijian.Credit.CreditSeverity.Minor);
        changed.Status.ShouldBe(Weijian.Credit.CreditRecordStatus.NotPublished);
        var publicList = await anonymous.GetFromJsonAsync<JsonElement>($"api/v1/public/credit/{org}?pageSize=200");
        publicList.GetProperty("records").GetProperty("items").EnumerateArray().ShouldNotContain(x => x.GetProperty("sourceNumber").GetString() == number);

        using var other = await Server.SignedInAsync("ll.officer1");
        (await other.GetAsync($"api/v1/replies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"api/v1/replies/{id}/decision", new { action = "Uphold", reasons = "理由" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await other.GetFromJsonAsync<JsonElement>("api/v1/replies?pageSize=200");
        list.GetProperty("items").EnumerateArray().ShouldNotContain(x => x.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task An_appeal_decided_revoke_ends_the_credit_records_publication_as_申诉撤销_and_regrades_the_entity_R_CRD_5()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var (entity, code) = await NewEntityAsync(d);
        var caseId = await d.ConcludedAsync(3000m, entity);
        await d.DoAsync("lst.officer1", caseId, CaseAction.NotifyParty, new { servedOn = d.Today });
        await d.DoAsync("lst.officer1", caseId, CaseAction.RecordStatement, new { waived = true });
        await d.DoAsync("lst.head", caseId, CaseAction.DecidePenalty);
        using var officer = await Server.SignedInAsync("lst.officer1");
        var number = (await officer.GetFromJsonAsync<JsonElement>($"api/v1/credit-records?entityId={entity}")).GetProperty("items")[0].GetProperty("sourceNumber").GetString()!;
        var org = (await officer.GetFromJsonAsync<JsonElement>("api/v1/me")).GetProperty("organizationId").GetGuid();
        (await GradeAsync(entity)).ShouldNotBe("A");

        using var anonymous = Server.Anonymous();
        var created = await anonymous.PostAsJsonAsync($"api/v1/public/replies/{org}", Body("CreditRecord", number, code, "Appeal"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var reviewer = await Server.SignedInAsync("lst.reviewer");
        var decided = await reviewer.PostAsJsonAsync($"api/v1/replies/{id}/decision", new { action = "Revoke", reasons = "当事人非该违法行为的实施者，原处罚决定已撤销" });
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());

        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var record = await db.Set<Weijian.Credit.CreditRecord>().AsNoTracking().SingleAsync(r => r.SourceId == caseId);
        record.Status.ShouldBe(Weijian.Credit.CreditRecordStatus.RevokedOnAppeal);
        record.EndReason.ShouldBe("申诉撤销");
        (await GradeAsync(entity)).ShouldBe("A");
        var publicList = await anonymous.GetFromJsonAsync<JsonElement>($"api/v1/public/credit/{org}?pageSize=200");
        publicList.GetProperty("records").GetProperty("items").EnumerateArray().ShouldNotContain(x => x.GetProperty("sourceNumber").GetString() == number);
        var subject = record.Id.ToString();
        (await db.AuditEntries.AnyAsync(a => a.Action == "reply.subject-changed-on-appeal" && a.SubjectId == subject)).ShouldBeTrue();
        (await db.AuditEntries.AnyAsync(a => a.Action == "reply.appeal-decided" && a.SubjectId == id.ToString())).ShouldBeTrue();
    }

    [Fact]
    public async Task Appeals_on_a_published_inspection_result_change_its_public_conclusion_and_then_take_it_down_with_the_reason_R_PEN_32()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = await db.Organizations.Where(o => o.Name == "永州市冷水滩区卫生健康局").Select(o => o.Id).SingleAsync();
        var target = await db.Set<Inspection>().Where(i => i.OrganizationId == org && i.PublishedOn != null && i.RevokedOn == null && i.Conclusion != null)
            .Join(db.Set<RegulatedEntity>().Where(e => e.CreditCode != ""), i => i.EntityId, e => e.Id, (i, e) => new { i.Id, i.Number, i.Conclusion, e.CreditCode })
            .OrderBy(x => x.Number).FirstAsync();
        var changedTo = target.Conclusion == InspectionConclusion.NoProblem ? InspectionConclusion.CorrectionOrdered : InspectionConclusion.NoProblem;
        // R-PEN-12: the appeal is decided by a decider who was not one of the inspection's officers.
        var officers = (await db.Set<Inspection>().AsNoTracking().SingleAsync(i => i.Id == target.Id)).Officers.Select(o => o.UserId).ToList();
        var deciders = await db.Users.AsNoTracking().Where(u => u.UserName == "lst.reviewer" || u.UserName == "lst.head" || u.UserName == "lst.officer2").ToListAsync();
        var decider = deciders.Where(u => !officers.Contains(u.Id)).OrderBy(u => u.UserName).First().UserName;
        using var anonymous = Server.Anonymous();
        using var reviewer = await Server.SignedInAsync(decider!);

        async Task<Guid> AppealAsync()
        {
            var created = await anonymous.PostAsJsonAsync($"api/v1/public/replies/{org}", Body("InspectionResult", target.Number, target.CreditCode, "Appeal"));
            created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        var change = await AppealAsync();
        var noConclusion = await Problem.ReadAsync(await reviewer.PostAsJsonAsync($"api/v1/replies/{change}/decision", new { action = "Change", reasons = "理由" }));
        noConclusion.Fields.ShouldContain("conclusion", $"{noConclusion.Code} {noConclusion.Title}");
        var changed = await reviewer.PostAsJsonAsync($"api/v1/replies/{change}/decision", new { action = "Change", reasons = "复查笔录，问题已当场整改", conclusion = changedTo.ToString() });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        var page = await anonymous.GetStringAsync($"public/inspections/{org}?q={Uri.EscapeDataString(target.Number)}");
        page.ShouldContain("经申诉变更（原结论：" + InspectionVisitNames.Of(target.Conclusion!.Value));
        page.ShouldContain("复查笔录，问题已当场整改");

        var revoke = await AppealAsync();
        var revoked = await reviewer.PostAsJsonAsync($"api/v1/replies/{revoke}/decision", new { action = "Revoke", reasons = "检查对象认定错误，撤销该检查结果" });
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync());
        page = await anonymous.GetStringAsync($"public/inspections/{org}?q={Uri.EscapeDataString(target.Number)}");
        page.ShouldContain("经申诉撤销");
        page.ShouldContain("检查对象认定错误，撤销该检查结果");
        page.ShouldNotContain("复查笔录，问题已当场整改");

        var inspection = await db.Set<Inspection>().AsNoTracking().SingleAsync(i => i.Id == target.Id);
        inspection.RevokedOn.ShouldNotBeNull();
        inspection.Conclusion.ShouldBe(changedTo);
        inspection.OriginalConclusion.ShouldBe(target.Conclusion);
        var subject = target.Id.ToString();
        (await db.AuditEntries.CountAsync(a => a.Action == "reply.subject-changed-on-appeal" && a.SubjectId == subject)).ShouldBe(2);
    }

    [Fact]
    public async Task A_reply_on_the_entitys_credit_grade_is_submitted_from_the_public_credit_page_with_the_credit_code_as_proof_R_CRD_5()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = await db.Organizations.Where(o => o.Name == "永州市冷水滩区卫生健康局").Select(o => o.Id).SingleAsync();
        var entity = await db.Set<RegulatedEntity>().Where(e => e.OrganizationId == org && e.CreditGrade != null && e.PartyKind == PartyKind.Organization)
            .OrderBy(e => e.CreditCode).Select(e => new { e.Id, e.CreditCode }).FirstAsync();
        using var anonymous = Server.Anonymous();
        var marker = Guid.NewGuid().ToString("N")[..8];

        async Task<string> PostAsync(string code, string? token = null)
        {
            var page = await anonymous.GetStringAsync($"public/credit/{org}");
            page.ShouldContain("对信用等级的回应与申诉");
            var response = await anonymous.PostAsync($"public/credit/{org}?handler=GradeReply", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["GradeReply.CreditCode"] = code,
                ["GradeReply.Kind"] = "Statement",
                ["GradeReply.Text"] = $"等级说明{marker}",
                ["GradeReply.Submitter"] = "王经理",
                ["GradeReply.Contact"] = "0746-8123456",
                ["__RequestVerificationToken"] = token ?? TokenPattern().Match(page).Groups[1].Value,
            }));
            return token is null ? await response.Content.ReadAsStringAsync() : response.StatusCode.ToString();
        }

        (await PostAsync(entity.CreditCode, token: "forged")).ShouldBe(nameof(HttpStatusCode.BadRequest));
        (await PostAsync("91431103MA4L000000")).ShouldContain("未找到该统一社会信用代码的信用等级");
        (await PostAsync(entity.CreditCode)).ShouldContain("对信用等级的说明/申辩已提交");

        var reply = await db.Set<Weijian.Publicity.Replies.EntityReply>().AsNoTracking().SingleAsync(r => r.Text == $"等级说明{marker}");
        reply.SubjectKind.ShouldBe(Weijian.Publicity.Replies.ReplySubjectKind.CreditGrade);
        reply.SubjectId.ShouldBe(entity.Id);
        reply.Channel.ShouldBe(Weijian.Credit.ApplyForCreditRepairHandler.OnlineChannel);
    }

    [Fact]
    public async Task A_public_reply_is_written_by_a_visitor_into_the_records_bureau_and_never_into_another_bureau_R_CRD_2()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var (entity, code) = await NewEntityAsync(d);
        var caseId = await d.ConcludedAsync(3000m, entity);
        await d.DoAsync("lst.officer1", caseId, CaseAction.NotifyParty, new { servedOn = d.Today });
        await d.DoAsync("lst.officer1", caseId, CaseAction.RecordStatement, new { waived = true });
        await d.DoAsync("lst.head", caseId, CaseAction.DecidePenalty);
        using var officer = await Server.SignedInAsync("lst.officer1");
        var number = (await officer.GetFromJsonAsync<JsonElement>($"api/v1/credit-records?entityId={entity}")).GetProperty("items")[0].GetProperty("sourceNumber").GetString()!;
        var org = (await officer.GetFromJsonAsync<JsonElement>("api/v1/me")).GetProperty("organizationId").GetGuid();
        using var neighbourOfficer = await Server.SignedInAsync("ll.officer1");
        var neighbour = (await neighbourOfficer.GetFromJsonAsync<JsonElement>("api/v1/me")).GetProperty("organizationId").GetGuid();
        neighbour.ShouldNotBe(org);
        using var anonymous = Server.Anonymous();

        // The neighbour bureau named with this bureau's record: not found, and no reply is written anywhere.
        var across = await anonymous.PostAsJsonAsync($"api/v1/public/replies/{neighbour}", Body("CreditRecord", number, code, "Statement"));
        (await Problem.ReadAsync(across)).Code.ShouldBe("reply.subject-not-found");
        await using (var scope = Server.ScopeAs(Actor.System()))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            (await db.Set<Weijian.Publicity.Replies.EntityReply>().AsNoTracking().AnyAsync(r => r.SubjectNumber == number)).ShouldBeFalse();
        }

        var created = await anonymous.PostAsJsonAsync($"api/v1/public/replies/{org}", Body("CreditRecord", number, code, "Statement"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ToString();
        await using (var scope = Server.ScopeAs(Actor.System()))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            (await db.Set<Weijian.Publicity.Replies.EntityReply>().AsNoTracking().SingleAsync(r => r.SubjectNumber == number)).OrganizationId.ShouldBe(org);
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.SubjectId == id && a.Action == Weijian.Publicity.Replies.ReplyAuditActions.Submitted);
            entry.OrganizationId.ShouldBe(org);
            entry.ActorId.ShouldBeNull();
            entry.ActorName.ShouldBe("网上申请：王经理");
        }
    }

    private async Task<string?> GradeAsync(Guid entity)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<RegulatedEntity>().AsNoTracking().Where(e => e.Id == entity).Select(e => e.CreditGrade).SingleAsync();
    }

    [Fact]
    public async Task The_queue_rejects_a_bad_filter_with_a_field_named_error_and_pages()
    {
        using var clerk = await Server.SignedInAsync("lst.disclosure");
        var p = await Problem.ReadAsync(await clerk.GetAsync("api/v1/replies?status=Nope"));
        p.Fields.ShouldContain("status");
        (await clerk.GetFromJsonAsync<JsonElement>("api/v1/replies?pageSize=1")).GetProperty("pageSize").GetInt32().ShouldBe(1);
        var html = await clerk.GetStringAsync("Replies/Index?kind=Appeal");
        html.ShouldContain("回应与申诉");
    }

    private static object Body(string subjectKind, string number, string code, string kind) => new
    {
        subjectKind,
        subjectNumber = number,
        creditCode = code,
        kind,
        text = "请求变更",
        submitter = "王经理",
        contact = "0746-8123456",
    };

    private async Task<(Guid Org, string Number, string Code)> PublishedInspectionAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = await db.Organizations.Where(o => o.Name == "永州市冷水滩区卫生健康局").Select(o => o.Id).SingleAsync();
        var row = await db.Set<Inspection>().Where(i => i.OrganizationId == org && i.PublishedOn != null)
            .Join(db.Set<RegulatedEntity>().Where(e => e.CreditCode != ""), i => i.EntityId, e => e.Id, (i, e) => new { i.Number, e.CreditCode })
            .OrderByDescending(x => x.Number).FirstAsync();
        return (org, row.Number, row.CreditCode);
    }

    private static async Task<string> PostReplyFormAsync(HttpClient client, Guid org, string number, string code, string text)
    {
        var page = await client.GetStringAsync($"public/inspections/{org}");
        var response = await client.PostAsync($"public/inspections/{org}?handler=Reply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reply.SubjectNumber"] = number,
            ["Reply.CreditCode"] = code,
            ["Reply.Kind"] = "Statement",
            ["Reply.Text"] = text,
            ["Reply.Submitter"] = "王经理",
            ["Reply.Contact"] = "0746-8123456",
            ["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(Guid Id, string Code)> NewEntityAsync(CaseDriver d)
    {
        var admin = await d.ClientAsync("lst.admin");
        var code = CreditCode.Complete("91431103" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant());
        var r = await admin.PostAsJsonAsync("api/v1/entities", new
        {
            partyKind = "Organization",
            name = "申诉测试宾馆" + code[8..14],
            creditCode = code,
            legalRepresentative = "王经理",
            address = "永州市冷水滩区申诉路1号",
            regionCode = "431103",
            specialty = "PublicPlaces",
            subType = "inn",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return ((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), code);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class EntityReplyTests_Sqlite(SqliteServer server) : EntityReplyTests<SqliteServer>(server);

public sealed class EntityReplyTests_Postgres(PostgresServer server) : EntityReplyTests<PostgresServer>(server);
