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

        // A lead not yet filed has no file to score.
        var lead = await d.LeadAsync();
        (await Problem.ReadAsync(await officer.GetAsync($"api/v1/cases/{lead}/case-file", TestContext.Current.CancellationToken))).Code.ShouldBe("case-file.not-filed");

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
    [Fact]
    public async Task A_reviewer_evaluates_a_closed_file_each_evaluation_is_kept_and_a_top_band_file_is_marked_excellent_R_EVA_4()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var open = await d.ServedAsync();
        var reviewer = await d.ClientAsync("lst.reviewer");
        var refused = await reviewer.PostAsJsonAsync($"api/v1/cases/{open}/case-file/evaluations", new { }, TestContext.Current.CancellationToken);
        (await Problem.ReadAsync(refused)).Code.ShouldBe("case-file.not-ended");

        var id = await d.ServedAsync();
        await d.DoAsync(O, id, CaseAction.RecordPayment, new { kind = "Fine", amount = 2000m, paidOn = d.Today, receiptNumber = "湘非税2026000778" });
        await d.DoAsync(O, id, CaseAction.ConfirmExecution, new { });
        await d.DoAsync(H, id, CaseAction.CloseCase, new { summary = "罚款已缴纳，执行完毕" });

        // Only reviewers and heads evaluate; the handler is refused by role.
        var officer = await d.ClientAsync(O);
        (await officer.PostAsJsonAsync($"api/v1/cases/{id}/case-file/evaluations", new { }, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Points outside the item's range are refused and nothing is kept.
        var outOfRange = await reviewer.PostAsJsonAsync(
            $"api/v1/cases/{id}/case-file/evaluations", new { findings = new[] { new { code = "C22", reason = "裁量明显偏重", points = 12m } } }, TestContext.Current.CancellationToken);
        (await Problem.ReadAsync(outOfRange)).Code.ShouldBe("evaluation.points-out-of-range");
        (await officer.GetFromJsonAsync<JsonElement>($"api/v1/cases/{id}/case-file", TestContext.Current.CancellationToken)).GetProperty("evaluations").GetArrayLength().ShouldBe(0);

        var automatic = (await officer.GetFromJsonAsync<JsonElement>($"api/v1/cases/{id}/case-file", TestContext.Current.CancellationToken)).GetProperty("selfCheck").GetProperty("total").GetDecimal();
        var first = await reviewer.PostAsJsonAsync($"api/v1/cases/{id}/case-file/evaluations", new { comment = "案卷规范" }, TestContext.Current.CancellationToken);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var kept = await first.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        kept.GetProperty("total").GetDecimal().ShouldBe(automatic);
        kept.GetProperty("excellent").GetBoolean().ShouldBe(automatic >= 90m);

        var head = await d.ClientAsync(H);
        var second = await head.PostAsJsonAsync(
            $"api/v1/cases/{id}/case-file/evaluations", new { findings = new[] { new { code = "C22", reason = "罚款数额在基准幅度内偏高且未充分说明", points = 10m } } },
            TestContext.Current.CancellationToken);
        var lower = await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        lower.GetProperty("total").GetDecimal().ShouldBe(automatic - 10m);
        lower.GetProperty("excellent").GetBoolean().ShouldBeFalse();
        lower.GetProperty("findings").EnumerateArray().ShouldContain(f => f.GetProperty("code").GetString() == "C22" && f.GetProperty("source").GetString() == "Reviewer");

        var file = await officer.GetFromJsonAsync<JsonElement>($"api/v1/cases/{id}/case-file", TestContext.Current.CancellationToken);
        file.GetProperty("evaluations").GetArrayLength().ShouldBe(2);
        file.GetProperty("excellent").GetBoolean().ShouldBe(automatic >= 90m);
        (await officer.GetStringAsync($"api/v1/audit/history?subjectType=PenaltyCase&subjectId={id}", TestContext.Current.CancellationToken))
            .ShouldContain("penalty-case.case-file-evaluated");

        // On the case page: the handler is not offered the form; the reviewer's refused input comes back in Chinese and
        // keeps nothing, an accepted one is kept.
        using var handlerPage = await CasePageClient.SignInAsync(Server, O);
        (await handlerPage.GetStringAsync($"Enforcement/Cases/{id}", TestContext.Current.CancellationToken)).ShouldNotContain("评查本案卷");
        using var reviewerPage = await CasePageClient.SignInAsync(Server, "lst.reviewer");
        var html = await reviewerPage.GetStringAsync($"Enforcement/Cases/{id}", TestContext.Current.CancellationToken);
        html.ShouldContain("评查本案卷");
        async Task<HttpResponseMessage> PostAsync(string points) => await reviewerPage.PostAsync(
            $"Enforcement/Cases/{id}?handler=Evaluate",
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Review.Find[C22]"] = "true",
                ["Review.FindPoints[C22]"] = points,
                ["Review.FindReason[C22]"] = "裁量理由不充分",
                ["__RequestVerificationToken"] = CasePageClient.Token(html),
            }),
            TestContext.Current.CancellationToken);
        var refusedPage = await (await PostAsync("12")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        refusedPage.ShouldContain("裁量理由不充分"); // the input is kept
        refusedPage.ShouldContain("C22"); // the Chinese rule message names the item and its range
        (await officer.GetFromJsonAsync<JsonElement>($"api/v1/cases/{id}/case-file", TestContext.Current.CancellationToken)).GetProperty("evaluations").GetArrayLength().ShouldBe(2);
        var accepted = await (await PostAsync("3")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        accepted.ShouldContain($"已保存案卷评查：{automatic - 3m:0.#}分", customMessage: string.Join(" / ", System.Text.RegularExpressions.Regex.Matches(accepted, "<li>([^<]*)</li>").Select(m => m.Groups[1].Value)));
        (await officer.GetFromJsonAsync<JsonElement>($"api/v1/cases/{id}/case-file", TestContext.Current.CancellationToken)).GetProperty("evaluations").GetArrayLength().ShouldBe(3);

        // Another bureau neither sees the file nor evaluates it.
        using var intruder = await Server.SignedInAsync("ll.reviewer");
        (await intruder.GetAsync($"api/v1/cases/{id}/case-file", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.PostAsJsonAsync($"api/v1/cases/{id}/case-file/evaluations", new { }, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class CaseFileTests_Sqlite(SqliteServer server) : CaseFileTests<SqliteServer>(server);

public sealed class CaseFileTests_Postgres(PostgresServer server) : CaseFileTests<PostgresServer>(server);
