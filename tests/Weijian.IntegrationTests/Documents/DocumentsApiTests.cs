using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Documents;
using Weijian.Platform.Files;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.IntegrationTests.Documents;

/// <summary>
/// Issued documents end to end, on both providers: issued through <see cref="DocumentIssuer"/> inside a caller's unit of
/// work, numbered per R-PEN-33 without gaps or repeats (also under concurrency), downloaded through the API, verified
/// on the public page and API (DESIGN principle 3), and invisible to another organisation.
/// </summary>
public abstract partial class DocumentsApiTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string Subject = "PenaltyCase";

    [Fact]
    public async Task A_document_issued_in_a_unit_of_work_is_numbered_stored_audited_and_downloadable_with_its_chinese_name()
    {
        var caseId = Guid.NewGuid().ToString();
        var (id, number, sha) = await IssueAsync("lst.officer1", "penalty-decision", caseId, "公");
        number.ShouldMatch(@"^冷卫公罚〔20\d\d〕\d+号$");

        using var officer = await Server.SignedInAsync("lst.officer2");
        using (var meta = JsonDocument.Parse(await officer.GetStringAsync($"api/v1/documents/{id}")))
        {
            var m = meta.RootElement;
            m.GetProperty("number").GetString().ShouldBe(number);
            m.GetProperty("title").GetString().ShouldBe("行政处罚决定书");
            m.GetProperty("sha256").GetString().ShouldBe(sha);
            m.GetProperty("verificationPath").GetString().ShouldBe($"/verify/{id}");
            m.GetProperty("issuedBy").GetString().ShouldNotBeNullOrEmpty();
        }

        var file = await officer.GetAsync($"api/v1/documents/{id}/file");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe(DocumentRenderer.ContentType);
        var disposition = file.Content.Headers.ContentDisposition!;
        disposition.FileNameStar.ShouldBe($"{number} 行政处罚决定书.docx");
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Convert.ToHexStringLower(SHA256.HashData(bytes)).ShouldBe(sha);

        using (var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldContain(number);
            text.ShouldContain("永州市冷水滩区卫生健康局");
            text.ShouldContain($"{DocumentSettings.DefaultPublicBaseUrl}/verify/{id}");
            text.ShouldContain(DocumentRenderer.QrCaption);
        }

        var listed = await officer.GetStringAsync($"api/v1/documents?subjectType={Subject}&subjectId={caseId}");
        listed.ShouldContain(id.ToString());
        var history = await officer.GetStringAsync($"api/v1/audit/history?subjectType=IssuedDocument&subjectId={id}");
        history.ShouldContain("document.issued");
        history.ShouldContain(sha);
    }

    [Fact]
    public async Task Several_documents_in_one_unit_of_work_get_consecutive_numbers_known_at_once_for_the_one_receipt()
    {
        // R-PEN-34 三书同达: the decision, the credit-repair notice and the compliance advice go out together with one
        // 送达回证 that lists their numbers — so the numbers must be known before the unit of work is saved.
        var caseId = Guid.NewGuid().ToString();
        await using var scope = await ScopeAsync("lst.officer1");
        var issuer = scope.ServiceProvider.GetRequiredService<DocumentIssuer>();
        var org = OrgOf(scope);
        var decision = await issuer.IssueAsync(org, "penalty-decision", Subject, caseId, "水", DocumentSamples.Load("penalty-decision"), CancellationToken.None);
        var repair = await issuer.IssueAsync(org, "credit-repair-notice", Subject, caseId, "水", DocumentSamples.Load("credit-repair-notice"), CancellationToken.None);
        var advice = await issuer.IssueAsync(org, "compliance-advice", Subject, caseId, "水", DocumentSamples.Load("compliance-advice"), CancellationToken.None);
        var receiptContent = DocumentSamples.Load("service-receipt") with
        {
            Rows = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>
            {
                ["served"] = new[] { decision, repair, advice }
                    .Select(d => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["name"] = d.Title, ["number"] = d.Number! }).ToList(),
            },
        };
        var receipt = await issuer.IssueAsync(org, "service-receipt", Subject, caseId, "水", receiptContent, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<WeijianDb>().SaveChangesAsync();

        receipt.Number.ShouldBeNull("a 送达回证 carries no number");
        decision.Number.ShouldStartWith("冷卫水罚〔");
        repair.Number.ShouldStartWith("冷卫水信〔");
        advice.Number.ShouldStartWith("冷卫水建〔");
        var text = await DocxTextAsync(receipt.Id);
        text.ShouldContain(decision.Number!);
        text.ShouldContain(repair.Number!);
        text.ShouldContain(advice.Number!);
    }

    [Fact]
    public async Task Numbers_run_per_prefix_and_year_from_one_and_have_no_gaps_or_repeats_under_concurrency()
    {
        // R-PEN-33: the serial counts per (organisation, 地区简称+卫+类别+性质, year). Each test uses a year of its own, so its series starts fresh.
        const int year = 2041;
        var clock = new FixedClock(new DateTimeOffset(year, 6, 1, 2, 0, 0, TimeSpan.Zero));
        var numbers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => IssueAtAsync(clock, "penalty-notice", "放"))));
        numbers.Order(StringComparer.Ordinal).ShouldBe(Enumerable.Range(1, 6).Select(n => $"冷卫放告〔{year}〕{n}号").Order(StringComparer.Ordinal));

        (await IssueAtAsync(clock, "penalty-decision", "放")).ShouldBe($"冷卫放罚〔{year}〕1号");
        (await IssueAtAsync(clock, "penalty-notice", "职")).ShouldBe($"冷卫职告〔{year}〕1号");
        (await IssueAtAsync(new FixedClock(new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.FromHours(8))), "penalty-notice", "放"))
            .ShouldBe($"冷卫放告〔{year + 1}〕1号", "the serial restarts each year (the year is China's: midnight of 1 January in Beijing)");
        (await IssueAtAsync(clock, "penalty-notice", "放", "ll.officer1")).ShouldBe($"零卫放告〔{year}〕1号", "each organisation has its own series");
        (await IssueAtAsync(clock, "penalty-notice", "放")).ShouldBe($"冷卫放告〔{year}〕7号");
    }

    [Fact]
    public async Task A_unit_of_work_that_is_not_saved_stores_nothing_and_leaves_no_gap_in_the_numbers()
    {
        const int year = 2101;
        var clock = new FixedClock(new DateTimeOffset(year, 3, 1, 2, 0, 0, TimeSpan.Zero));
        Guid abandoned;
        await using (var scope = await ScopeAsync("lst.officer1"))
        {
            var issuer = Issuer(scope, clock);
            var document = await issuer.IssueAsync(OrgOf(scope), "penalty-notice", Subject, "abandoned", "学", DocumentSamples.Load("penalty-notice"), CancellationToken.None);
            document.Number.ShouldBe($"冷卫学告〔{year}〕1号");
            abandoned = document.Id;

            // The caller's own rule check fails after issuing: it never saves, and its scope ends.
        }

        (await IssueAtAsync(clock, "penalty-notice", "学")).ShouldBe($"冷卫学告〔{year}〕1号");
        using var officer = await Server.SignedInAsync("lst.officer1");
        (await officer.GetAsync($"api/v1/documents/{abandoned}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Incomplete_content_is_refused_in_chinese_before_a_number_is_taken()
    {
        const int year = 2201;
        var clock = new FixedClock(new DateTimeOffset(year, 3, 1, 2, 0, 0, TimeSpan.Zero));
        await using (var scope = await ScopeAsync("lst.officer1"))
        {
            var sample = DocumentSamples.Load("penalty-decision");
            var incomplete = sample with { Fields = sample.Fields.Where(f => f.Key != "penaltyBasis").ToDictionary() };
            var e = await Should.ThrowAsync<DomainRuleException>(() =>
                Issuer(scope, clock).IssueAsync(OrgOf(scope), "penalty-decision", Subject, "x", "传", incomplete, CancellationToken.None));
            e.Code.ShouldBe("document.field-required");
            e.Message.ShouldContain("处罚依据（penaltyBasis）");
            (await Should.ThrowAsync<DomainRuleException>(() =>
                Issuer(scope, clock).IssueAsync(OrgOf(scope), "penalty-decision", Subject, "x", "食", sample, CancellationToken.None))).Code.ShouldBe("document.category-unknown");
            (await Should.ThrowAsync<DomainRuleException>(() =>
                Issuer(scope, clock).IssueAsync(OrgOf(scope), "no-such-template", Subject, "x", "传", sample, CancellationToken.None))).Code.ShouldBe("document.template-unknown");
        }

        (await IssueAtAsync(clock, "penalty-decision", "传")).ShouldBe($"冷卫传罚〔{year}〕1号");
    }

    [Fact]
    public async Task The_public_verification_shows_title_number_authority_date_and_hash_but_never_the_party()
    {
        var (id, number, sha) = await IssueAsync("lst.officer1", "penalty-decision", Guid.NewGuid().ToString(), "公");
        using var anonymous = Server.Anonymous();

        using (var facts = JsonDocument.Parse(await anonymous.GetStringAsync($"api/v1/public/documents/{id}")))
        {
            var f = facts.RootElement;
            f.GetProperty("title").GetString().ShouldBe("行政处罚决定书");
            f.GetProperty("number").GetString().ShouldBe(number);
            f.GetProperty("organizationName").GetString().ShouldBe("永州市冷水滩区卫生健康局");
            f.GetProperty("sha256").GetString().ShouldBe(sha);
            f.GetProperty("status").GetString().ShouldBe("Valid");
        }

        var page = await anonymous.GetAsync($"verify/{id}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("文书核验");
        html.ShouldContain(sha);
        html.ShouldContain(number);
        html.ShouldContain("永州市冷水滩区卫生健康局");
        html.ShouldContain("viewport");
        var party = DocumentSamples.Load("penalty-decision");
        foreach (var personal in new[] { "party.name", "party.address", "party.creditCode", "party.legalRepresentative" })
        {
            html.ShouldNotContain(party.Field(personal)!);
            (await anonymous.GetStringAsync($"api/v1/public/documents/{id}")).ShouldNotContain(party.Field(personal)!);
        }

        var unknown = Guid.NewGuid();
        var missingPage = await anonymous.GetAsync($"verify/{unknown}");
        missingPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missingPage.Content.ReadAsStringAsync()).ShouldContain("未找到该文书");
        var missingApi = await Problem.ReadAsync(await anonymous.GetAsync($"api/v1/public/documents/{unknown}"));
        missingApi.Status.ShouldBe(HttpStatusCode.NotFound);
        missingApi.Code.ShouldBe("document.not-found");
    }

    [Fact]
    public async Task An_uploaded_original_matches_and_a_modified_copy_does_not_through_the_api_and_the_page()
    {
        var (id, _, sha) = await IssueAsync("lst.officer1", "penalty-notice", Guid.NewGuid().ToString(), "公");
        using var officer = await Server.SignedInAsync("lst.officer1");
        var original = await officer.GetByteArrayAsync($"api/v1/documents/{id}/file");
        var modified = original.ToArray();
        modified[modified.Length / 2] ^= 0x01;

        using var anonymous = Server.Anonymous();
        using (var check = JsonDocument.Parse(await (await anonymous.PostAsync($"api/v1/public/documents/{id}/check", Upload(original))).Content.ReadAsStringAsync()))
        {
            check.RootElement.GetProperty("matches").GetBoolean().ShouldBeTrue();
            check.RootElement.GetProperty("uploadedSha256").GetString().ShouldBe(sha);
        }

        using (var check = JsonDocument.Parse(await (await anonymous.PostAsync($"api/v1/public/documents/{id}/check", Upload(modified))).Content.ReadAsStringAsync()))
        {
            check.RootElement.GetProperty("matches").GetBoolean().ShouldBeFalse();
            check.RootElement.GetProperty("uploadedSha256").GetString().ShouldNotBe(sha);
        }

        var noFile = new MultipartFormDataContent { { new StringContent("没有附文件"), "note" } };
        (await Problem.ReadAsync(await anonymous.PostAsync($"api/v1/public/documents/{id}/check", noFile))).Fields.ShouldBe(["file"]);

        // The page: a browser session (antiforgery cookie and token), no sign-in.
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Server.BaseAddress };
        var form = await browser.GetStringAsync($"verify/{id}");
        var same = await browser.PostAsync($"verify/{id}", PageUpload(original, Token(form)));
        same.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await same.Content.ReadAsStringAsync()).ShouldContain("核验一致");
        var changed = await (await browser.PostAsync($"verify/{id}", PageUpload(modified, Token(form)))).Content.ReadAsStringAsync();
        changed.ShouldContain("核验不一致");
        changed.ShouldContain(Convert.ToHexStringLower(SHA256.HashData(modified)));
        var none = await browser.PostAsync($"verify/{id}", PageUpload(null, Token(form)));
        (await none.Content.ReadAsStringAsync()).ShouldContain("请选择要核验的文书文件");
    }

    [Fact]
    public async Task Another_organisation_can_neither_read_nor_download_nor_list_the_document_but_the_public_can_verify_it()
    {
        var caseId = Guid.NewGuid().ToString();
        var (id, _, _) = await IssueAsync("lst.officer1", "penalty-decision", caseId, "公");
        foreach (var intruder in new[] { "ll.officer1", "ll.admin" })
        {
            using var other = await Server.SignedInAsync(intruder);
            (await other.GetAsync($"api/v1/documents/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            (await other.GetAsync($"api/v1/documents/{id}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            (await other.GetStringAsync($"api/v1/documents?subjectType={Subject}&subjectId={caseId}")).ShouldBe("[]", intruder);
        }

        // Issuing into another organisation is refused before anything is written.
        await using (var scope = await ScopeAsync("ll.officer1"))
        {
            var lst = await scope.ServiceProvider.GetRequiredService<WeijianDb>().Users.Where(u => u.UserName == "lst.officer1").Select(u => u.OrganizationId).SingleAsync();
            (await Should.ThrowAsync<DomainRuleException>(() => scope.ServiceProvider.GetRequiredService<DocumentIssuer>()
                .IssueAsync(lst, "penalty-decision", Subject, caseId, "公", DocumentSamples.Load("penalty-decision"), CancellationToken.None)))
                .Kind.ShouldBe(RuleViolationKind.NotFound);
        }

        (await Server.Anonymous().GetAsync($"api/v1/public/documents/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Server.Anonymous().GetAsync($"api/v1/documents/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_voided_document_keeps_its_number_and_the_verification_names_its_replacement()
    {
        var caseId = Guid.NewGuid().ToString();
        var (id, number, _) = await IssueAsync("lst.officer1", "penalty-decision", caseId, "公");
        IssuedDocument replacement;
        await using (var scope = await ScopeAsync("lst.officer1"))
        {
            var issuer = scope.ServiceProvider.GetRequiredService<DocumentIssuer>();
            replacement = await issuer.IssueAsync(OrgOf(scope), "penalty-decision", Subject, caseId, "公", DocumentSamples.Load("penalty-decision"), CancellationToken.None);
            (await Should.ThrowAsync<DomainRuleException>(() => issuer.VoidAsync(id, " ", replacement.Id, CancellationToken.None))).Fields.ShouldBe(["reason"]);
            await issuer.VoidAsync(id, "当事人地址有误，重新制发", replacement.Id, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<WeijianDb>().SaveChangesAsync();
        }

        replacement.Number.ShouldNotBe(number);
        using var anonymous = Server.Anonymous();
        using var facts = JsonDocument.Parse(await anonymous.GetStringAsync($"api/v1/public/documents/{id}"));
        facts.RootElement.GetProperty("status").GetString().ShouldBe("Superseded");
        facts.RootElement.GetProperty("replacementNumber").GetString().ShouldBe(replacement.Number);
        (await anonymous.GetStringAsync($"verify/{id}")).ShouldContain(replacement.Number!);
        using var officer = await Server.SignedInAsync("lst.officer1");
        (await officer.GetStringAsync($"api/v1/audit/history?subjectType=IssuedDocument&subjectId={id}")).ShouldContain("document.voided");
    }

    [Fact]
    public async Task A_stored_file_changed_on_disk_is_refused_instead_of_downloaded()
    {
        var (id, _, sha) = await IssueAsync("lst.officer1", "compliance-advice", Guid.NewGuid().ToString(), "公");
        var store = Server.Services.GetRequiredService<FileStore>();
        await File.WriteAllTextAsync(Path.Combine(store.Root, sha[..2], sha), "被替换的内容");
        using var officer = await Server.SignedInAsync("lst.officer1");
        var problem = await Problem.ReadAsync(await officer.GetAsync($"api/v1/documents/{id}/file"));
        problem.Status.ShouldBe(HttpStatusCode.Conflict);
        problem.Code.ShouldBe("file.integrity");
    }

    private async Task<(Guid Id, string Number, string Sha256)> IssueAsync(string userName, string template, string caseId, string category)
    {
        await using var scope = await ScopeAsync(userName);
        var document = await scope.ServiceProvider.GetRequiredService<DocumentIssuer>()
            .IssueAsync(OrgOf(scope), template, Subject, caseId, category, DocumentSamples.Load(template), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<WeijianDb>().SaveChangesAsync();
        return (document.Id, document.Number!, document.Sha256);
    }

    private async Task<string> IssueAtAsync(TimeProvider clock, string template, string category, string userName = "lst.officer1")
    {
        await using var scope = await ScopeAsync(userName);
        var document = await Issuer(scope, clock)
            .IssueAsync(OrgOf(scope), template, Subject, Guid.NewGuid().ToString(), category, DocumentSamples.Load(template), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<WeijianDb>().SaveChangesAsync();
        return document.Number!;
    }

    private static DocumentIssuer Issuer(AsyncServiceScope scope, TimeProvider clock) => new(
        scope.ServiceProvider.GetRequiredService<WeijianDb>(),
        scope.ServiceProvider.GetRequiredService<DocumentTemplates>(),
        scope.ServiceProvider.GetRequiredService<FileStore>(),
        scope.ServiceProvider.GetRequiredService<DocumentSettings>(),
        clock);

    private static Guid OrgOf(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<CurrentActor>().Value.OrganizationId!.Value;

    /// <summary>A scope acting as a demo user, as a request of theirs would.</summary>
    private async Task<AsyncServiceScope> ScopeAsync(string userName)
    {
        Actor actor;
        await using (var system = Server.ScopeAs(Actor.System()))
        {
            var user = await system.ServiceProvider.GetRequiredService<WeijianDb>().Users.SingleAsync(u => u.UserName == userName);
            actor = new Actor(user.Id, user.DisplayName, user.OrganizationId, new HashSet<string> { Roles.Officer }, false);
        }

        return Server.ScopeAs(actor);
    }

    private async Task<string> DocxTextAsync(Guid id)
    {
        using var officer = await Server.SignedInAsync("lst.officer1");
        var bytes = await officer.GetByteArrayAsync($"api/v1/documents/{id}/file");
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return doc.MainDocumentPart!.Document.Body!.InnerText;
    }

    private static MultipartFormDataContent Upload(byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(DocumentRenderer.ContentType);
        return new MultipartFormDataContent { { file, "file", "决定书.docx" } };
    }

    private static MultipartFormDataContent PageUpload(byte[]? bytes, string token)
    {
        var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        if (bytes is not null)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(DocumentRenderer.ContentType);
            content.Add(file, "Upload", "决定书.docx");
        }

        return content;
    }

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

public sealed class DocumentsApiTests_Sqlite(SqliteServer server) : DocumentsApiTests<SqliteServer>(server);

public sealed class DocumentsApiTests_Postgres(PostgresServer server) : DocumentsApiTests<PostgresServer>(server);
