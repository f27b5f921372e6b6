using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.IntegrationTests.Registry.Officers;

/// <summary>
/// 执法人员名录库 through <c>/api/v1/officers</c> (issue #3 acceptance 3): the eligibility query (R-OFF-1, R-OFF-3,
/// R-PEN-12), CRUD with audit, validation in Chinese with stable codes, tenant isolation, and the demo officers.
/// </summary>
public abstract class OfficerApiTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static readonly string[] PublicPlaces = ["PublicPlaces"];
    private static readonly string[] ChineseAndCode = ["公共场所", "SchoolHealth"];
    private static readonly string[] PlacesAndWater = ["PublicPlaces", "DrinkingWater"];
    private static readonly string[] WaterAndPlacesMixed = ["DrinkingWater", "公共场所"];
    private static readonly string[] Dentistry = ["牙科"];

    private static object NewOfficer(string name, string number, params string[] specialties) => new
    {
        name,
        credentialNumber = number,
        issuingAuthority = "湖南省人民政府",
        enforcementCategory = "卫生健康",
        enforcementArea = "永州市冷水滩区",
        validFrom = "2024-01-01",
        validUntil = "2028-12-31",
        specialties,
    };

    [Fact]
    public async Task Eligibility_names_not_yet_valid_and_expired_credentials_wrong_specialty_and_inactive_status_with_stable_codes()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var id = await CreateAsync(admin, NewOfficer("资格测试", "湘卫执2024990001", "PublicPlaces", "DrinkingWater"));

        var ok = await EligibilityAsync(admin, id, "date=2026-06-01&specialty=PublicPlaces");
        ok.GetProperty("eligible").GetBoolean().ShouldBeTrue();
        ok.GetProperty("reasons").GetArrayLength().ShouldBe(0);

        (await CodesAsync(admin, id, "date=2023-12-31")).ShouldBe(["officer.credential-not-yet-valid"]);
        (await CodesAsync(admin, id, "date=2029-01-01")).ShouldBe(["officer.credential-expired"]);
        (await CodesAsync(admin, id, "date=2028-12-31&specialty=公共场所")).ShouldBeEmpty();
        var wrong = await EligibilityAsync(admin, id, "date=2026-06-01&specialty=MedicalCare");
        wrong.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        wrong.GetProperty("reasons")[0].GetProperty("code").GetString().ShouldBe("officer.specialty-not-held");
        wrong.GetProperty("reasons")[0].GetProperty("message").GetString().ShouldBe("未登记“医疗卫生”执法专业");

        // 暂扣: not active, whatever the date; restored: eligible again.
        (await admin.PostAsJsonAsync($"api/v1/officers/{id}/status", new { status = "Suspended", reason = "涉嫌违纪，暂扣执法证" })).EnsureSuccessStatusCode();
        (await CodesAsync(admin, id, "date=2026-06-01")).ShouldBe(["officer.not-active"]);
        (await CodesAsync(admin, id, "date=2029-01-01&specialty=MedicalCare"))
            .ShouldBe(["officer.credential-expired", "officer.not-active", "officer.specialty-not-held"]);
        (await admin.PostAsJsonAsync($"api/v1/officers/{id}/status", new { status = "在职有效", reason = "调查结束，恢复执法资格" })).EnsureSuccessStatusCode();
        (await CodesAsync(admin, id, "date=2026-06-01")).ShouldBeEmpty();

        var bad = await Problem.ReadAsync(await admin.GetAsync($"api/v1/officers/{id}/eligibility?specialty=牙科"));
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.Code.ShouldBe("validation.specialty");
    }

    [Fact]
    public async Task A_declared_conflict_recuses_the_officer_from_that_entity_only_until_it_is_withdrawn()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var (entity, other) = await TwoEntitiesAsync("lst");
        var id = await CreateAsync(admin, NewOfficer("回避测试", "湘卫执2024990002", "PublicPlaces"));

        var declared = await admin.PostAsJsonAsync($"api/v1/officers/{id}/conflicts", new
        {
            entityId = entity.Id,
            relation = "Relative",
            reason = "其兄为该单位负责人",
            declaredOn = "2026-01-05",
        });
        declared.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await declared.Content.ReadAsStringAsync());
        var conflict = body.RootElement.GetProperty("conflicts")[0];
        conflict.GetProperty("entityName").GetString().ShouldBe(entity.Name);
        conflict.GetProperty("relationName").GetString().ShouldBe("亲属");
        var conflictId = conflict.GetProperty("id").GetGuid();

        // R-PEN-12: blocked for that entity, not for another one.
        var blocked = await EligibilityAsync(admin, id, $"date=2026-06-01&entityId={entity.Id}");
        blocked.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        blocked.GetProperty("reasons")[0].GetProperty("code").GetString().ShouldBe("officer.conflict-of-interest");
        blocked.GetProperty("reasons")[0].GetProperty("message").GetString()!.ShouldContain(entity.Name);
        (await CodesAsync(admin, id, $"date=2026-06-01&entityId={other.Id}")).ShouldBeEmpty();

        // Declaring the same entity twice is refused.
        var twice = await Problem.ReadAsync(await admin.PostAsJsonAsync($"api/v1/officers/{id}/conflicts", new
        {
            entityId = entity.Id,
            relation = "Other",
            reason = "重复",
        }));
        twice.Status.ShouldBe(HttpStatusCode.Conflict);
        twice.Code.ShouldBe("officer.conflict-already-declared");

        // Withdrawn: no longer blocks, but stays on record.
        var withdrawn = await admin.PostAsJsonAsync($"api/v1/officers/{id}/conflicts/{conflictId}/withdraw", new { reason = "其兄已离职" });
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CodesAsync(admin, id, $"date=2026-06-01&entityId={entity.Id}")).ShouldBeEmpty();
        using var after = JsonDocument.Parse(await admin.GetStringAsync($"api/v1/officers/{id}"));
        var kept = after.RootElement.GetProperty("conflicts")[0];
        kept.GetProperty("inForce").GetBoolean().ShouldBeFalse();
        kept.GetProperty("withdrawalReason").GetString().ShouldBe("其兄已离职");

        // A declaration naming another bureau's entity is refused as unknown.
        var (foreign, _) = await TwoEntitiesAsync("ll");
        var unknown = await Problem.ReadAsync(await admin.PostAsJsonAsync($"api/v1/officers/{id}/conflicts", new
        {
            entityId = foreign.Id,
            relation = "FormerEmployer",
            reason = "曾在该单位工作",
        }));
        unknown.Status.ShouldBe(HttpStatusCode.BadRequest);
        unknown.Code.ShouldBe("entity.not-found");
        unknown.Fields.ShouldBe(["entityId"]);
    }

    [Fact]
    public async Task Staff_without_a_credential_are_never_eligible_to_inspect()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var created = await admin.PostAsJsonAsync("api/v1/officers", new { name = "协管员甲", specialties = PublicPlaces });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        // R-OFF-3: auxiliary staff may not inspect, whatever the date or specialty.
        var answer = await EligibilityAsync(admin, id, "date=2026-06-01&specialty=PublicPlaces");
        answer.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        answer.GetProperty("reasons")[0].GetProperty("code").GetString().ShouldBe("officer.no-credential");
        answer.GetProperty("reasons")[0].GetProperty("message").GetString()!.ShouldContain("R-OFF-3");

        // A validity interval without a credential number makes no sense and is refused.
        var half = await Problem.ReadAsync(await admin.PostAsJsonAsync("api/v1/officers", new { name = "协管员乙", validFrom = "2024-01-01", validUntil = "2028-12-31" }));
        half.Code.ShouldBe("validation.credential-number-required");
        half.Fields.ShouldBe(["credentialNumber"]);
    }

    [Fact]
    public async Task An_officer_is_registered_updated_and_recorded_through_the_api_and_every_change_is_in_its_history()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var userId = await UserIdAsync("lst.window");
        var created = await admin.PostAsJsonAsync("api/v1/officers", new
        {
            userId,
            credentialNumber = "湘卫执2024990003",
            issuingAuthority = "湖南省人民政府",
            enforcementCategory = "卫生健康",
            enforcementArea = "永州市冷水滩区",
            validFrom = "2024-01-01",
            validUntil = "2028-12-31",
            specialties = ChineseAndCode,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var c = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = c.RootElement.GetProperty("id").GetGuid();
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/officers/{id}");
        c.RootElement.GetProperty("name").GetString().ShouldBe("赵敏"); // taken from the linked account (lst.window)
        c.RootElement.GetProperty("userName").GetString().ShouldBe("lst.window");
        c.RootElement.GetProperty("statusName").GetString().ShouldBe("在职有效");
        c.RootElement.GetProperty("specialtyNames").EnumerateArray().Select(e => e.GetString()).ShouldBe(["公共场所", "学校卫生"]);

        var updated = await admin.PutAsJsonAsync($"api/v1/officers/{id}", new
        {
            name = "赵敏",
            userId,
            credentialNumber = "湘卫执2025990003",
            issuingAuthority = "湖南省人民政府",
            enforcementCategory = "卫生健康",
            enforcementArea = "永州市冷水滩区",
            validFrom = "2025-01-01",
            validUntil = "2029-12-31",
            specialties = PlacesAndWater,
            notes = "换发新证",
        });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"api/v1/officers/{id}/training", new { course = "卫生健康监督执法业务培训班", provider = "湖南省卫生健康委员会", date = "2026-03-10", hours = 16.5m }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"api/v1/officers/{id}/exams", new { name = "行政执法资格考试", date = "2024-10-20", score = 86, passed = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync($"api/v1/officers/{id}/legal-qualification", new { certificateNumber = "A20184311030123", obtainedOn = "2018-12-20" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"api/v1/officers/{id}/status", new { status = "Revoked", reason = "调离执法岗位，注销执法证" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        using var got = JsonDocument.Parse(await admin.GetStringAsync($"api/v1/officers/{id}"));
        var o = got.RootElement;
        o.GetProperty("credentialNumber").GetString().ShouldBe("湘卫执2025990003");
        o.GetProperty("validUntil").GetString().ShouldBe("2029-12-31");
        o.GetProperty("status").GetString().ShouldBe("Revoked");
        o.GetProperty("statusReason").GetString().ShouldBe("调离执法岗位，注销执法证");
        o.GetProperty("hasLegalQualification").GetBoolean().ShouldBeTrue();
        o.GetProperty("trainings")[0].GetProperty("hours").GetDecimal().ShouldBe(16.5m);
        o.GetProperty("exams")[0].GetProperty("score").GetDecimal().ShouldBe(86m);
        var year2026 = o.GetProperty("trainingYears").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2026);
        year2026.GetProperty("hours").GetDecimal().ShouldBe(16.5m);
        year2026.GetProperty("meets").GetBoolean().ShouldBeFalse();

        // Every business change is in the record's history, in order.
        using var history = JsonDocument.Parse(await admin.GetStringAsync($"api/v1/audit/history?subjectType=Officer&subjectId={id}"));
        history.RootElement.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ShouldBe(
        [
            "officer.registered", "officer.updated", "officer.training-recorded", "officer.exam-recorded",
            "officer.legal-qualification-recorded", "officer.status-changed",
        ]);
        history.RootElement[4].GetProperty("actionName").GetString().ShouldBe("登记法律职业资格");

        // An update with nothing changed writes nothing.
        var same = await admin.PutAsJsonAsync($"api/v1/officers/{id}", new
        {
            name = "赵敏",
            userId,
            credentialNumber = "湘卫执2025990003",
            issuingAuthority = "湖南省人民政府",
            enforcementCategory = "卫生健康",
            enforcementArea = "永州市冷水滩区",
            validFrom = "2025-01-01",
            validUntil = "2029-12-31",
            specialties = WaterAndPlacesMixed,
            notes = "换发新证",
        });
        same.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var again = JsonDocument.Parse(await admin.GetStringAsync($"api/v1/audit/history?subjectType=Officer&subjectId={id}"));
        again.RootElement.GetArrayLength().ShouldBe(6);

        // The list finds it by name fragment, credential number, specialty and status.
        (await ListIdsAsync(admin, "search=赵")).ShouldContain(id);
        (await ListIdsAsync(admin, "credentialNumber=2025990003")).ShouldBe([id]);
        (await ListIdsAsync(admin, "specialty=DrinkingWater&status=Revoked")).ShouldBe([id]);
        (await ListIdsAsync(admin, "specialty=SchoolHealth&status=Revoked")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Bad_input_is_a_chinese_problem_naming_the_field_and_changes_nothing()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var before = await OfficerCountAsync();

        var missing = await Problem.ReadAsync(await admin.PostAsJsonAsync("api/v1/officers", new { name = "缺有效期", credentialNumber = "湘卫执2024990004", issuingAuthority = "湖南省人民政府", validFrom = "2024-01-01" }));
        missing.Status.ShouldBe(HttpStatusCode.BadRequest);
        missing.Code.ShouldBe("validation.required");
        missing.Fields.ShouldBe(["validUntil"]);
        missing.Title.ShouldBe("有效期至不能为空");

        var order = await Problem.ReadAsync(await admin.PostAsJsonAsync("api/v1/officers", new { name = "倒序", credentialNumber = "湘卫执2024990005", issuingAuthority = "湖南省人民政府", validFrom = "2028-01-01", validUntil = "2024-01-01" }));
        order.Code.ShouldBe("validation.date-order");
        order.Fields.ShouldBe(["validUntil"]);

        var specialty = await Problem.ReadAsync(await admin.PostAsJsonAsync("api/v1/officers", new { name = "专业错", specialties = Dentistry }));
        specialty.Code.ShouldBe("validation.specialty");
        specialty.Fields.ShouldBe(["specialties"]);

        // 执法证号 is unique within the bureau.
        var demoNumber = await CredentialOfAsync("lst.officer1");
        var duplicate = await Problem.ReadAsync(await admin.PostAsJsonAsync("api/v1/officers", NewOfficer("重号", demoNumber, "PublicPlaces")));
        duplicate.Status.ShouldBe(HttpStatusCode.Conflict);
        duplicate.Code.ShouldBe("officer.credential-number-taken");
        duplicate.Fields.ShouldBe(["credentialNumber"]);

        // One officer per user; a user of another bureau cannot be linked.
        var linked = await Problem.ReadAsync(await admin.PostAsJsonAsync("api/v1/officers", new { userId = await UserIdAsync("lst.officer1") }));
        linked.Code.ShouldBe("officer.user-already-linked");
        var foreignUser = await Problem.ReadAsync(await admin.PostAsJsonAsync("api/v1/officers", new { userId = await UserIdAsync("ll.window") }));
        foreignUser.Code.ShouldBe("officer.user-not-found");

        var training = await Problem.ReadAsync(await admin.PostAsJsonAsync($"api/v1/officers/{await OfficerIdOfAsync("lst.officer1")}/training", new { course = "课程", date = "2026-01-10", hours = 0 }));
        training.Code.ShouldBe("validation.training-hours");
        training.Fields.ShouldBe(["hours"]);

        var status = await Problem.ReadAsync(await admin.PostAsJsonAsync($"api/v1/officers/{await OfficerIdOfAsync("lst.officer1")}/status", new { status = "Suspended" }));
        status.Code.ShouldBe("validation.required");
        status.Fields.ShouldBe(["reason"]);

        (await OfficerCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Only_administrators_and_heads_keep_the_register_but_an_officer_declares_own_conflicts_and_training()
    {
        using var officer = await Server.SignedInAsync("lst.officer2");
        var forbidden = await Problem.ReadAsync(await officer.PostAsJsonAsync("api/v1/officers", NewOfficer("越权", "湘卫执2024990006", "PublicPlaces")));
        forbidden.Status.ShouldBe(HttpStatusCode.Forbidden);
        forbidden.Code.ShouldBe("auth.role-required");

        var own = await OfficerIdOfAsync("lst.officer2");
        var colleague = await OfficerIdOfAsync("lst.officer1");
        (await officer.PostAsJsonAsync($"api/v1/officers/{own}/training", new { course = "网上学法", date = "2026-02-01", hours = 2 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/officers/{colleague}/training", new { course = "代登记", date = "2026-02-01", hours = 2 })))
            .Status.ShouldBe(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/officers/{own}/status", new { status = "Active", reason = "自行恢复" })))
            .Status.ShouldBe(HttpStatusCode.Forbidden);

        // Every member of the bureau reads the register and asks the eligibility question.
        using var window = await Server.SignedInAsync("lst.window");
        (await window.GetAsync($"api/v1/officers/{colleague}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await window.GetAsync($"api/v1/officers/{colleague}/eligibility")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_bureau_can_neither_see_nor_change_an_officer()
    {
        var id = await OfficerIdOfAsync("lst.officer1");
        foreach (var intruder in new[] { "ll.admin", "ll.officer1", "ll.head" })
        {
            using var b = await Server.SignedInAsync(intruder);
            (await b.GetAsync($"api/v1/officers/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            (await b.GetAsync($"api/v1/officers/{id}/eligibility")).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            (await Problem.ReadAsync(await b.PutAsJsonAsync($"api/v1/officers/{id}", NewOfficer("改名", "湘卫执2024990007")))).Status
                .ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
            (await Problem.ReadAsync(await b.PostAsJsonAsync($"api/v1/officers/{id}/status", new { status = "Revoked", reason = "越权" }))).Status
                .ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
            (await Problem.ReadAsync(await b.PostAsJsonAsync($"api/v1/officers/{id}/training", new { course = "越权", date = "2026-01-10", hours = 8 }))).Status
                .ShouldBe(HttpStatusCode.NotFound);
            var list = await b.GetStringAsync("api/v1/officers?pageSize=200");
            list.ShouldNotContain(id.ToString(), customMessage: intruder);
            (await b.GetStringAsync($"api/v1/officers?credentialNumber={Uri.EscapeDataString(await CredentialOfAsync("lst.officer1"))}"))
                .ShouldContain("\"total\":0", customMessage: intruder);
        }

        using var a = await Server.SignedInAsync("lst.admin");
        using var body = JsonDocument.Parse(await a.GetStringAsync($"api/v1/officers/{id}"));
        body.RootElement.GetProperty("status").GetString().ShouldBe("Active");
        body.RootElement.GetProperty("name").GetString().ShouldBe("王丽华");
    }

    [Fact]
    public async Task The_demo_has_officers_for_the_officer_and_reviewer_accounts_with_expiring_expired_and_auxiliary_staff()
    {
        using var head = await Server.SignedInAsync("ll.head");
        using var list = JsonDocument.Parse(await head.GetStringAsync("api/v1/officers?pageSize=100"));
        var items = list.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("userName").GetString()).ShouldContain("ll.officer1");
        items.Select(i => i.GetProperty("userName").GetString()).ShouldContain("ll.officer2");
        var reviewer = items.Single(i => i.GetProperty("userName").GetString() == "ll.reviewer");
        reviewer.GetProperty("hasLegalQualification").GetBoolean().ShouldBeTrue();
        items.Select(i => i.GetProperty("validity").GetString()).ShouldContain("ExpiringSoon");
        items.Select(i => i.GetProperty("validity").GetString()).ShouldContain("Expired");
        items.Select(i => i.GetProperty("validity").GetString()).ShouldContain("None");
        items.Select(i => i.GetProperty("status").GetString()).ShouldContain("Suspended");

        (await ListIdsAsync(head, "expiringWithinDays=90")).Count.ShouldBe(1);
        (await ListIdsAsync(head, "trainingBelowYear=2025")).ShouldNotBeEmpty();

        // officer2 declared a conflict with a medical institution of the bureau (R-PEN-12).
        using var officer2 = JsonDocument.Parse(await head.GetStringAsync($"api/v1/officers/{await OfficerIdOfAsync("ll.officer2")}"));
        var conflict = officer2.RootElement.GetProperty("conflicts")[0];
        var codes = await CodesAsync(head, officer2.RootElement.GetProperty("id").GetGuid(), $"specialty=MedicalCare&entityId={conflict.GetProperty("entityId").GetGuid()}");
        codes.ShouldBe(["officer.conflict-of-interest"]);
    }

    [Fact]
    public async Task Upsert_by_credential_number_creates_then_updates_then_leaves_unchanged()
    {
        await using var scope = Server.ScopeAs(await ActorAsync("lst.admin", Roles.SystemAdministrator));
        var upsert = scope.ServiceProvider.GetRequiredService<UpsertOfficerByCredentialNumberHandler>();
        var row = new UpsertOfficerByCredentialNumber(
            "湘卫执2024990008", "导入人员", "湖南省人民政府", "卫生健康", "永州市冷水滩区", new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), ["公共场所", "职业卫生"]);
        var first = await upsert.HandleAsync(row, default);
        first.Outcome.ShouldBe(UpsertOutcome.Created);
        (await upsert.HandleAsync(row, default)).ShouldBe(new OfficerUpsertResult(first.OfficerId, UpsertOutcome.Unchanged));
        (await upsert.HandleAsync(row with { Specialties = ["职业卫生", "公共场所"] }, default)).Outcome.ShouldBe(UpsertOutcome.Unchanged);
        var changed = await upsert.HandleAsync(row with { ValidUntil = new DateOnly(2029, 6, 30), UserName = "lst.petition" }, default);
        changed.ShouldBe(new OfficerUpsertResult(first.OfficerId, UpsertOutcome.Updated));
        (await upsert.HandleAsync(row with { ValidUntil = new DateOnly(2029, 6, 30) }, default)).Outcome.ShouldBe(UpsertOutcome.Unchanged); // empty account keeps the link

        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var officer = await db.Set<Officer>().AsNoTracking().SingleAsync(o => o.Id == first.OfficerId);
        officer.UserId.ShouldBe(await UserIdAsync("lst.petition"));
        (await db.AuditEntries.CountAsync(a => a.SubjectId == first.OfficerId.ToString())).ShouldBe(2);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, object officer)
    {
        var response = await client.PostAsJsonAsync("api/v1/officers", officer);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> EligibilityAsync(HttpClient client, Guid id, string query)
    {
        var response = await client.GetAsync($"api/v1/officers/{id}/eligibility?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<List<string>> CodesAsync(HttpClient client, Guid id, string query) =>
        (await EligibilityAsync(client, id, query)).GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToList();

    private static async Task<List<Guid>> ListIdsAsync(HttpClient client, string query)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync($"api/v1/officers?pageSize=200&{query}"));
        return doc.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }

    private async Task<(RegulatedEntity A, RegulatedEntity B)> TwoEntitiesAsync(string prefix)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = await db.Users.Where(u => u.UserName == prefix + ".admin").Select(u => u.OrganizationId).SingleAsync();
        var two = await db.Set<RegulatedEntity>().AsNoTracking().Where(e => e.OrganizationId == org).OrderBy(e => e.CreditCode).Take(2).ToListAsync();
        two.Count.ShouldBe(2, "the demo has entities for each bureau");
        return (two[0], two[1]);
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private async Task<Guid> OfficerIdOfAsync(string userName)
    {
        var userId = await UserIdAsync(userName);
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<Officer>().Where(o => o.UserId == userId).Select(o => o.Id).SingleAsync();
    }

    private async Task<string> CredentialOfAsync(string userName)
    {
        var userId = await UserIdAsync(userName);
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<Officer>().Where(o => o.UserId == userId).Select(o => o.CredentialNumber!).SingleAsync();
    }

    private async Task<int> OfficerCountAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<Officer>().CountAsync();
    }

    private async Task<Actor> ActorAsync(string userName, string role)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var user = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Users.SingleAsync(u => u.UserName == userName);
        return new Actor(user.Id, user.DisplayName, user.OrganizationId, new HashSet<string> { role }, false);
    }
}

public sealed class OfficerApiTests_Sqlite(SqliteServer server) : OfficerApiTests<SqliteServer>(server);

public sealed class OfficerApiTests_Postgres(PostgresServer server) : OfficerApiTests<PostgresServer>(server);
