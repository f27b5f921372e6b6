using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Licensing.Applicants;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Items;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Licensing;

/// <summary>
/// 申请人账号 and 我的申请 (issue #6, docs/adr/0017): registration refuses a taken or malformed phone and saves nothing; a
/// wrong password is refused; an application submitted while signed in is listed on 我的申请 with its status and clock,
/// and no other account lists or opens it; the applicant and staff cookies open only their own pages; 我的许可证 shows
/// the license once granted and the 到期提醒 near the renewal cut-off (R-LIC-8).
/// </summary>
public abstract partial class ApplicantAccountTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string Clerk = "lst.window";
    private const string Strong = "applicant-pass-1";

    private static readonly string[] TwoStaff = ["张伟", "刘芳"];

    private static readonly string[] Corrections = ["申请表须本人签字"];

    private static string NewPhone() =>
        "139" + (BitConverter.ToUInt32(Guid.NewGuid().ToByteArray(), 0) % 100_000_000).ToString("00000000", CultureInfo.InvariantCulture);

    private HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Server.BaseAddress };

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var form = await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = Token(form);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>Registers through the page (which signs the browser in) and returns the browser.</summary>
    private async Task<HttpClient> RegisteredAsync(string phone, string name, string kind = "个人", string? creditCode = null)
    {
        var browser = Browser();
        var r = await PostFormAsync(browser, "applicant/register", new Dictionary<string, string>
        {
            ["Phone"] = phone,
            ["DisplayName"] = name,
            ["Kind"] = kind,
            ["CreditCode"] = creditCode ?? "",
            ["Password"] = Strong,
            ["ConfirmPassword"] = Strong,
        });
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect, await r.Content.ReadAsStringAsync());
        r.Headers.Location!.OriginalString.ShouldBe("/applicant/applications");
        return browser;
    }

    private async Task<HttpClient> StaffBrowserAsync(string userName)
    {
        var browser = Browser();
        var r = await PostFormAsync(browser, "Account/Login", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = ServerFixture.Password });
        r.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    private async Task<LicenseItem> ItemAsync(string code)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = (await db.Users.SingleAsync(u => u.UserName == Clerk)).OrganizationId;
        return await db.Set<LicenseItem>().AsNoTracking().SingleAsync(i => i.OrganizationId == org && i.Code == code);
    }

    private async Task<Guid> ApplicationIdAsync(string number, Guid orgId)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<LicenseApplication>().Where(a => a.Number == number && a.OrganizationId == orgId).Select(a => a.Id).SingleAsync();
    }

    private async Task<int> AccountsWithPhoneAsync(string phone)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<ApplicantAccount>().CountAsync(a => a.Phone == phone);
    }

    private async Task<DomainRuleException> RegisterRefusedAsync(RegisterApplicant command)
    {
        await using var scope = Server.ScopeAs(Actor.Anonymous);
        return await Should.ThrowAsync<DomainRuleException>(() => scope.ServiceProvider.GetRequiredService<RegisterApplicantHandler>().HandleAsync(command, CancellationToken.None));
    }

    /// <summary>Applies online through the public form while signed in; returns the receipt number.</summary>
    private static async Task<string> ApplyAsync(HttpClient browser, LicenseItem item, string name, string? creditCode = null)
    {
        var start = await browser.GetAsync($"public/applications/apply/{item.Id}");
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var personal = start.Headers.Location!.OriginalString;
        personal.ShouldBe($"/applicant/apply/{item.Id}");
        var form = await browser.GetStringAsync(personal);
        form.ShouldContain($"value=\"{name}\""); // pre-filled from the account
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["ApplicantKind"] = creditCode is null ? "个人" : "单位",
            ["ApplicantName"] = name,
            ["CreditCode"] = creditCode ?? "",
            ["ContactPhone"] = "13900000000",
            ["Scope"] = "住宿",
        };
        foreach (var m in item.Materials)
        {
            fields["material:" + m.Name] = "Received";
        }

        var applied = await browser.PostAsync(personal, new FormUrlEncodedContent(fields));
        var html = await applied.Content.ReadAsStringAsync();
        applied.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain("本申请已关联您的申请人账号");
        var number = ReceiptPattern().Match(html).Groups[1].Value;
        number.ShouldNotBeEmpty(html);
        return number;
    }

    [Fact]
    public async Task Registration_refuses_a_taken_phone_with_its_code_and_a_malformed_phone_or_credit_code_and_saves_nothing()
    {
        var phone = NewPhone();
        using (await RegisteredAsync(phone, "注册测试张三"))
        {
        }

        (await RegisterRefusedAsync(new RegisterApplicant(phone, "冒名者", "个人", null, Strong))).Code.ShouldBe("applicant.phone-taken");
        (await AccountsWithPhoneAsync(phone)).ShouldBe(1);

        foreach (var bad in new[] { "12800000001", "1380000000", "138000000012", "phone-number" })
        {
            (await RegisterRefusedAsync(new RegisterApplicant(bad, "号码错误", "个人", null, Strong))).Code.ShouldBe("applicant.phone-invalid", bad);
            (await AccountsWithPhoneAsync(bad)).ShouldBe(0);
        }

        // A legal person's credit code is checked like the register checks it (GB 32100 check character).
        var other = NewPhone();
        var good = CreditCode.Complete("91431103MA4L00012");
        var wrongCheck = good[..17] + (good[17] == '0' ? '1' : '0');
        (await RegisterRefusedAsync(new RegisterApplicant(other, "校验码错误公司", "单位", wrongCheck, Strong))).Code.ShouldBe("applicant.credit-code-invalid");
        (await RegisterRefusedAsync(new RegisterApplicant(other, "没有代码公司", "单位", null, Strong))).Code.ShouldBe("validation.required");
        (await RegisterRefusedAsync(new RegisterApplicant(other, "弱密码", "个人", null, "short1"))).Code.ShouldBe("applicant.password-weak");
        (await AccountsWithPhoneAsync(other)).ShouldBe(0);

        // The page shows the refusal in Chinese next to the phone and keeps the visitor signed out.
        var page = await PostFormAsync(Browser(), "applicant/register", new Dictionary<string, string>
        {
            ["Phone"] = phone,
            ["DisplayName"] = "冒名者",
            ["Kind"] = "个人",
            ["Password"] = Strong,
            ["ConfirmPassword"] = Strong,
        });
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("该手机号已注册申请人账号");
        (page.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith("weijian.applicant=", StringComparison.Ordinal));

        // The registration is audited in the province's chain without the password or the full number.
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var id = (await db.Set<ApplicantAccount>().Where(a => a.Phone == phone).Select(a => a.Id).SingleAsync()).ToString();
        var audit = await db.AuditEntries.Where(e => e.SubjectId == id && e.Action == "applicant.registered").Select(e => e.Payload).SingleAsync();
        audit.ShouldNotContain(Strong);
        audit.ShouldNotContain(phone);
        audit.ShouldContain(ApplicantAccount.MaskPhone(phone));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_right_one_signs_in()
    {
        var phone = NewPhone();
        using (await RegisteredAsync(phone, "登录测试李四"))
        {
        }

        var browser = Browser();
        var wrong = await PostFormAsync(browser, "applicant/signin", new Dictionary<string, string> { ["Phone"] = phone, ["Password"] = "not-the-password-1" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("手机号或密码错误");
        (await browser.GetAsync("applicant/applications")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var unknown = await PostFormAsync(browser, "applicant/signin", new Dictionary<string, string> { ["Phone"] = NewPhone(), ["Password"] = Strong });
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("手机号或密码错误");

        var right = await PostFormAsync(browser, "applicant/signin", new Dictionary<string, string> { ["Phone"] = phone, ["Password"] = Strong });
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var mine = await browser.GetAsync("applicant/applications");
        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await mine.Content.ReadAsStringAsync()).ShouldContain("您还没有从本账号提交过申请"); // the empty state
    }

    [Fact]
    public async Task An_application_submitted_while_signed_in_is_on_my_applications_and_no_other_account_lists_or_opens_it()
    {
        var item = await ItemAsync("HS-ZC-01");
        using var mine = await RegisteredAsync(NewPhone(), "我的申请测试王五");
        var number = await ApplyAsync(mine, item, "我的申请测试王五");
        var id = await ApplicationIdAsync(number, item.OrganizationId);

        var list = await mine.GetAsync("applicant/applications");
        list.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var html = await list.Content.ReadAsStringAsync();
        html.ShouldContain(number);
        html.ShouldContain("待受理");
        html.ShouldContain("永州市冷水滩区卫生健康局");
        html.ShouldContain("剩余"); // the R-LIC-2 notice clock, as on the status page

        var details = await mine.GetAsync($"applicant/applications/{id}");
        details.StatusCode.ShouldBe(HttpStatusCode.OK);
        var detailsHtml = await details.Content.ReadAsStringAsync();
        detailsHtml.ShouldContain(number);
        detailsHtml.ShouldContain("办理过程");

        // The window tells the applicant what to supplement (R-LIC-2): the list follows the application's state.
        using (var clerk = await Server.SignedInAsync(Clerk))
        {
            var notified = await clerk.PostAsJsonAsync($"api/v1/applications/{id}/actions/notify-deficiency", new
            {
                materials = item.Materials.Select((m, i) => new { name = m.Name, state = i == 0 ? "Received" : "Missing" }),
                corrections = Corrections,
            });
            notified.IsSuccessStatusCode.ShouldBeTrue(await notified.Content.ReadAsStringAsync());
        }

        (await mine.GetStringAsync("applicant/applications")).ShouldContain("已一次性告知补正");
        (await mine.GetStringAsync($"applicant/applications/{id}")).ShouldContain("申请表须本人签字");

        // Another account neither lists nor opens it (404, as if it did not exist).
        using var other = await RegisteredAsync(NewPhone(), "另一个申请人");
        (await other.GetStringAsync("applicant/applications")).ShouldNotContain(number);
        (await other.GetAsync($"applicant/applications/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // An anonymous online application is on no account's list.
        var anonymous = await Server.Anonymous().PostAsJsonAsync("api/v1/public/applications", new { organizationId = item.OrganizationId, itemCode = item.Code, applicantName = "匿名申请人", applicantKind = "个人" });
        var anonymousNumber = (await anonymous.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        (await mine.GetStringAsync("applicant/applications")).ShouldNotContain(anonymousNumber);
        (await mine.GetAsync($"applicant/applications/{await ApplicationIdAsync(anonymousNumber, item.OrganizationId)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_staff_cookie_does_not_open_my_applications_and_an_applicant_cookie_opens_no_staff_page()
    {
        using var staff = await StaffBrowserAsync(Clerk);
        (await staff.GetAsync("Licensing/Applications")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var page in new[] { "applicant/applications", "applicant/licences", "applicant/password" })
        {
            var r = await staff.GetAsync(page);
            r.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            r.Headers.Location!.OriginalString.ShouldContain("/applicant/signin", customMessage: page);
        }

        using var applicant = await RegisteredAsync(NewPhone(), "越权测试赵六");
        (await applicant.GetAsync("applicant/applications")).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var page in new[] { "", "Licensing/Applications", "Todo", "Account/Password" })
        {
            var r = await applicant.GetAsync(page);
            r.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            r.Headers.Location!.OriginalString.ShouldContain("/Account/Login", customMessage: page);
        }

        (await applicant.GetAsync("api/v1/applications")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task My_licenses_shows_the_license_once_granted_on_the_accounts_application()
    {
        // A legal person of the register applies, so the grant can name the holder.
        var item = await ItemAsync("GGCS-XK-01");
        RegulatedEntity entity;
        await using (var scope = Server.ScopeAs(Actor.System()))
        {
            entity = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<RegulatedEntity>().AsNoTracking()
                .Where(e => e.OrganizationId == item.OrganizationId && e.PartyKind == PartyKind.Organization && e.Status == EntityStatus.Operating)
                .OrderBy(e => e.Name).FirstAsync();
        }

        using var browser = await RegisteredAsync(NewPhone(), entity.Name, "单位", entity.CreditCode);
        (await browser.GetStringAsync("applicant/licences")).ShouldContain("还没有经本账号申请取得的许可证");
        var number = await ApplyAsync(browser, item, entity.Name, entity.CreditCode);
        var id = await ApplicationIdAsync(number, item.OrganizationId);

        async Task ActAsync(string user, string action, object body)
        {
            using var client = await Server.SignedInAsync(user);
            var r = await client.PostAsJsonAsync($"api/v1/applications/{id}/actions/{action}", body);
            r.IsSuccessStatusCode.ShouldBeTrue($"{action}: {await r.Content.ReadAsStringAsync()}");
        }

        await ActAsync(Clerk, "accept", new { materials = item.Materials.Select(m => new { name = m.Name, state = "Received" }) });
        (await browser.GetStringAsync("applicant/licences")).ShouldContain("还没有经本账号申请取得的许可证"); // not before the grant
        await ActAsync("lst.officer1", "record-site-check", new { staff = TwoStaff, findings = "布局、卫生设施符合要求" });
        await ActAsync("lst.officer1", "record-review", new { opinion = "符合条件，建议准予许可" });
        await ActAsync("lst.head", "grant", new { });

        string licenseNumber;
        await using (var scope = Server.ScopeAs(Actor.System()))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var licenseId = await db.Set<LicenseApplication>().Where(a => a.Id == id).Select(a => a.LicenseId).SingleAsync();
            licenseNumber = await db.Set<Weijian.Licensing.Licenses.License>().Where(l => l.Id == licenseId).Select(l => l.Number).SingleAsync();
        }

        var licenses = await browser.GetStringAsync("applicant/licences");
        licenses.ShouldContain(licenseNumber);
        licenses.ShouldContain(item.Name);
        licenses.ShouldContain("有效");
        licenses.ShouldNotContain("data-testid=\"expiry-reminder\""); // four years to run
        (await browser.GetStringAsync("applicant/applications")).ShouldContain("准予许可");

        // The applicant rates it from the account, once (好差评), without the query code.
        var details = await browser.GetStringAsync($"applicant/applications/{id}");
        details.ShouldContain("提交评价");
        var rated = await browser.PostAsync($"applicant/applications/{id}?handler=Rate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(details),
            ["Rating"] = "Good",
            ["Comment"] = "办理快",
        }));
        rated.StatusCode.ShouldBe(HttpStatusCode.Redirect, await rated.Content.ReadAsStringAsync());
        var after = await browser.GetStringAsync($"applicant/applications/{id}");
        after.ShouldContain("您的评价");
        after.ShouldNotContain("提交评价");
    }

    [Fact]
    public async Task The_demo_applicant_sees_its_applications_in_several_states_and_the_expiry_reminder_R_LIC_8()
    {
        var browser = Browser();
        var signedIn = await PostFormAsync(browser, "applicant/signin", new Dictionary<string, string> { ["Phone"] = ApplicantDemo.Phone, ["Password"] = ServerFixture.Password });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        var mine = await browser.GetStringAsync("applicant/applications");
        Regex.Count(mine, "data-testid=\"my-application\"").ShouldBe(4);
        foreach (var status in new[] { "准予许可", "已一次性告知补正", "待受理" })
        {
            mine.ShouldContain(status);
        }

        var licenses = await browser.GetStringAsync("applicant/licences");
        Regex.Count(licenses, "data-testid=\"my-license\"").ShouldBe(2);
        licenses.ShouldContain("data-testid=\"expiry-reminder\"");
        licenses.ShouldContain("请于");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-testid=\"receipt-number\">([0-9]+)<")]
    private static partial Regex ReceiptPattern();
}

public sealed class ApplicantAccountTests_Sqlite(SqliteServer server) : ApplicantAccountTests<SqliteServer>(server);

public sealed class ApplicantAccountTests_Postgres(PostgresServer server) : ApplicantAccountTests<PostgresServer>(server);
