using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Weijian.Enforcement.PenaltyCases;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Enforcement;

/// <summary>
/// Issue #5 acceptance 1: the transition table, walked through the API. One case is brought into every status by
/// performing every row of the table at least once; then every action is tried from every status — the table's
/// statuses answer 403 for a role the row does not name, all other statuses answer 409 <c>penalty-case.action-not-allowed</c>.
/// </summary>
public abstract class CaseWorkflowTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static readonly string[] WarningOnly = ["Warning"];

    [Fact]
    public async Task Every_table_row_is_walked_and_every_action_outside_the_table_is_refused_from_every_status()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var cases = new Dictionary<CaseStatus, Guid>();
        const string O = "lst.officer1", H = "lst.head", R = "lst.reviewer";
        try
        {
            cases[CaseStatus.Lead] = await d.LeadAsync();

            var requested = await d.LeadAsync();
            await d.DoAsync(O, requested, CaseAction.RequestFiling, d.Filing());
            cases[CaseStatus.FilingRequested] = requested;

            var notFiled = await d.LeadAsync();
            await d.DoAsync(H, notFiled, CaseAction.DeclineFiling, new { reason = "经核查，当事人已取得卫生许可证，违法事实不成立" });
            cases[CaseStatus.NotFiled] = notFiled;

            var inv = await d.InvestigatingAsync();
            await d.DoAsync(O, inv, CaseAction.AddEvidence, new { kind = "DocumentaryEvidence", title = "营业执照复印件", description = "证明当事人主体资格" });
            var preserved = await d.DoAsync(O, inv, CaseAction.RequestPreservation, new { items = "一次性毛巾200条", place = "当事人仓库" });
            var preservationId = preserved.GetProperty("preservations")[0].GetProperty("id").GetGuid();
            await d.DoAsync(H, inv, CaseAction.ApprovePreservation, new { preservationId });
            await d.DoAsync(O, inv, CaseAction.DisposePreservation, new { preservationId, disposition = "检验合格，解除先行登记保存，退还当事人" });
            await d.DoAsync(H, inv, CaseAction.ExtendDecisionPeriod, new { cause = "TestingOrAppraisal", days = 30, reason = "样品送检，检验报告尚未出具" });
            cases[CaseStatus.Investigating] = inv;

            var proposed = await d.InvestigatingAsync();
            await d.DoAsync(O, proposed, CaseAction.ProposeReferral, new { officerIds = new[] { d.Officer1, d.Officer2 }, reason = "非法行医造成就诊人身体健康严重损害，涉嫌非法行医罪" });
            cases[CaseStatus.ReferralProposed] = proposed;

            var declined = await d.InvestigatingAsync();
            await d.DoAsync(O, declined, CaseAction.ProposeReferral, new { officerIds = new[] { d.Officer1, d.Officer2 }, reason = "涉嫌非法行医罪" });
            (await d.DoAsync(H, declined, CaseAction.DecideReferral, new { approve = false, opinion = "尚未达到刑事立案追诉标准，继续行政调查" }))
                .GetProperty("status").GetString().ShouldBe("Investigating");

            var transferred = await d.InvestigatingAsync();
            await d.DoAsync(O, transferred, CaseAction.ProposeReferral, new { officerIds = new[] { d.Officer1, d.Officer2 }, reason = "涉嫌非法行医罪" });
            await d.DoAsync(H, transferred, CaseAction.DecideReferral, new { approve = true, receiver = "永州市公安局冷水滩分局", opinion = "同意移送" });
            cases[CaseStatus.Transferred] = transferred;

            var handedOver = await d.InvestigatingAsync();
            await d.DoAsync(O, handedOver, CaseAction.ProposeReferral, new { officerIds = new[] { d.Officer1, d.Officer2 }, reason = "涉嫌非法行医罪" });
            await d.DoAsync(H, handedOver, CaseAction.DecideReferral, new { approve = true, receiver = "永州市公安局冷水滩分局", opinion = "同意移送" });
            await d.DoAsync(O, handedOver, CaseAction.RecordTransfer, new { transferredOn = d.Today, receipt = "冷公（刑）受字〔2026〕18号" });
            await d.DoAsync(H, handedOver, CaseAction.CloseCase, new { summary = "已移送公安机关并取得受案回执" });

            var withdrawn = await d.InvestigatingAsync();
            await d.DoAsync(H, withdrawn, CaseAction.Withdraw, new { reason = "经调查违法事实不能成立" });
            cases[CaseStatus.Withdrawn] = withdrawn;

            cases[CaseStatus.Concluded] = await d.ConcludedAsync();

            var notified = await d.NotifiedAsync();
            await d.DoAsync(O, notified, CaseAction.EditDraftDecision, CaseDriverDrafts.Edited(1500m));
            await d.DoAsync(O, notified, CaseAction.RecordStatement, new { waived = false, receivedOn = d.Today, statement = "当事人称已提交许可申请", reExamination = "经复核，当事人于检查后才提交申请，陈述不予采纳" });
            cases[CaseStatus.Notified] = notified;

            var noPenalty = await d.ConcludedAsync();
            await d.DoAsync(H, noPenalty, CaseAction.DecideNoPenalty, new { reason = "初次违法且危害后果轻微并及时改正", basis = "《中华人民共和国行政处罚法》第三十三条第一款" });
            await d.DoAsync(O, noPenalty, CaseAction.ServeDecision, new { method = "Post", date = d.Today, recipient = "当事人" });
            await d.DoAsync(H, noPenalty, CaseAction.CloseCase, new { summary = "不予行政处罚，已对当事人进行教育" });

            cases[CaseStatus.Decided] = await d.DecidedAsync();

            var served = await d.ServedAsync();
            await d.DoAsync(H, served, CaseAction.GrantPaymentPlan, new
            {
                instalments = new[] { new { due = d.Today.AddDays(30), amount = 1000m }, new { due = d.Today.AddDays(60), amount = 1000m } },
                reason = "当事人经营困难，申请分期缴纳",
            });
            await d.DoAsync(O, served, CaseAction.RecordRemedyProceeding, new { kind = "Reconsideration", from = d.Today, note = "冷政复〔2026〕5号" });
            cases[CaseStatus.Served] = served;

            var executed = await d.ServedAsync();
            await d.DoAsync(O, executed, CaseAction.RecordPayment, new { kind = "Fine", amount = 2000m, paidOn = d.Today, receiptNumber = "湘非税2026000123" });
            await d.DoAsync(O, executed, CaseAction.ConfirmExecution, new { note = "罚款已全额缴入国库" });
            cases[CaseStatus.Executed] = executed;

            var closed = await d.ServedAsync();
            await d.DoAsync(O, closed, CaseAction.RecordPayment, new { kind = "Fine", amount = 2000m, paidOn = d.Today, receiptNumber = "湘非税2026000124" });
            await d.DoAsync(O, closed, CaseAction.ConfirmExecution, new { });
            await d.DoAsync(H, closed, CaseAction.CloseCase, new { summary = "罚款已缴纳，执行完毕" });
            cases[CaseStatus.Closed] = closed;

            var archived = await d.ServedAsync();
            await d.DoAsync(O, archived, CaseAction.RecordPayment, new { kind = "Fine", amount = 2000m, paidOn = d.Today, receiptNumber = "湘非税2026000125" });
            await d.DoAsync(O, archived, CaseAction.ConfirmExecution, new { });
            await d.DoAsync(H, archived, CaseAction.CloseCase, new { summary = "执行完毕" });
            await d.DoAsync(O, archived, CaseAction.ArchiveCase);
            cases[CaseStatus.Archived] = archived;

            var summary = await d.LeadAsync(d.Individual, "从业人员未取得健康合格证明从事直接为顾客服务的工作");
            await d.DoAsync(O, summary, CaseAction.DecideSummarily, new
            {
                officerIds = new[] { d.Officer1, d.Officer2 },
                measures = WarningOnly,
                fine = 100m,
                facts = "当事人安排未取得健康合格证明的从业人员上岗",
                violatedProvision = "《公共场所卫生管理条例实施细则》第十条",
                penaltyBasis = "《公共场所卫生管理条例实施细则》第三十八条",
                partySigned = true,
            });
            await d.DoAsync(O, summary, CaseAction.FileSummaryRecord);
            await d.DoAsync(O, summary, CaseAction.RecordPayment, new { amount = 100m, receiptNumber = "湘非税2026000126" });
            await d.DoAsync(O, summary, CaseAction.ConfirmExecution, new { });
            await d.DoAsync(H, summary, CaseAction.CloseCase, new { summary = "简易程序，已备案并执行完毕" });
            await d.DoAsync(O, summary, CaseAction.ArchiveCase);

            // A fine of ¥50 000 on an organisation: hearing right (R-PEN-16), legal review (R-PEN-20), collective discussion (R-PEN-21).
            var review = await d.NotifiedAsync(50000m);
            await d.DoAsync(O, review, CaseAction.RecordStatement, new { waived = true });
            await d.DoAsync(O, review, CaseAction.SubmitForLegalReview);
            cases[CaseStatus.LegalReview] = review;

            var reviewed = await d.NotifiedAsync(50000m);
            await d.DoAsync(O, reviewed, CaseAction.RecordStatement, new { waived = true });
            await d.DoAsync(O, reviewed, CaseAction.SubmitForLegalReview);
            await d.DoAsync(R, reviewed, CaseAction.CompleteLegalReview, new { outcome = "Approved", opinion = "事实清楚，证据确凿，适用依据正确，程序合法，裁量适当" });
            cases[CaseStatus.Reviewed] = reviewed;

            var discussed = await d.NotifiedAsync(50000m);
            await d.DoAsync(O, discussed, CaseAction.RecordStatement, new { waived = true });
            await d.DoAsync(O, discussed, CaseAction.SubmitForLegalReview);
            await d.DoAsync(R, discussed, CaseAction.CompleteLegalReview, new { outcome = "Approved", opinion = "同意" });
            await d.DoAsync(H, discussed, CaseAction.RecordCollectiveDiscussion, CaseDriverDrafts.Discussion(d.Today));
            cases[CaseStatus.Discussed] = discussed;

            var hearing = await d.NotifiedAsync(50000m);
            await d.DoAsync(O, hearing, CaseAction.RequestHearing, new { requestedOn = d.Today });
            cases[CaseStatus.Hearing] = hearing;

            // The hearing path needs time: notice 7 working days ahead (R-PEN-17), so the clock moves 16 days on.
            var heard = await d.NotifiedAsync(50000m);
            await d.DoAsync(O, heard, CaseAction.RequestHearing, new { requestedOn = d.Today });
            var head = await (await d.ClientAsync(H)).GetFromJsonAsync<JsonElement>("api/v1/me");
            var hearingDate = d.Today.AddDays(15);
            await d.DoAsync(O, heard, CaseAction.ScheduleHearing, new { hearingDate, place = "区卫生健康局听证室", presidingUserId = head.GetProperty("id").GetGuid(), notifiedOn = d.Today });
            var overdue = await d.ServedAsync();

            Server.Clock.Offset = TimeSpan.FromDays(16);
            await d.DoAsync(O, heard, CaseAction.RecordHearing, new { heldOn = hearingDate, partyAttended = true, transcript = "当事人对违法事实无异议，请求从轻处罚。" });
            await d.DoAsync(O, heard, CaseAction.SubmitForLegalReview);
            await d.DoAsync(R, heard, CaseAction.CompleteLegalReview, new { outcome = "Returned", opinion = "请补充说明裁量理由" });
            await d.DoAsync(O, heard, CaseAction.SubmitForLegalReview);
            await d.DoAsync(R, heard, CaseAction.CompleteLegalReview, new { outcome = "Approved", opinion = "同意" });
            await d.DoAsync(H, heard, CaseAction.RecordCollectiveDiscussion, CaseDriverDrafts.Discussion(d.Today));
            (await d.DoAsync(H, heard, CaseAction.DecidePenalty)).GetProperty("status").GetString().ShouldBe("Decided");

            // Payment overdue (R-PEN-26) → 催告 → court application 10 working days later (R-PEN-28).
            var reminded = await d.DoAsync(O, overdue, CaseAction.SendPaymentReminder, new { servedOn = d.Today });
            var money = reminded.GetProperty("money");
            money.GetProperty("overdue").GetBoolean().ShouldBeTrue();
            money.GetProperty("surcharge").GetDecimal().ShouldBeInRange(60m, 2000m); // R-PEN-27: 3% of ¥2 000 a day, capped at the fine
            money.GetProperty("outstanding").GetDecimal().ShouldBe(2000m + money.GetProperty("surcharge").GetDecimal());
            // Not while the party may still sue (6 months, 行政强制法第五十三条), then within the 3 months after.
            Server.Clock.Offset = TimeSpan.FromDays(40);
            await d.RefusedAsync(H, overdue, CaseAction.ApplyCourtEnforcement, new { court = "永州市冷水滩区人民法院" }, "penalty-case.court-enforcement-window");
            Server.Clock.Offset = TimeSpan.FromDays(210);
            (await d.DoAsync(H, overdue, CaseAction.ApplyCourtEnforcement, new { court = "永州市冷水滩区人民法院" })).GetProperty("status").GetString().ShouldBe("Executed");
        }
        finally
        {
            Server.Clock.Offset = TimeSpan.Zero;
        }

        // Every row walked, every status reached.
        CaseWorkflow.Table.Select(t => t.Action).Where(a => !d.Performed.Contains(a)).ShouldBeEmpty();
        Enum.GetValues<CaseStatus>().Where(s => !cases.ContainsKey(s)).ShouldBeEmpty();
        foreach (var (status, id) in cases)
        {
            (await d.StatusAsync(id)).ShouldBe(status.ToString());
        }

        // Every action from every status: outside the table 409, inside it 403 for a role the row does not name.
        var window = await d.ClientAsync("lst.window");
        foreach (var (status, id) in cases)
        {
            foreach (var t in CaseWorkflow.Table)
            {
                var r = await window.PostAsJsonAsync($"api/v1/cases/{id}/actions/{CaseWorkflow.WireName(t.Action)}", new { });
                var p = await Problem.ReadAsync(r);
                if (t.From.Contains(status))
                {
                    r.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{t.Action} from {status}");
                    p.Code.ShouldBe("penalty-case.role-not-allowed");
                }
                else
                {
                    r.StatusCode.ShouldBe(HttpStatusCode.Conflict, $"{t.Action} from {status}");
                    p.Code.ShouldBe("penalty-case.action-not-allowed");
                }
            }
        }
    }

    [Fact]
    public async Task The_case_page_offers_exactly_the_table_actions_for_the_users_roles()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.LeadAsync();
        var officer = await (await d.ClientAsync("lst.officer1")).GetFromJsonAsync<JsonElement>($"api/v1/cases/{id}");
        officer.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("action").GetString())
            .ShouldBe(["request-filing", "decide-summarily", "record-on-site-act", "add-evidence"], ignoreOrder: true);
        var head = await (await d.ClientAsync("lst.head")).GetFromJsonAsync<JsonElement>($"api/v1/cases/{id}");
        head.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ShouldBe(["decline-filing"]);
        var workflow = await (await d.ClientAsync("lst.head")).GetFromJsonAsync<JsonElement>("api/v1/cases/workflow");
        workflow.GetArrayLength().ShouldBe(CaseWorkflow.Table.Count);
    }

    [Fact]
    public async Task An_unknown_action_is_not_found_and_another_bureau_cannot_see_or_act_on_a_case()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.LeadAsync();
        var r = await (await d.ClientAsync("lst.officer1")).PostAsJsonAsync($"api/v1/cases/{id}/actions/delete", new { });
        (await Problem.ReadAsync(r)).Code.ShouldBe("penalty-case.unknown-action");
        using var other = await Server.SignedInAsync("ll.officer1");
        (await other.GetAsync($"api/v1/cases/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var act = await other.PostAsJsonAsync($"api/v1/cases/{id}/actions/request-filing", new { });
        (await Problem.ReadAsync(act)).Code.ShouldBe("penalty-case.not-found");
        var list = await other.GetFromJsonAsync<JsonElement>("api/v1/cases?pageSize=100");
        list.GetProperty("items").EnumerateArray().ShouldNotContain(c => c.GetProperty("id").GetGuid() == id);
    }
}

/// <summary>Request bodies shared by the enforcement tests.</summary>
public static class CaseDriverDrafts
{
    public static object Edited(decimal fine) => new
    {
        draft = CaseDriver.DraftBody(fine),
        reason = "根据当事人陈述申辩调整罚款数额",
    };

    public static object Discussion(DateOnly day) => new
    {
        heldOn = day,
        place = "局三楼会议室",
        attendees = new[] { "局长 张建国", "副局长 李明", "副局长 王芳", "法规股股长 陈静" },
        recusals = Array.Empty<string>(),
        opinions = new[]
        {
            new { person = "局长 张建国", opinion = "同意承办人意见" },
            new { person = "副局长 李明", opinion = "同意" },
            new { person = "副局长 王芳", opinion = "同意，建议加强回访" },
        },
        conclusion = "经集体讨论，同意按拟处罚意见作出行政处罚决定。",
    };
}

public sealed class CaseWorkflowTests_Sqlite(SqliteServer server) : CaseWorkflowTests<SqliteServer>(server);

public sealed class CaseWorkflowTests_Postgres(PostgresServer server) : CaseWorkflowTests<PostgresServer>(server);
