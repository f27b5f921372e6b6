using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Audit;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Users;

namespace Weijian.IntegrationTests.Tenancy;

/// <summary>
/// DESIGN principle 4: records written in tenant A (冷水滩) can be neither read nor changed from tenant B (零陵)
/// through the API, for every entity set; another tenant's record answers 404, never revealing that it exists.
/// </summary>
public abstract class TenantIsolationTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    /// <summary>
    /// Every entity set of the model. Adding an entity fails this test until the new set is added here and its
    /// isolation is proved below.
    /// </summary>
    private static readonly Type[] CoveredEntitySets =
    [
        typeof(Organization), typeof(User), typeof(Role), typeof(AuditEntry), typeof(DeadlineClock),
        typeof(CalendarYearRecord), typeof(DataProtectionKeyRecord),

        // Reference data, not tenant-owned: national values and values set for a subtree, resolved by ancestry.
        typeof(Platform.Rules.RuleParameter),

        // National law library (not tenant-owned).
        typeof(Weijian.Registry.Provisions.LegalDocument), typeof(Weijian.Registry.Provisions.LegalArticle),

        // Discretion baselines: reference data per jurisdiction (national sample, province, bureau), read by the subtree
        // through ancestry (DiscretionAccess), imported only by the jurisdiction's administrator (DiscretionApiTests).
        typeof(Weijian.Enforcement.Discretion.DiscretionBaseline), typeof(Weijian.Enforcement.Discretion.DiscretionItem),
        typeof(Weijian.Enforcement.Discretion.NoPenaltyItem),

        // Tenant-owned registers; their isolation through the API is proved in tests/…/Registry/*/ (404 for another
        // bureau, never listed): EntitiesApiTests, OfficerApiTests, CatalogApiTests, ImportApiTests.
        typeof(Weijian.Registry.Entities.RegulatedEntity), typeof(Weijian.Registry.Officers.Officer), typeof(Weijian.Registry.Catalogs.CatalogItem),
        typeof(Weijian.Platform.Spreadsheets.SpreadsheetImport),

        // Penalty cases; isolation through the API proved in tests/…/Enforcement/CaseWorkflowTests (404 for another bureau)
        // and on the demo cases of both bureaus in Enforcement/CaseDemoTests.
        typeof(Weijian.Enforcement.PenaltyCases.PenaltyCase),
        // 案卷评查 records: another bureau gets 404 on the case file and cannot evaluate it (Enforcement/CaseFileTests).
        typeof(Weijian.Enforcement.PenaltyCases.CaseFileEvaluation),
        // Issued documents: another bureau gets 404 on metadata and file and an empty list (DocumentsApiTests); only the
        // public verification (no personal data) crosses organisations, by design.
        typeof(Weijian.Platform.Documents.IssuedDocument),
        // 法治政府建设年度报告: another bureau gets 404 on the report, its figures and its .docx and never lists it
        // (Reports/AnnualReportTests); only its issued document's public verification facts cross organisations.
        typeof(Weijian.Reports.AnnualReports.AnnualReport),

        // Inspections: plans, tasks, targets, draw rounds and visits. A plan's tasks reach only the bureaus of the issuing
        // subtree; another bureau gets 404 on tasks, targets, draws and visits and never lists them (Inspections/PlanTaskTests,
        // DrawCeremonyTests, InspectionVisitTests); only the public draw view and published, masked results cross organisations.
        typeof(Weijian.Inspections.Plans.InspectionPlan), typeof(Weijian.Inspections.Plans.InspectionTask),
        typeof(Weijian.Inspections.Plans.InspectionTarget), typeof(Weijian.Inspections.Draws.RandomDraw),
        typeof(Weijian.Inspections.Visits.Inspection),

        // Licensing: a bureau's service items (guides) and the licenses it issued. Only the public guide pages and
        // published grants cross organisations (Licensing/*Tests).
        typeof(Weijian.Licensing.Items.LicenseItem), typeof(Weijian.Licensing.Licenses.License),

        // 告知承诺 verifications: nothing crosses; another bureau gets 404 on the license they hang on (Licensing/LicenseRegisterTests).
        typeof(Weijian.Licensing.Commitments.CommitmentVerification),
        // 行政执法公示: another bureau gets 404 and an empty list through /api/v1/disclosures (Publicity/DisclosureTests);
        // only the published, redacted content crosses organisations on the portal. Audit checkpoints are public by design
        // (sequence and hash only, Publicity/PortalTests).
        typeof(Weijian.Platform.Publication.EnforcementDisclosure), typeof(Weijian.Platform.Publication.AuditCheckpoint),
        // Open-data generations: public by design (what they contain is already public and redacted).
        typeof(Weijian.Publicity.Portal.OpenDataFeed),
        // 执法亮码, visit confirmations/ratings and complaints: another bureau gets 404 on codes, complaints and assignment,
        // ratings reach only the bureau head and 上级监督 of the subtree (Publicity/OfficerCodeTests). Only the public scan
        // view (validity, name, organisation, area — no personal data) and the public directory cross organisations.
        typeof(Weijian.Publicity.Officers.OfficerCode), typeof(Weijian.Publicity.Officers.VisitConfirmation),
        typeof(Weijian.Publicity.Officers.VisitComplaint),
        // License applications: another bureau gets 404 on detail and actions and never lists them (Licensing/ApplicationApiTests);
        // only the applicant's status page (receipt number + random query code) crosses organisations, by design.
        typeof(Weijian.Licensing.Applications.LicenseApplication),
        // 申请人账号: not tenant-owned (an applicant applies to any bureau; account events are in the root organisation's
        // chain). Only the account's own online applications and the licenses granted on them cross organisations, to that
        // account; another account gets 404 and never lists them, staff and applicant cookies open only their own pages
        // (Licensing/ApplicantAccountTests).
        typeof(Weijian.Licensing.Applicants.ApplicantAccount),
        // Credit records: another bureau gets 404 on a record and its repair decision and never lists it
        // (Credit/CreditRecordTests); only the public list of records in publication (natural persons masked) and the
        // online repair application, proved by credit code + decision number, cross organisations.
        typeof(Weijian.Credit.CreditRecord),

        // Replies and appeals: another bureau gets 404 and never lists them (Publicity/EntityReplyTests); only the text and
        // date of a reply marked 公开显示 cross organisations on the public pages, and the anonymous submission proved by credit code.
        typeof(Weijian.Publicity.Replies.EntityReply),
    ];

    [Fact]
    public async Task Every_entity_set_is_covered_here_and_every_tenant_owned_one_has_a_query_filter()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var model = scope.ServiceProvider.GetRequiredService<WeijianDb>().Model;
        var sets = model.GetEntityTypes().Where(e => !e.IsOwned() && !e.ClrType.Name.StartsWith("Identity", StringComparison.Ordinal)).Select(e => e.ClrType).ToList();
        sets.OrderBy(t => t.Name).ShouldBe(CoveredEntitySets.OrderBy(t => t.Name));
        foreach (var e in model.GetEntityTypes().Where(e => typeof(Platform.Tenancy.ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            e.GetDeclaredQueryFilters().ShouldNotBeEmpty($"{e.ClrType.Name} is tenant-owned but has no query filter");
        }
    }

    [Fact]
    public async Task Tenant_b_can_neither_read_nor_change_tenant_a_records_through_the_api()
    {
        // Arrange: records of every kind in tenant A.
        using var adminA = await Server.SignedInAsync("lst.admin");
        var orgA = await MyOrganizationAsync(adminA);
        var created = await adminA.PostAsJsonAsync("api/v1/users", new
        {
            organizationId = orgA,
            userName = "lst.isolation",
            displayName = "隔离测试",
            password = "isolation-pass-1",
            roles = new[] { Roles.Officer },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var userA = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var deadlineA = await OpenDeadlineInAsync("lst.officer1");
        var agencyA = await ChildAgencyAsync(adminA, orgA);

        foreach (var intruder in new[] { "ll.admin", "ll.officer1", "ll.supervisor" })
        {
            using var b = await Server.SignedInAsync(intruder);

            // Users
            (await b.GetAsync($"api/v1/users/{userA}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            await ShouldBeHiddenOrForbidden(await b.PutAsJsonAsync($"api/v1/users/{userA}", new { displayName = "改名", roles = new[] { Roles.Officer } }), intruder);
            await ShouldBeHiddenOrForbidden(await b.PostAsJsonAsync($"api/v1/users/{userA}/deactivate", new { reason = "越权" }), intruder);
            await ShouldBeHiddenOrForbidden(await b.PostAsJsonAsync($"api/v1/users/{userA}/password", new { newPassword = "hijack-pass-1" }), intruder);
            await ShouldBeHiddenOrForbidden(await b.PostAsJsonAsync("api/v1/users", new
            {
                organizationId = orgA,
                userName = "ll.plant",
                displayName = "植入",
                password = "plant-pass-12",
                roles = new[] { Roles.Officer },
            }), intruder);
            var list = await b.GetAsync("api/v1/users?pageSize=200");
            if (list.IsSuccessStatusCode)
            {
                (await list.Content.ReadAsStringAsync()).ShouldNotContain(userA.ToString(), customMessage: intruder);
            }

            // Organisations
            (await b.GetAsync($"api/v1/organizations/{orgA}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            (await b.GetAsync($"api/v1/organizations/{agencyA}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            await ShouldBeHiddenOrForbidden(await b.PutAsJsonAsync($"api/v1/organizations/{orgA}", new { name = "改名", shortName = "改", regionCode = "431102" }), intruder);
            await ShouldBeHiddenOrForbidden(await b.PostAsJsonAsync($"api/v1/organizations/{agencyA}/deactivate", new { reason = "越权" }), intruder);
            await ShouldBeHiddenOrForbidden(await b.PostAsJsonAsync("api/v1/organizations", new
            {
                parentId = orgA,
                kind = "EnforcementAgency",
                name = "植入机构",
                shortName = "植",
                regionCode = "431103",
            }), intruder);
            (await b.GetStringAsync("api/v1/organizations")).ShouldNotContain(orgA.ToString(), customMessage: intruder);

            // Deadlines
            (await b.GetAsync($"api/v1/deadlines/{deadlineA}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, intruder);
            (await b.GetStringAsync("api/v1/deadlines/mine")).ShouldNotContain(deadlineA.ToString(), customMessage: intruder);

            // Audit entries: A's history is invisible, B's log holds none of A's entries.
            (await b.GetStringAsync($"api/v1/audit/history?subjectType=User&subjectId={userA}")).ShouldBe("[]", intruder);
            (await b.GetStringAsync($"api/v1/audit/history?subjectType=DeadlineClock&subjectId={deadlineA}")).ShouldBe("[]", intruder);
            (await b.GetStringAsync("api/v1/audit/entries?pageSize=200")).ShouldNotContain(userA.ToString(), customMessage: intruder);
        }

        // Nothing of A changed, and A still sees its own records.
        (await adminA.GetAsync($"api/v1/users/{userA}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var me = JsonDocument.Parse(await adminA.GetStringAsync($"api/v1/users/{userA}"));
        me.RootElement.GetProperty("displayName").GetString().ShouldBe("隔离测试");
        me.RootElement.GetProperty("isActive").GetBoolean().ShouldBeTrue();
        (await adminA.GetStringAsync($"api/v1/audit/history?subjectType=User&subjectId={userA}")).ShouldContain("user.created");
        using var officerA = await Server.SignedInAsync("lst.officer1");
        (await officerA.GetStringAsync("api/v1/deadlines/mine")).ShouldContain(deadlineA.ToString());
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        (await db.Users.CountAsync(u => u.UserName == "ll.plant")).ShouldBe(0);
        (await db.Organizations.CountAsync(o => o.Name == "植入机构")).ShouldBe(0);
    }

    [Fact]
    public async Task A_handler_cannot_write_a_tenant_owned_row_into_another_organisation()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var orgA = await db.Organizations.Where(o => o.RegionCode == "431103" && o.Kind == OrganizationKind.CountyBureau).Select(o => o.Id).SingleAsync();
        var officerB = await db.Users.SingleAsync(u => u.UserName == "ll.officer1");
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().GetAsync(db, default);

        await using var asB = Server.ScopeAs(new Actor(officerB.Id, officerB.DisplayName, officerB.OrganizationId, new HashSet<string> { Roles.Officer }, false));
        var dbB = asB.ServiceProvider.GetRequiredService<WeijianDb>();
        var deadline = Deadline.Compute(calendar, "R-LIC-4", "行政许可法第四十二条", new DateOnly(2026, 3, 2), 20, DeadlineUnit.WorkingDays);
        dbB.DeadlineClocks.Add(DeadlineClock.Open(orgA, officerB.Id, "Test", "x", "越权写入", deadline, DateTimeOffset.UnixEpoch));
        var e = await Should.ThrowAsync<Platform.Rules.DomainRuleException>(() => dbB.SaveChangesAsync());
        e.Code.ShouldBe("tenancy.cross-organization-write");
    }

    private static async Task ShouldBeHiddenOrForbidden(HttpResponseMessage response, string who)
    {
        // 404 when the actor could act but not on this record; 403 when the actor's role allows no such action at all.
        response.StatusCode.ShouldBeOneOf([HttpStatusCode.NotFound, HttpStatusCode.Forbidden], who);
        var problem = await Problem.ReadAsync(response);
        problem.Code.ShouldNotBeNullOrEmpty();
    }

    private static async Task<Guid> MyOrganizationAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("api/v1/me")).RootElement.GetProperty("organizationId").GetGuid();

    private static async Task<Guid> ChildAgencyAsync(HttpClient admin, Guid parent)
    {
        using var orgs = JsonDocument.Parse(await admin.GetStringAsync("api/v1/organizations"));
        return orgs.RootElement.EnumerateArray()
            .First(o => o.GetProperty("parentId").ValueKind != JsonValueKind.Null && o.GetProperty("parentId").GetGuid() == parent)
            .GetProperty("id").GetGuid();
    }

    private async Task<Guid> OpenDeadlineInAsync(string userName)
    {
        await using var system = Server.ScopeAs(Actor.System());
        var user = await system.ServiceProvider.GetRequiredService<WeijianDb>().Users.SingleAsync(u => u.UserName == userName);
        await using var scope = Server.ScopeAs(new Actor(user.Id, user.DisplayName, user.OrganizationId, new HashSet<string> { Roles.Officer }, false));
        var clock = await scope.ServiceProvider.GetRequiredService<OpenDeadlineClockHandler>().HandleAsync(
            new OpenDeadlineClock(user.Id, "LicenseApplication", "demo-1", "作出行政许可决定", "R-LIC-4", "行政许可法第四十二条", new DateOnly(2026, 3, 2), 20, DeadlineUnit.WorkingDays),
            default);
        return clock.Id;
    }
}

public sealed class TenantIsolationTests_Sqlite(SqliteServer server) : TenantIsolationTests<SqliteServer>(server);

public sealed class TenantIsolationTests_Postgres(PostgresServer server) : TenantIsolationTests<PostgresServer>(server);
