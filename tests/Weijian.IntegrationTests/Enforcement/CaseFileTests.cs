using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Weijian.Enforcement.PenaltyCases;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Enforcement;

/// <summary>
/// Issue #5 acceptance 5 through the API: a case walked to archive has a complete file, assembled in the legal order
/// (R-EVA-2), whose self-check scores it (R-EVA-1…4); a defect the file really has costs points.
/// </summary>
public abstract class CaseFileTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string O = "lst.officer1", H = "lst.head";

    private static readonly string[] LegalOrder =
    [
        "case-acceptance", "filing-report", "onsite-record", "investigation-report", "prior-notice", "penalty-decision", "service-receipt",
        "credit-repair-notice", "compliance-advice", "payment-receipt", "closing-report",
    ];

    private static readonly string[] Stages = ["立案", "取证", "审查", "决定", "送达", "执行"];

    [Fact]
    public async Task An_archived_case_has_a_complete_file_in_the_legal_order_and_its_self_check_scores_it_R_EVA_2()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.ServedAsync();
        await d.DoAsync(O, id, CaseAction.RecordPayment, new { kind = "Fine", amount = 2000m, paidOn = d.Today, receiptNumber = "湘非税2026000777" });
        await d.DoAsync(O, id, CaseAction.ConfirmExecution, new { });
        await d.DoAsync(H, id, CaseAction.CloseCase, new { summary = "罚款已缴纳，执行完毕" });
        await d.DoAsync(O, id, CaseAction.ArchiveCase);

        var officer = await d.ClientAsync(O);
        var file = await officer.GetFromJsonAsync<JsonElement>($"api/v1/cases/{id}/case-file", TestContext.Current.CancellationToken);
        file.GetProperty("hasCover").GetBoolean().ShouldBeTrue();
        var index = file.GetProperty("index").EnumerateArray().ToList();
        var kinds = index.Select(s => s.GetProperty("entry").GetProperty("kindCode").GetString()!).ToList();
        var positions = LegalOrder.Select(k => kinds.IndexOf(k)).ToList();
        positions.ShouldAllBe(p => p >= 0, string.Join(",", kinds));
        positions.ShouldBeInOrder(SortDirection.Ascending, string.Join(",", kinds));

        // Stages never go backwards, orders and pages are consecutive, and every issued document links to its file.
        var stages = index.Select(s => Array.IndexOf(Stages, s.GetProperty("stageName").GetString())).ToList();
        stages.ShouldAllBe(s => s >= 0);
        stages.ShouldBeInOrder(SortDirection.Ascending);
        index.Select(s => s.GetProperty("entry").GetProperty("order").GetInt32()).ShouldBe(Enumerable.Range(1, index.Count));
        index.Select(s => s.GetProperty("entry").GetProperty("firstPage").GetInt32()).ShouldBe(Enumerable.Range(1, index.Count));
        file.GetProperty("totalPages").GetInt32().ShouldBe(index.Count);
        index.Where(s => s.GetProperty("entry").GetProperty("kindCode").GetString() != "payment-receipt")
            .ShouldAllBe(s => s.GetProperty("documentId").ValueKind == JsonValueKind.String);
        index.Single(s => s.GetProperty("entry").GetProperty("kindCode").GetString() == "penalty-decision")
            .GetProperty("entry").GetProperty("number").GetString()!.ShouldContain("罚");

        var check = file.GetProperty("selfCheck");
        check.GetProperty("vetoes").GetArrayLength().ShouldBe(0, check.ToString());
        var total = check.GetProperty("total").GetDecimal();
        total.ShouldBeInRange(60m, 100m);
        var deducted = check.GetProperty("deductions").EnumerateArray().Sum(f => f.GetProperty("points").GetDecimal());
        total.ShouldBe(100m - deducted, check.ToString());
        check.GetProperty("band").GetString().ShouldNotBeNullOrWhiteSpace();

        // The case page shows the same file and serves its documents, only this case's.
        using var page = await CasePageClient.SignInAsync(Server, O);
        var html = await page.GetStringAsync($"Enforcement/Cases/{id}", TestContext.Current.CancellationToken);
        html.ShouldContain("案卷与自查");
        html.ShouldContain("案件调查终结报告");
        var decisionId = index.Single(s => s.GetProperty("entry").GetProperty("kindCode").GetString() == "penalty-decision").GetProperty("documentId").GetGuid();
        var download = await page.GetAsync($"Enforcement/Cases/{id}?handler=Document&documentId={decisionId}", TestContext.Current.CancellationToken);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var other = await d.ServedAsync();
        (await page.GetAsync($"Enforcement/Cases/{other}?handler=Document&documentId={decisionId}", TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_missing_audio_video_record_costs_points_while_steps_not_yet_reached_cost_none_R_EVA_3()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.InvestigatingAsync();
        var officer = await d.ClientAsync(O);

        // The on-site inspection is on the 音像记录事项清单 but the recorder failed (R-TRS-6): the file loses points for it.
        await d.DoAsync(O, id, CaseAction.RecordOnSiteAct, d.OnSite());
        var check = (await officer.GetFromJsonAsync<JsonElement>($"api/v1/cases/{id}/case-file", TestContext.Current.CancellationToken)).GetProperty("selfCheck");
        var reasons = check.GetProperty("deductions").EnumerateArray().Select(f => f.GetProperty("reason").GetString()!).ToList();
        reasons.ShouldContain(r => r.Contains("R-TRS-6", StringComparison.Ordinal), check.ToString());
        check.GetProperty("total").GetDecimal().ShouldBeLessThan(100m);

        // No decision yet: the report, service and execution checks do not fire on an open case, nor does the cover the
        // system issues when the file is archived.
        reasons.ShouldNotContain(r => r.Contains("调查终结报告", StringComparison.Ordinal) || r.Contains("送达", StringComparison.Ordinal)
            || r.Contains("执行", StringComparison.Ordinal) || r.Contains("卷皮", StringComparison.Ordinal), check.ToString());
        check.GetProperty("vetoes").GetArrayLength().ShouldBe(0, check.ToString());
    }
}

public sealed class CaseFileTests_Sqlite(SqliteServer server) : CaseFileTests<SqliteServer>(server);

public sealed class CaseFileTests_Postgres(PostgresServer server) : CaseFileTests<PostgresServer>(server);
