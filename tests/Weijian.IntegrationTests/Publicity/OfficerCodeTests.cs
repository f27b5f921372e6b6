using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Publicity.Officers;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Publicity;

/// <summary>
/// Issue #7 事中 (R-TRS-2, R-TRS-3, R-OFF-1…5): the public officer directory without personal data, 执法亮码 validity through
/// the decoded QR image (acceptance 3), visit confirmation only by the right entity during the visit, one rating,
/// anonymity to the inspecting officers, supervision of the subtree only, the complaint handler's recusal, tenant
/// isolation, the CLI verb and the demo — on both providers.
/// </summary>
public abstract partial class OfficerCodeTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string O = "lst.officer1";
    private static readonly string[] PublicPlaces = ["PublicPlaces"];
    private static readonly string[] Items = ["CC-GG-01"];
    private static int _serial;

    private DateOnly Today => ChinaClock.Today(Server.Clock);

    private async Task<Guid> BureauAsync(string region)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Organizations
            .Where(o => o.RegionCode == region && o.Kind == OrganizationKind.CountyBureau).Select(o => o.Id).SingleAsync();
    }

    private async Task<Guid> OfficerIdAsync(string userName)
    {
        using var admin = await Server.SignedInAsync(userName[..userName.IndexOf('.')] + ".admin");
        var officers = await admin.GetFromJsonAsync<JsonElement>("api/v1/officers?pageSize=200");
        return officers.GetProperty("items").EnumerateArray().First(o => o.GetProperty("userName").GetString() == userName).GetProperty("id").GetGuid();
    }

    private async Task<string> TokenAsync(string userName)
    {
        var id = await OfficerIdAsync(userName);
        using var admin = await Server.SignedInAsync(userName[..userName.IndexOf('.')] + ".admin");
        var codes = await admin.GetFromJsonAsync<JsonElement>($"api/v1/officer-codes/officers/{id}");
        return codes.EnumerateArray().First(c => c.GetProperty("active").GetBoolean()).GetProperty("token").GetString()!;
    }

    private async Task<(Guid Id, string CreditCode)> EntityAsync()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var n = Interlocked.Increment(ref _serial);
        var digits = string.Concat(Guid.NewGuid().ToByteArray().Take(7).Select(b => (b % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var code = CreditCode.Complete("91431103MA" + digits);
        var r = await admin.PostAsJsonAsync("api/v1/entities", new
        {
            partyKind = "Organization",
            name = $"亮码测试宾馆{digits}{n}",
            creditCode = code,
            address = "永州市冷水滩区测试路" + n + "号",
            regionCode = "431103",
            specialty = "PublicPlaces",
            subType = "inn",
            legalRepresentative = "王经理",
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return ((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), code);
    }

    private static async Task<JsonElement> PostOkAsync(HttpClient client, string path, object? body = null)
    {
        var r = await client.PostAsJsonAsync(path, body ?? new { });
        r.IsSuccessStatusCode.ShouldBeTrue($"{path}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A visit of lst.officer1 and lst.reviewer to a new entity on <paramref name="on"/>; started when asked.</summary>
    private async Task<(Guid Visit, string CreditCode)> VisitAsync(DateOnly on, bool start, Guid[]? officerIds = null)
    {
        var (entity, code) = await EntityAsync();
        using var officer = await Server.SignedInAsync(O);
        await PostOkAsync(officer, "api/v1/inspections/tasks", new { entityId = entity, kind = "Complaint", reason = "亮码测试", itemCodes = Items, dueBy = on.AddDays(5) });
        var v = await PostOkAsync(officer, "api/v1/inspections", new { entityId = entity, plannedOn = on, officerIds = officerIds ?? [await OfficerIdAsync(O), await OfficerIdAsync("lst.reviewer")] });
        var id = v.GetProperty("id").GetGuid();
        if (start)
        {
            var started = await PostOkAsync(officer, $"api/v1/inspections/{id}/start");
            var lines = started.GetProperty("checklist").EnumerateArray().Select((_, i) => new { index = i, result = "合格" }).ToList();
            await PostOkAsync(officer, $"api/v1/inspections/{id}/record", new { lines });
        }

        return (id, code);
    }

    private async Task CompleteAsync(Guid visit)
    {
        using var officer = await Server.SignedInAsync(O);
        await PostOkAsync(officer, $"api/v1/inspections/{visit}/complete", new { conclusion = "NoProblem" });
    }

    private Task<HttpResponseMessage> ConfirmAsync(string token, string? entityCode) =>
        Server.Anonymous().PostAsJsonAsync("api/v1/public/visit-confirmations", new { token, entityCode });

    private Task<HttpResponseMessage> RateAsync(string ratingToken, string satisfaction = "Satisfied", string? complaint = null) =>
        Server.Anonymous().PostAsJsonAsync("api/v1/public/visit-ratings", new { ratingToken, satisfaction, credentialsShown = true, askedBeyondLaw = false, comment = "规范", complaint });

    private async Task<(Guid Id, string Token)> NewOfficerWithCodeAsync(string? validUntil = "2030-12-31")
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var n = Interlocked.Increment(ref _serial);
        var digits = string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (b % 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var created = await admin.PostAsJsonAsync("api/v1/officers", new
        {
            name = "亮码测试员" + n,
            credentialNumber = "湘卫执2025" + digits,
            issuingAuthority = "湖南省人民政府",
            enforcementCategory = "卫生健康",
            enforcementArea = "永州市冷水滩区",
            validFrom = "2020-01-01",
            validUntil,
            specialties = PublicPlaces,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var code = await PostOkAsync(admin, "api/v1/officer-codes", new { officerId = id });
        return (id, code.GetProperty("token").GetString()!);
    }

    /// <summary>Acceptance 3: decode the QR image as a phone would and open the address it carries (on this server).</summary>
    private async Task<string> ScanAsync(string token)
    {
        using var anonymous = Server.Anonymous();
        var png = await anonymous.GetByteArrayAsync($"public/officers/code/{token}/qr.png");
        var url = QrImage.Decode(png);
        url.ShouldBe($"{DocumentSettings.DefaultPublicBaseUrl}/public/officers/code/{token}");
        return await anonymous.GetStringAsync(new Uri(url).PathAndQuery.TrimStart('/'));
    }

    [GeneratedRegex("id=\"verdict\">\\s*<strong>(有效|无效)</strong>")]
    private static partial Regex Verdict();

    [Fact]
    public async Task A_decoded_qr_code_opens_a_page_saying_valid_for_a_valid_officer_and_invalid_for_a_suspended_or_expired_one_acceptance_3_R_TRS_3()
    {
        var valid = await ScanAsync(await TokenAsync(O));
        Verdict().Match(valid).Groups[1].Value.ShouldBe("有效");
        valid.ShouldContain("永州市冷水滩区卫生健康局");

        var (suspended, suspendedToken) = await NewOfficerWithCodeAsync();
        Verdict().Match(await ScanAsync(suspendedToken)).Groups[1].Value.ShouldBe("有效");
        using var admin = await Server.SignedInAsync("lst.admin");
        await PostOkAsync(admin, $"api/v1/officers/{suspended}/status", new { status = "Suspended", reason = "涉嫌违纪，暂扣执法证" });
        var page = await ScanAsync(suspendedToken);
        Verdict().Match(page).Groups[1].Value.ShouldBe("无效");
        page.ShouldContain("暂扣");

        var (_, expiredToken) = await NewOfficerWithCodeAsync(Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var expired = await ScanAsync(expiredToken);
        Verdict().Match(expired).Groups[1].Value.ShouldBe("无效");
        expired.ShouldContain("到期");
        var json = await Server.Anonymous().GetFromJsonAsync<JsonElement>($"api/v1/public/officer-codes/{expiredToken}");
        json.GetProperty("verdict").GetString().ShouldBe("无效");
        json.GetProperty("validToday").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_reissued_code_voids_the_old_token_which_then_says_so_and_has_no_image_any_more()
    {
        var (officer, oldToken) = await NewOfficerWithCodeAsync();
        using var head = await Server.SignedInAsync("lst.head");
        var missing = await Problem.ReadAsync(await head.PostAsJsonAsync($"api/v1/officer-codes/officers/{officer}/reissue", new { reason = "" }));
        missing.Fields.ShouldContain("reason");
        var next = await PostOkAsync(head, $"api/v1/officer-codes/officers/{officer}/reissue", new { reason = "执法证卡片遗失" });
        var newToken = next.GetProperty("token").GetString()!;
        newToken.ShouldNotBe(oldToken);
        var old = await Server.Anonymous().GetStringAsync($"public/officers/code/{oldToken}");
        Verdict().Match(old).Groups[1].Value.ShouldBe("无效");
        old.ShouldContain("已作废");
        old.ShouldContain("执法证卡片遗失");
        (await Server.Anonymous().GetAsync($"public/officers/code/{oldToken}/qr.png")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        Verdict().Match(await ScanAsync(newToken)).Groups[1].Value.ShouldBe("有效");
        (await Server.Anonymous().GetAsync("public/officers/code/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var scope = Server.ScopeAs(Actor.System());
        var audit = await scope.ServiceProvider.GetRequiredService<WeijianDb>().AuditEntries.CountAsync(a => a.Action == OfficerCodeSteps.Reissue && a.SubjectId == next.GetProperty("id").GetGuid().ToString());
        audit.ShouldBe(1);
    }

    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex Phone();

    [Fact]
    public async Task The_public_directory_lists_name_credential_category_area_and_validity_and_no_other_personal_data_R_TRS_2()
    {
        var org = await BureauAsync("431103");
        using var anonymous = Server.Anonymous();
        var page = await anonymous.GetStringAsync($"public/officers?org={org}");
        page.ShouldContain("行政执法人员公示");
        page.ShouldContain("湘");
        IdNumber().IsMatch(page).ShouldBeFalse();
        Phone().IsMatch(page).ShouldBeFalse();
        page.ShouldNotContain("lst.officer1");

        var api = await anonymous.GetFromJsonAsync<JsonElement>($"api/v1/public/officers?org={org}&pageSize=200");
        var raw = api.GetRawText();
        IdNumber().IsMatch(raw).ShouldBeFalse();
        Phone().IsMatch(raw).ShouldBeFalse();
        var first = api.GetProperty("officers").GetProperty("items")[0];
        first.EnumerateObject().Select(p => p.Name).ShouldBe(["name", "credentialNumber", "enforcementCategory", "enforcementArea", "organizationName", "validToday", "validity"], ignoreOrder: true);

        var name = first.GetProperty("name").GetString()!;
        var found = await anonymous.GetFromJsonAsync<JsonElement>($"api/v1/public/officers?org={org}&q={Uri.EscapeDataString(name)}");
        found.GetProperty("officers").GetProperty("items").EnumerateArray().ShouldAllBe(o => o.GetProperty("name").GetString()!.Contains(name));
        var paged = await anonymous.GetFromJsonAsync<JsonElement>($"api/v1/public/officers?org={org}&pageSize=1&page=2");
        paged.GetProperty("officers").GetProperty("items").GetArrayLength().ShouldBe(1);
        (await anonymous.GetStringAsync($"public/officers?org={org}&q=不存在的姓名")).ShouldContain("没有符合条件的执法人员");
        (await anonymous.GetAsync($"public/officers?org={Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_inspected_entity_confirms_during_the_visit_each_officer_once_and_rates_once_after_completion_R_TRS_3()
    {
        var (visit, code) = await VisitAsync(Today, start: true);
        var token = await TokenAsync(O);

        var wrong = await Problem.ReadAsync(await ConfirmAsync(token, "ZZZZ99"));
        wrong.Code.ShouldBe("visit.entity-code-mismatch");
        wrong.Fields.ShouldContain("entityCode");

        var ok = await ConfirmAsync(token, code[^6..].ToLowerInvariant());
        ok.StatusCode.ShouldBe(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
        var confirmed = await ok.Content.ReadFromJsonAsync<JsonElement>();
        var ratingToken = confirmed.GetProperty("ratingToken").GetString()!;
        ratingToken.Length.ShouldBe(32);

        (await Problem.ReadAsync(await ConfirmAsync(token, code))).Code.ShouldBe("visit.already-confirmed");
        var second = await ConfirmAsync(await TokenAsync("lst.reviewer"), code);
        second.StatusCode.ShouldBe(HttpStatusCode.OK, await second.Content.ReadAsStringAsync());
        var both = await second.Content.ReadFromJsonAsync<JsonElement>();
        both.GetProperty("ratingToken").ValueKind.ShouldBe(JsonValueKind.Null);
        both.GetProperty("officers").EnumerateArray().ShouldAllBe(o => o.GetProperty("shown").GetBoolean());

        (await Problem.ReadAsync(await RateAsync(ratingToken))).Code.ShouldBe("visit.not-completed");
        await CompleteAsync(visit);
        (await RateAsync("not-a-token")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var rated = await RateAsync(ratingToken);
        rated.StatusCode.ShouldBe(HttpStatusCode.OK, await rated.Content.ReadAsStringAsync());
        (await Problem.ReadAsync(await RateAsync(ratingToken, "Dissatisfied"))).Code.ShouldBe("visit.already-rated");
    }

    [Fact]
    public async Task A_visit_cannot_be_confirmed_before_its_day_or_after_it_ended_R_TRS_3()
    {
        // Two officers of their own, so no other visit of theirs is under way today.
        var (a, aToken) = await NewOfficerWithCodeAsync();
        var (b, _) = await NewOfficerWithCodeAsync();
        var (_, later) = await VisitAsync(Today.AddDays(3), start: false, [a, b]);
        (await Problem.ReadAsync(await ConfirmAsync(aToken, later))).Code.ShouldBe("visit.not-under-way");

        var (c, cToken) = await NewOfficerWithCodeAsync();
        var (d, _) = await NewOfficerWithCodeAsync();
        var (done, code) = await VisitAsync(Today, start: true, [c, d]);
        await CompleteAsync(done);
        try
        {
            Server.Clock.Offset = TimeSpan.FromDays(1);
            (await Problem.ReadAsync(await ConfirmAsync(cToken, code))).Code.ShouldBe("visit.not-under-way");
        }
        finally
        {
            Server.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task The_code_page_form_confirms_with_an_antiforgery_token_and_shows_the_rating_token_once()
    {
        var (_, code) = await VisitAsync(Today, start: true);
        var token = await TokenAsync(O);
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Server.BaseAddress };
        var page = await client.GetStringAsync($"public/officers/code/{token}");
        page.ShouldContain("被检查单位确认检查");
        var noToken = await client.PostAsync($"public/officers/code/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["EntityCode"] = code }));
        noToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var posted = await client.PostAsync($"public/officers/code/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["EntityCode"] = code,
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
        }));
        var html = await posted.Content.ReadAsStringAsync();
        html.ShouldContain("id=\"rating-token\"");
        html.ShouldContain("评价码只显示一次");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    /// <summary>A completed, confirmed and rated visit with a complaint; returns the complaint id.</summary>
    private async Task<Guid> ComplaintAsync()
    {
        var (visit, code) = await VisitAsync(Today, start: true);
        var confirmed = await (await ConfirmAsync(await TokenAsync(O), code)).Content.ReadFromJsonAsync<JsonElement>();
        await CompleteAsync(visit);
        var rated = await RateAsync(confirmed.GetProperty("ratingToken").GetString()!, "Dissatisfied", "检查人员要求提供与检查无关的资料");
        var body = await rated.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("complaintFiled").GetBoolean().ShouldBeTrue();
        using var head = await Server.SignedInAsync("lst.head");
        var list = await head.GetFromJsonAsync<JsonElement>("api/v1/visit-ratings?withComplaint=true&complaintStatus=Received&pageSize=200");
        var number = (await (await Server.SignedInAsync(O)).GetFromJsonAsync<JsonElement>($"api/v1/inspections/{visit}")).GetProperty("number").GetString();
        return list.GetProperty("items").EnumerateArray().First(r => r.GetProperty("inspectionNumber").GetString() == number).GetProperty("complaintId").GetGuid();
    }

    [Fact]
    public async Task Ratings_are_anonymous_to_the_inspecting_officers_who_see_only_aggregates()
    {
        var complaint = await ComplaintAsync();
        using var officer = await Server.SignedInAsync(O);
        (await officer.GetAsync("api/v1/visit-ratings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.GetAsync($"api/v1/visit-ratings/complaints/{complaint}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var stats = await officer.GetFromJsonAsync<JsonElement>("api/v1/officer-codes/statistics");
        stats.GetRawText().ShouldNotContain("检查人员要求提供与检查无关的资料");
        stats.GetRawText().ShouldNotContain("comment");
        var bureau = stats.GetProperty("bureaus").EnumerateArray().Single();
        bureau.GetProperty("visitsConfirmed").GetInt32().ShouldBeGreaterThan(0);
        bureau.GetProperty("ratings").GetInt32().ShouldBeGreaterThanOrEqualTo(OfficerCodeRules.AggregateMinimum);
        bureau.GetProperty("figuresShown").GetBoolean().ShouldBeTrue();
        var noClient = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Server.BaseAddress };
        (await noClient.GetAsync("Supervision/VisitRatings")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_supervising_level_sees_its_subtree_only_and_a_county_never_its_neighbour()
    {
        var lst = await BureauAsync("431103");
        var ll = await BureauAsync("431102");
        using var city = await Server.SignedInAsync("yz.supervisor");
        var all = await city.GetFromJsonAsync<JsonElement>("api/v1/visit-ratings?pageSize=200");
        var orgs = all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("organizationId").GetGuid()).Distinct().ToList();
        orgs.ShouldContain(lst);
        orgs.ShouldContain(ll);

        using var county = await Server.SignedInAsync("lst.supervisor");
        var own = await county.GetFromJsonAsync<JsonElement>("api/v1/visit-ratings?pageSize=200");
        own.GetProperty("items").EnumerateArray().ShouldAllBe(r => r.GetProperty("organizationId").GetGuid() == lst);
        (await county.GetAsync($"api/v1/visit-ratings?organizationId={ll}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var neighbourHead = await Server.SignedInAsync("ll.head");
        var theirs = await neighbourHead.GetFromJsonAsync<JsonElement>("api/v1/visit-ratings?pageSize=200");
        theirs.GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
        theirs.GetProperty("items").EnumerateArray().ShouldAllBe(r => r.GetProperty("organizationId").GetGuid() == ll);
        var filtered = await city.GetFromJsonAsync<JsonElement>("api/v1/visit-ratings?satisfaction=不满意&pageSize=200");
        filtered.GetProperty("items").EnumerateArray().ShouldAllBe(r => r.GetProperty("satisfaction").GetString() == "不满意");
    }

    [Fact]
    public async Task A_complaint_goes_to_the_bureau_heads_todo_and_is_handled_by_someone_not_involved_in_the_visit()
    {
        var complaint = await ComplaintAsync();
        using var head = await Server.SignedInAsync("lst.head");
        var todo = await head.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=200");
        todo.GetProperty("items").EnumerateArray().ShouldContain(d => d.GetProperty("subjectId").GetString() == complaint.ToString() && d.GetProperty("ruleId").GetString() == "R-OFF-5");

        var involved = await Problem.ReadAsync(await head.PostAsJsonAsync($"api/v1/visit-ratings/complaints/{complaint}/assign", new { handlerUserId = await UserIdAsync(O) }));
        involved.Code.ShouldBe("visit-complaint.handler-involved");
        var petition = await UserIdAsync("lst.petition");
        var assigned = await PostOkAsync(head, $"api/v1/visit-ratings/complaints/{complaint}/assign", new { handlerUserId = petition });
        assigned.GetProperty("status").GetString().ShouldBe("办理中");

        using var handler = await Server.SignedInAsync("lst.petition");
        var mine = await handler.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=200");
        mine.GetProperty("items").EnumerateArray().ShouldContain(d => d.GetProperty("subjectId").GetString() == complaint.ToString());
        using var officer = await Server.SignedInAsync(O);
        (await officer.PostAsJsonAsync($"api/v1/visit-ratings/complaints/{complaint}/answer", new { reply = "自己答复" })).IsSuccessStatusCode.ShouldBeFalse();
        var answered = await PostOkAsync(handler, $"api/v1/visit-ratings/complaints/{complaint}/answer", new { reply = "经核实，已对检查人员批评教育。" });
        answered.GetProperty("status").GetString().ShouldBe("已答复");

        using var city = await Server.SignedInAsync("yz.supervisor");
        (await city.GetFromJsonAsync<JsonElement>($"api/v1/visit-ratings/complaints/{complaint}")).GetProperty("reply").GetString().ShouldBe("经核实，已对检查人员批评教育。");
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    [Fact]
    public async Task Another_bureau_gets_404_for_codes_ratings_and_complaints_it_does_not_own()
    {
        var complaint = await ComplaintAsync();
        var officer = await OfficerIdAsync(O);
        using var neighbour = await Server.SignedInAsync("ll.head");
        (await neighbour.GetAsync($"api/v1/visit-ratings/complaints/{complaint}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.PostAsJsonAsync($"api/v1/visit-ratings/complaints/{complaint}/assign", new { handlerUserId = await UserIdAsync("ll.petition") })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.PostAsJsonAsync($"api/v1/officer-codes/officers/{officer}/reissue", new { reason = "冒领" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.GetAsync($"api/v1/officer-codes/officers/{officer}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await neighbour.GetFromJsonAsync<JsonElement>("api/v1/officer-codes?pageSize=200");
        list.GetProperty("items").EnumerateArray().ShouldAllBe(c => c.GetProperty("officerId").GetGuid() != officer);
    }

    [Fact]
    public async Task The_cli_issues_codes_to_credentialed_officers_lacking_one_and_refuses_bad_input_with_exit_2()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var n = Interlocked.Increment(ref _serial);
        var created = await admin.PostAsJsonAsync("api/v1/officers", new
        {
            name = "命令行测试员" + n,
            credentialNumber = "湘卫执2026" + (100000 + n),
            issuingAuthority = "湖南省人民政府",
            enforcementCategory = "卫生健康",
            enforcementArea = "永州市冷水滩区",
            validFrom = "2024-01-01",
            validUntil = "2030-12-31",
            specialties = PublicPlaces,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var run = await Server.RunCliAsync("officers", "codes", "--org", "431103");
        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("新发放执法亮码 1 个");
        (await Server.RunCliAsync("officers", "codes", "--org", "431103")).Stdout.ShouldContain("新发放执法亮码 0 个");
        (await Server.RunCliAsync("officers", "codes")).ExitCode.ShouldBe(2);
        (await Server.RunCliAsync("officers", "codes", "--org", "999999")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task The_demo_has_a_code_per_credentialed_officer_one_reissued_and_ratings_with_an_answered_and_a_pending_complaint()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var credentialed = await db.Set<Weijian.Registry.Officers.Officer>().Where(o => o.CredentialNumber != null).Select(o => o.Id).ToListAsync();
        var active = await db.Set<OfficerCode>().Where(c => c.RevokedAt == null).Select(c => c.OfficerId).ToListAsync();
        credentialed.ShouldAllBe(id => active.Contains(id));
        (await db.Set<OfficerCode>().CountAsync(c => c.RevokedAt != null && c.RevokedReason == "执法证卡片遗失，原亮码作废")).ShouldBeGreaterThanOrEqualTo(1);
        // The demo's visits ended before today; the other tests of this class rate today's visits.
        var today = Today;
        var demo = await db.Set<VisitConfirmation>().Where(c => c.ConfirmedOn < today).Select(c => c.Satisfaction).ToListAsync();
        demo.Count(s => s == VisitSatisfaction.Satisfied).ShouldBeGreaterThan(demo.Count(s => s != VisitSatisfaction.Satisfied));
        (await db.Set<VisitComplaint>().CountAsync(k => k.ReceivedOn < today && k.Status == ComplaintStatus.Answered && k.Reply != null)).ShouldBe(1);
        (await db.Set<VisitComplaint>().CountAsync(k => k.ReceivedOn < today && k.Status == ComplaintStatus.Received)).ShouldBe(1);
    }
}

public sealed class OfficerCodeTests_Sqlite(SqliteServer server) : OfficerCodeTests<SqliteServer>(server);

public sealed class OfficerCodeTests_Postgres(PostgresServer server) : OfficerCodeTests<PostgresServer>(server);
