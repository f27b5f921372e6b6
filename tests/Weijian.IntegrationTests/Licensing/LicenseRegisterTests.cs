using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Licensing.Commitments;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Audit;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Licensing;

/// <summary>
/// Issue #6 (items, guides, register, 告知承诺 verification) through the API on both providers: item validation and
/// audit, public guides and their QR codes (acceptance item 3), the register's gates (R-LIC-8/9/13), the commitment
/// verification to revocation and the refused commitment route (acceptance item 2, R-LIC-11/12, R-CRD-6), tenant isolation.
/// </summary>
public abstract class LicenseRegisterTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string Officer = "lst.officer1";
    private const string Head = "lst.head";
    private const string Admin = "lst.admin";
    private static readonly string[] Fraud = ["Fraud"];
    private static readonly string[] NoGrounds = [];
    private static readonly string[] Procedural = ["ProceduralBreach"];
    private static int _serial;

    private DateOnly Today => ChinaClock.Today(Server.Clock);

    private static object ItemBody(string code, bool commitment = true, int statutory = 20, int promised = 3, string? obligations = "按承诺配备卫生设施", bool keyMaterial = true) => new
    {
        code,
        name = "公共场所卫生许可（测试" + code + "）",
        kind = "New",
        specialty = "PublicPlaces",
        licenseType = LicenseRegisterDemo.PublicPlaceType,
        legalBasis = "《公共场所卫生管理条例》第四条",
        conditions = "卫生条件符合国家标准",
        statutoryDays = statutory,
        promisedDays = promised,
        commitmentAllowed = commitment,
        commitmentObligations = obligations,
        siteCheckRequired = true,
        allowRongque = false,
        validityYears = 4,
        acceptingUnit = "冷水滩区卫生健康局",
        approvingUnit = "冷水滩区卫生健康局",
        materials = new[] { new { name = "申请表", key = keyMaterial, mayBeMissing = false, form = "原件", copies = 1 } },
        steps = new[] { new { name = "受理", actor = "窗口", days = 0 }, new { name = "审核决定", actor = "局领导", days = 3 } },
    };

    private static string NewCode() => "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private async Task<JsonElement> CreateItemAsync(string code, bool commitment = true)
    {
        var r = await (await Server.SignedInAsync(Head)).PostAsJsonAsync("api/v1/license-items", ItemBody(code, commitment));
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<RegulatedEntity> EntityAsync()
    {
        var admin = await Server.SignedInAsync(Admin);
        var n = Interlocked.Increment(ref _serial);
        var digits = string.Concat(Guid.NewGuid().ToByteArray().Take(7).Select(b => (b % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var r = await admin.PostAsJsonAsync("api/v1/entities", new
        {
            partyKind = "Organization",
            name = $"许可测试宾馆{digits[..4]}{n}",
            creditCode = CreditCode.Complete("91431103MA" + digits),
            address = "永州市冷水滩区测试路" + n + "号",
            regionCode = "431103",
            specialty = "PublicPlaces",
            subType = "inn",
            legalRepresentative = "王经理",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        var id = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var scope = Server.ScopeAs(Actor.System("测试"));
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<RegulatedEntity>().AsNoTracking().SingleAsync(e => e.Id == id);
    }

    private async Task<Actor> ActorAsync(string userName, string role)
    {
        await using var scope = Server.ScopeAs(Actor.System("测试"));
        var u = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Users.AsNoTracking().SingleAsync(x => x.UserName == userName);
        return new Actor(u.Id, u.DisplayName, u.OrganizationId, new HashSet<string> { role }, false);
    }

    /// <summary>
    /// Test-only issue path until the application workflow is merged: <see cref="License.Issue"/> and, on commitment,
    /// <see cref="CommitmentRoute.ScheduleVerificationAsync"/> inside a server scope acting as the officer.
    /// </summary>
    private async Task<Guid> IssueAsync(RegulatedEntity e, bool commitment, DateOnly issuedOn, DateOnly? validUntil)
    {
        var officer = await ActorAsync(Officer, Roles.Officer);
        await using var scope = Server.ScopeAs(officer);
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var now = Server.Clock.GetUtcNow();
        var license = License.Issue(e.OrganizationId, e.Id, e.Name, e.CreditCode, LicenseRegisterDemo.PublicPlaceType, "TEST-" + Guid.NewGuid().ToString("N")[..10],
            "住宿", issuedOn, validUntil, null, commitment, officer.Name, now);
        db.Set<License>().Add(license);
        if (commitment)
        {
            await CommitmentRoute.EnsureEligibleAsync(db, e.Id, Today, CancellationToken.None);
            await CommitmentRoute.ScheduleVerificationAsync(db, license, scope.ServiceProvider.GetRequiredService<CalendarSource>(), issuedOn, now, CancellationToken.None);
        }

        await db.SaveChangesAsync();
        return license.Id;
    }

    private static async Task<JsonElement> LicenseAsync(HttpClient client, Guid id) => await client.GetFromJsonAsync<JsonElement>($"api/v1/licences/{id}");

    [Fact]
    public async Task A_failed_commitment_verification_ends_in_revocation_a_false_commitment_record_and_a_refused_commitment_route()
    {
        // Acceptance item 2 (R-LIC-11/12, R-CRD-6, R-INS-9).
        await CreateItemAsync(NewCode());
        var entity = await EntityAsync();
        var id = await IssueAsync(entity, commitment: true, Today, Today.AddYears(4).AddDays(-1));
        var officer = await Server.SignedInAsync(Officer);

        var license = await LicenseAsync(officer, id);
        var verification = license.GetProperty("verification");
        verification.GetProperty("status").GetString().ShouldBe("Pending");
        var taskId = verification.GetProperty("inspectionTaskId").GetGuid();
        await using (var scope = Server.ScopeAs(Actor.System("测试")))
        {
            // Two months (the R-LIC-12 rule parameter's default) on the official calendar: a due date on a day off moves on.
            var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync(scope.ServiceProvider.GetRequiredService<WeijianDb>(), CancellationToken.None);
            var expected = Weijian.Platform.Deadlines.Deadline.Compute(calendar, "R-LIC-12", "", Today, 2, Weijian.Platform.Deadlines.DeadlineUnit.Months).Due;
            verification.GetProperty("dueOn").GetString().ShouldBe(expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            calendar.IsWorkingDay(expected).ShouldBeTrue();
        }


        // The verification is a real, cap-exempt inspection task (许可现场核查) and a clock on the officer's 我的待办.
        var tasks = await officer.GetFromJsonAsync<JsonElement>("api/v1/tasks?kind=LicensingSiteCheck&pageSize=200");
        tasks.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldContain(taskId);
        var todo = await officer.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=200");
        todo.GetProperty("items").EnumerateArray().ShouldContain(d => d.GetProperty("subjectType").GetString() == CommitmentRoute.SubjectType && d.GetProperty("subjectId").GetString() == id.ToString());

        // 不属实 → rectification ordered by a date, an event on the license and a clock.
        var due = Today.AddDays(15);
        var r = await officer.PostAsJsonAsync($"api/v1/licences/{id}/verification", new { kept = false, finding = "承诺的消毒间未设置", rectificationDueOn = due });
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        license = await r.Content.ReadFromJsonAsync<JsonElement>();
        license.GetProperty("verification").GetProperty("status").GetString().ShouldBe("RectificationOrdered");
        license.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ShouldContain("RectificationOrdered");
        todo = await officer.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=200");
        var clocks = todo.GetProperty("items").EnumerateArray().Where(d => d.GetProperty("subjectId").GetString() == id.ToString()).ToList();
        clocks.Select(d => d.GetProperty("subjectType").GetString()).ShouldBe([CommitmentRoute.RectificationSubjectType]);
        clocks[0].GetProperty("due").GetString().ShouldBe(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        // 未整改到位 revokes: an officer may not (撤销 is the head's decision, R-LIC-9); the head must confirm the public-interest bar.
        (await officer.PostAsJsonAsync($"api/v1/licences/{id}/verification/conclude", new { rectified = false, note = "期满未整改", publicInterestConsidered = true }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var head = await Server.SignedInAsync(Head);
        var unconsidered = await head.PostAsJsonAsync($"api/v1/licences/{id}/verification/conclude", new { rectified = false, note = "期满未整改" });
        (await Problem.ReadAsync(unconsidered)).Fields.ShouldContain("publicInterestConsidered");
        r = await head.PostAsJsonAsync($"api/v1/licences/{id}/verification/conclude", new { rectified = false, note = "期满未整改", publicInterestConsidered = true });
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        license = await r.Content.ReadFromJsonAsync<JsonElement>();
        license.GetProperty("license").GetProperty("status").GetString().ShouldBe("Revoked");
        license.GetProperty("verification").GetProperty("status").GetString().ShouldBe("FalseCommitment");
        license.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldContain("撤销行政许可决定书");

        // FalseCommitmentFound and LicenseRevoked were raised in the same unit of work (audited for the credit record, R-CRD-6).
        await using (var scope = Server.ScopeAs(Actor.System("测试")))
        {
            var actions = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<AuditEntry>().AsNoTracking()
                .Where(a => a.SubjectId == id.ToString()).Select(a => a.Action).ToListAsync();
            actions.ShouldContain(LicenseAudit.FalseCommitmentFound);
            actions.ShouldContain(LicenseAudit.Revoked);
        }

        // R-LIC-11: the commitment route is refused for that entity until repaired.
        await using (var scope = Server.ScopeAs(await ActorAsync(Officer, Roles.Officer)))
        {
            var refused = await Should.ThrowAsync<DomainRuleException>(() =>
                CommitmentRoute.EnsureEligibleAsync(scope.ServiceProvider.GetRequiredService<WeijianDb>(), entity.Id, Today, CancellationToken.None));
            refused.Code.ShouldBe(CommitmentRoute.RefusedCode);
        }

        // The false commitment went into the credit record as a serious record (R-CRD-6): the entity is grade D, and
        // the route is refused for both reasons.
        await using (var scope = Server.ScopeAs(await ActorAsync(Officer, Roles.Officer)))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            (await db.Set<RegulatedEntity>().Where(e => e.Id == entity.Id).Select(e => e.CreditGrade).SingleAsync()).ShouldBe("D");
        }

        // The one repair path is the credit module's (谁认定、谁修复, R-CRD-2/4): the licensing repair endpoint is gone.
        (await head.PostAsJsonAsync($"api/v1/licences/{id}/verification/repair", new { reason = "已完成信用修复" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var records = await officer.GetFromJsonAsync<JsonElement>($"api/v1/credit-records?source=FalseCommitment&entityId={entity.Id}&pageSize=10");
        var record = records.GetProperty("items").EnumerateArray().Single();
        var recordId = record.GetProperty("id").GetGuid();
        var min = DateOnly.Parse(record.GetProperty("minUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var saved = Server.Clock.Offset;
        try
        {
            // From the minimum publication period on (R-CRD-1), the window files the repair request and the bureau approves it.
            Server.Clock.Offset += TimeSpan.FromDays(Math.Max(0, min.DayNumber - Today.DayNumber));
            // Sessions signed in before the clock moved have expired: sign in again.
            var window = await Server.SignedInAsync("lst.window");
            var deciding = await Server.SignedInAsync(Head);
            using var form = new MultipartFormDataContent
            {
                { new StringContent(record.GetProperty("partyCreditCode").GetString()!), "creditCode" },
                { new StringContent(record.GetProperty("sourceNumber").GetString()!), "decisionNumber" },
                { new StringContent("王经理"), "applicant" },
                { new StringContent("0746-8888888"), "contact" },
                { new StringContent("承诺的消毒间已设置并经核查"), "statement" },
            };
            form.Add(new ByteArrayContent("整改完成证明"u8.ToArray()), "files", "rectified.txt");
            var applied = await window.PostAsync("api/v1/credit-records/repair-requests", form);
            applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
            var requestId = (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var decided = await deciding.PostAsJsonAsync($"api/v1/credit-records/{recordId}/repair-requests/{requestId}/decision", new { approve = true, reasons = "已整改到位，经核查属实" });
            decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());

            // The same unit of work marked the licensing finding repaired: the commitment route is open again (R-LIC-11).
            var repaired = await LicenseAsync(await Server.SignedInAsync(Officer), id);
            repaired.GetProperty("verification").GetProperty("repairedOn").GetString().ShouldNotBeNull();
            await using var scope = Server.ScopeAs(await ActorAsync(Officer, Roles.Officer));
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            (await db.Set<RegulatedEntity>().Where(e => e.Id == entity.Id).Select(e => e.CreditGrade).SingleAsync()).ShouldNotBe("D");
            await CommitmentRoute.EnsureEligibleAsync(db, entity.Id, Today, CancellationToken.None);
            (await db.Set<AuditEntry>().AsNoTracking().Where(a => a.SubjectId == id.ToString()).Select(a => a.Action).ToListAsync()).ShouldContain(LicenseAudit.FalseCommitmentRepaired);
        }
        finally
        {
            Server.Clock.Offset = saved;
        }

        var stats = await officer.GetFromJsonAsync<JsonElement>("api/v1/licences/commitment-statistics");
        stats.GetProperty("revoked").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task A_kept_or_rectified_commitment_keeps_the_license_and_closes_the_clocks()
    {
        var officer = await Server.SignedInAsync(Officer);
        var kept = await IssueAsync(await EntityAsync(), true, Today, Today.AddYears(4));
        var r = await officer.PostAsJsonAsync($"api/v1/licences/{kept}/verification", new { kept = true, finding = "与承诺一致" });
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verification").GetProperty("status").GetString().ShouldBe("Kept");

        var rectified = await IssueAsync(await EntityAsync(), true, Today, Today.AddYears(4));
        (await officer.PostAsJsonAsync($"api/v1/licences/{rectified}/verification", new { kept = false, finding = "x" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostAsJsonAsync($"api/v1/licences/{rectified}/verification", new { kept = false, finding = "未设置消毒间", rectificationDueOn = Today.AddDays(10) })).EnsureSuccessStatusCode();
        r = await officer.PostAsJsonAsync($"api/v1/licences/{rectified}/verification/conclude", new { rectified = true, note = "已整改" });
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        var view = await r.Content.ReadFromJsonAsync<JsonElement>();
        view.GetProperty("license").GetProperty("status").GetString().ShouldBe("Valid");
        view.GetProperty("verification").GetProperty("status").GetString().ShouldBe("Rectified");

        var todo = await officer.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=200");
        todo.GetProperty("items").EnumerateArray().ShouldNotContain(d => d.GetProperty("subjectId").GetString() == kept.ToString() || d.GetProperty("subjectId").GetString() == rectified.ToString());

        // A second verification of the same license is refused (409).
        (await officer.PostAsJsonAsync($"api/v1/licences/{kept}/verification", new { kept = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Item_validation_names_the_field_and_a_revision_keeps_the_previous_text_in_the_audit_chain()
    {
        var head = await Server.SignedInAsync(Head);
        async Task<Problem> Refused(object body)
        {
            var r = await head.PostAsJsonAsync("api/v1/license-items", body);
            r.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await r.Content.ReadAsStringAsync());
            return await Problem.ReadAsync(r);
        }

        (await Refused(ItemBody(NewCode(), promised: 25))).Fields.ShouldBe(["promisedDays"]);
        (await Refused(ItemBody(NewCode(), obligations: null))).Fields.ShouldBe(["commitmentObligations"]);
        (await Refused(ItemBody(NewCode(), keyMaterial: false))).Fields.ShouldBe(["materials"]);
        var code = NewCode();
        var item = await CreateItemAsync(code);
        (await Refused(ItemBody(code))).Fields.ShouldBe(["code"]);
        item.GetProperty("compressionRatio").GetDecimal().ShouldBe(0.85m);

        // Only the catalogue keepers edit the list.
        (await (await Server.SignedInAsync(Officer)).PostAsJsonAsync("api/v1/license-items", ItemBody(NewCode()))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var id = item.GetProperty("id").GetGuid();
        var revised = await head.PutAsJsonAsync($"api/v1/license-items/{id}", ItemBody(code, promised: 0));
        revised.StatusCode.ShouldBe(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync());
        var v = await revised.Content.ReadFromJsonAsync<JsonElement>();
        v.GetProperty("decidedOnTheSpot").GetBoolean().ShouldBeTrue();
        await using (var scope = Server.ScopeAs(Actor.System("测试")))
        {
            var payload = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<AuditEntry>().AsNoTracking()
                .Where(a => a.SubjectId == id.ToString() && a.Action == "licence-item.revised").Select(a => a.Payload).SingleAsync();
            payload.ShouldContain("\"previous\"");
            payload.ShouldContain("\"promisedDays\":3");
            payload.ShouldContain("\"promisedDays\":0");
        }

        var list = await head.GetFromJsonAsync<JsonElement>($"api/v1/license-items?q={code}");
        list.GetProperty("items").GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("compression").GetProperty("decidedOnTheSpot").GetInt32().ShouldBeGreaterThanOrEqualTo(1);

        (await head.PostAsJsonAsync($"api/v1/license-items/{id}/withdraw", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await head.PostAsJsonAsync($"api/v1/license-items/{id}/withdraw", new { reason = "事项取消" })).EnsureSuccessStatusCode();
        (await Server.Anonymous().GetAsync($"public/guides/item/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_demo_guide_qr_code_opens_its_guide_page()
    {
        // Acceptance item 3 (R-TRS-2): the printed code leads to the published 办事指南.
        var anonymous = Server.Anonymous();
        Guid[] orgs;
        await using (var scope = Server.ScopeAs(Actor.System("测试")))
        {
            orgs = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<Weijian.Licensing.Items.LicenseItem>().AsNoTracking()
                .Select(i => i.OrganizationId).Distinct().ToArrayAsync();
        }

        orgs.Length.ShouldBeGreaterThanOrEqualTo(2);
        var checkedGuides = 0;
        foreach (var org in orgs)
        {
            var listPage = await anonymous.GetAsync($"public/guides/{org}");
            listPage.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await listPage.Content.ReadAsStringAsync();
            var ids = System.Text.RegularExpressions.Regex.Matches(html, "/public/guides/item/([0-9a-f-]{36})").Select(m => m.Groups[1].Value).Distinct().ToList();
            ids.ShouldNotBeEmpty();
            foreach (var id in ids)
            {
                var png = await anonymous.GetAsync($"public/guides/item/{id}/qr.png");
                png.StatusCode.ShouldBe(HttpStatusCode.OK);
                png.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
                var address = new Uri(QrImage.Decode(await png.Content.ReadAsByteArrayAsync()));
                address.AbsolutePath.ShouldBe($"/public/guides/item/{id}");
                var page = await anonymous.GetAsync(address.PathAndQuery.TrimStart('/'));
                page.StatusCode.ShouldBe(HttpStatusCode.OK);
                var guide = await page.Content.ReadAsStringAsync();
                guide.ShouldContain("申请材料");
                guide.ShouldContain("<svg");
                checkedGuides++;
            }
        }

        checkedGuides.ShouldBeGreaterThanOrEqualTo(2);
        var first = await CreateItemAsync(NewCode());
        var svg = await anonymous.GetStringAsync($"public/guides/item/{first.GetProperty("id").GetGuid()}/qr.svg");
        svg.ShouldStartWith("<svg");
        svg.ShouldContain("viewBox");
        (await anonymous.GetAsync($"public/guides/item/{Guid.NewGuid()}/qr.png")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Revocation_needs_a_head_grounds_and_the_public_interest_bar_and_raises_the_decision()
    {
        // R-LIC-9 (行政许可法第六十九条).
        var id = await IssueAsync(await EntityAsync(), false, Today.AddDays(-30), Today.AddYears(4));
        var officer = await Server.SignedInAsync(Officer);
        var head = await Server.SignedInAsync(Head);
        (await officer.PostAsJsonAsync($"api/v1/licences/{id}/revoke", new { grounds = Fraud, reason = "伪造材料", publicInterestConsidered = true }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(await head.PostAsJsonAsync($"api/v1/licences/{id}/revoke", new { grounds = NoGrounds, reason = "伪造材料", publicInterestConsidered = true })))
            .Fields.ShouldBe(["grounds"]);
        var barred = await head.PostAsJsonAsync($"api/v1/licences/{id}/revoke", new { grounds = Procedural, reason = "程序违法", publicInterestConsidered = true, seriousPublicHarm = true });
        barred.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Problem.ReadAsync(barred)).Code.ShouldBe("licensing.revocation-barred");
        var r = await head.PostAsJsonAsync($"api/v1/licences/{id}/revoke", new { grounds = Fraud, reason = "以伪造的检测报告取得许可", publicInterestConsidered = true });
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        var v = await r.Content.ReadFromJsonAsync<JsonElement>();
        v.GetProperty("license").GetProperty("status").GetString().ShouldBe("Revoked");
        v.GetProperty("statusReason").GetString()!.ShouldContain("欺骗、贿赂");

        // A revoked license is then cancelled ex officio (R-LIC-9, 第七十条) with a 注销公告; it cannot be revoked twice.
        (await head.PostAsJsonAsync($"api/v1/licences/{id}/revoke", new { grounds = Fraud, reason = "再次", publicInterestConsidered = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        r = await officer.PostAsJsonAsync($"api/v1/licences/{id}/cancel", new { ground = "Revoked" });
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        v = await r.Content.ReadFromJsonAsync<JsonElement>();
        v.GetProperty("license").GetProperty("status").GetString().ShouldBe("Cancelled");
        v.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldBe(["撤销行政许可决定书", "注销行政许可公告"]);
    }

    [Fact]
    public async Task Cancellation_grounds_must_fit_the_license()
    {
        var id = await IssueAsync(await EntityAsync(), false, Today.AddDays(-30), Today.AddYears(4));
        var officer = await Server.SignedInAsync(Officer);
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/licences/{id}/cancel", new { ground = "Expired" }))).Fields.ShouldBe(["ground"]);
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/licences/{id}/cancel", new { ground = "Revoked" }))).Fields.ShouldBe(["ground"]);
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/licences/{id}/cancel", new { ground = "" }))).Fields.ShouldBe(["ground"]);
        (await officer.PostAsJsonAsync($"api/v1/licences/{id}/cancel", new { ground = "Dissolved", note = "已注销登记" })).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"api/v1/licences/{id}/recheck", new { note = "复核" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_public_place_license_is_due_for_recheck_two_years_after_issue_and_the_recheck_moves_it_on()
    {
        // R-LIC-13 (interval is a rule parameter, default 2 years).
        await CreateItemAsync(NewCode());
        var id = await IssueAsync(await EntityAsync(), false, Today.AddYears(-2).AddDays(-10), Today.AddYears(2));
        var officer = await Server.SignedInAsync(Officer);
        var v = await LicenseAsync(officer, id);
        v.GetProperty("license").GetProperty("recheckDue").GetBoolean().ShouldBeTrue();
        var due = await officer.GetFromJsonAsync<JsonElement>("api/v1/licences?recheckDue=true&pageSize=200");
        due.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ShouldContain(id);
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/licences/{id}/recheck", new { note = "" }))).Fields.ShouldBe(["note"]);
        var r = await officer.PostAsJsonAsync($"api/v1/licences/{id}/recheck", new { note = "经复核，卫生条件符合要求" });
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        v = await r.Content.ReadFromJsonAsync<JsonElement>();
        v.GetProperty("license").GetProperty("recheckDue").GetBoolean().ShouldBeFalse();
        DateOnly.Parse(v.GetProperty("license").GetProperty("recheckDueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(Today.AddYears(2));
    }

    [Fact]
    public async Task The_sweep_reminds_once_before_the_renewal_cutoff_and_expires_unrenewed_licenses()
    {
        // R-LIC-8: renewal 30 days before expiry; the sweep is idempotent (CLI twice).
        var expiring = await IssueAsync(await EntityAsync(), false, Today.AddYears(-4).AddDays(45), Today.AddDays(44));
        var lapsed = await IssueAsync(await EntityAsync(), false, Today.AddYears(-4).AddDays(-5), Today.AddDays(-6));
        var first = await Server.RunCliAsync("licensing", "remind");
        first.ExitCode.ShouldBe(0, first.Stderr);
        var second = await Server.RunCliAsync("licensing", "remind");
        second.ExitCode.ShouldBe(0, second.Stderr);
        second.Stdout.ShouldContain("许可证到期提醒 0 件");
        (await Server.RunCliAsync("licensing", "remind", "--org", "x")).ExitCode.ShouldBe(2);

        var officer = await Server.SignedInAsync(Officer);
        var v = await LicenseAsync(officer, expiring);
        v.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("kind").GetString() == "ExpiryReminded").ShouldBe(1);
        v.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("title").GetString()).ShouldBe(["许可证到期提醒"]);
        var window = await Server.SignedInAsync("lst.window");
        var todo = await window.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=200");
        todo.GetProperty("items").EnumerateArray().Count(d => d.GetProperty("subjectId").GetString() == expiring.ToString()).ShouldBe(1);

        v = await LicenseAsync(officer, lapsed);
        v.GetProperty("license").GetProperty("status").GetString().ShouldBe("Expired");
        var expiringSoon = await officer.GetFromJsonAsync<JsonElement>("api/v1/licences?expiringWithinDays=60&pageSize=200");
        expiringSoon.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ShouldContain(expiring);
    }

    [Fact]
    public async Task Another_bureau_gets_404_on_items_licenses_and_their_actions()
    {
        var item = await CreateItemAsync(NewCode());
        var id = await IssueAsync(await EntityAsync(), true, Today, Today.AddYears(4));
        var other = await Server.SignedInAsync("ll.officer1");
        (await other.GetAsync($"api/v1/license-items/{item.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"api/v1/licences/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"api/v1/licences/{id}/verification", new { kept = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"api/v1/licences/{id}/recheck", new { note = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await other.GetFromJsonAsync<JsonElement>("api/v1/licences?pageSize=200");
        list.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ShouldNotContain(id);
    }

    [Fact]
    public async Task The_demo_has_licenses_in_every_state_and_commitment_verifications_in_every_outcome()
    {
        var officer = await Server.SignedInAsync(Officer);
        foreach (var status in new[] { "Valid", "Expired", "Cancelled", "Revoked" })
        {
            var l = await officer.GetFromJsonAsync<JsonElement>($"api/v1/licences?status={status}");
            l.GetProperty("total").GetInt32().ShouldBeGreaterThan(0, status);
        }

        (await officer.GetFromJsonAsync<JsonElement>("api/v1/licences?expiringWithinDays=60")).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        (await officer.GetFromJsonAsync<JsonElement>("api/v1/licences?recheckDue=true")).GetProperty("total").GetInt32().ShouldBeGreaterThan(0);
        var stats = await officer.GetFromJsonAsync<JsonElement>("api/v1/licences/commitment-statistics");
        foreach (var figure in new[] { "kept", "rectified", "revoked", "pending" })
        {
            stats.GetProperty(figure).GetInt32().ShouldBeGreaterThan(0, figure);
        }
    }
}

public sealed class LicenseRegisterTests_Sqlite(SqliteServer server) : LicenseRegisterTests<SqliteServer>(server);

public sealed class LicenseRegisterTests_Postgres(PostgresServer server) : LicenseRegisterTests<PostgresServer>(server);
