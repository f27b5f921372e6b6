using System.Net.Http.Json;
using System.Text.Json;
using Weijian.Enforcement.PenaltyCases;
using Weijian.IntegrationTests.Infrastructure;

namespace Weijian.IntegrationTests.Enforcement;

/// <summary>
/// Issue #5 acceptance 2: each legal gate refuses its bypass through the API with the rule's code, on both providers —
/// the domain enforces them, so no client can skip them.
/// </summary>
public abstract class CaseGateTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const string O = "lst.officer1", H = "lst.head", R = "lst.reviewer";
    private static readonly string[] ReviewerRole = ["LegalReviewer"];

    // R-PEN-12, R-OFF-1: two officers with valid credentials.
    [Fact]
    public async Task Filing_with_fewer_than_two_certified_officers_is_refused_R_PEN_12()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.LeadAsync();
        var p = await d.RefusedAsync(O, id, CaseAction.RequestFiling, d.Filing(d.Officer1, d.Officer1), "penalty-case.two-certified-officers");
        p.Fields.ShouldContain("officerIds");
        await d.RefusedAsync(O, id, CaseAction.RecordOnSiteAct, new { kind = "Inquiry", officerIds = new[] { d.Officer1 }, content = "询问" }, "penalty-case.two-certified-officers");
        (await d.StatusAsync(id)).ShouldBe("Lead");
    }

    // R-PEN-12: an officer with a declared conflict with the party must recuse.
    [Fact]
    public async Task An_officer_with_a_declared_conflict_cannot_handle_the_case_R_PEN_12()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.LeadAsync(d.ConflictEntity, "使用非卫生技术人员从事医疗卫生技术工作");
        var p = await d.RefusedAsync(O, id, CaseAction.RequestFiling, d.Filing(), "penalty-case.officer-recusal");
        p.Title.ShouldContain("回避");
    }

    // R-PEN-7: 2 years, 5 where life/health safety was concerned and harm caused.
    [Fact]
    public async Task Filing_after_the_limitation_period_is_refused_unless_harm_extends_it_to_five_years_R_PEN_7()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var old = d.Today.AddYears(-3);
        var id = await d.LeadAsync();
        await d.RefusedAsync(O, id, CaseAction.RequestFiling, d.Filing(actDate: old), "penalty-case.limitation-expired");
        (await d.DoAsync(O, id, CaseAction.RequestFiling, d.Filing(actDate: old, harm: true))).GetProperty("status").GetString().ShouldBe("FilingRequested");
    }

    // R-PEN-5: filing is approved by a 局领导, not by the handler.
    [Fact]
    public async Task Only_a_bureau_head_approves_filing()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.LeadAsync();
        await d.DoAsync(O, id, CaseAction.RequestFiling, d.Filing());
        await d.RefusedAsync(O, id, CaseAction.ApproveFiling, null, "penalty-case.role-not-allowed");
        var filed = await d.DoAsync(H, id, CaseAction.ApproveFiling, new { opinion = "同意" });
        filed.GetProperty("clocks").EnumerateArray().ShouldContain(c => c.GetProperty("ruleId").GetString() == "R-PEN-6");
    }

    // R-PEN-15: notice first, and the defence period runs before the decision.
    [Fact]
    public async Task No_decision_before_notice_or_while_the_defence_period_runs_R_PEN_15()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var concluded = await d.ConcludedAsync();
        await d.RefusedAsync(H, concluded, CaseAction.DecidePenalty, null, "penalty-case.action-not-allowed");
        await d.DoAsync(O, concluded, CaseAction.NotifyParty, new { servedOn = d.Today });
        var p = await d.RefusedAsync(H, concluded, CaseAction.DecidePenalty, null, "penalty-case.defence-period-running");
        p.Title.ShouldContain("R-PEN-15");

        // A statement must be re-examined: recording one without 复核 is refused as input.
        await d.RefusedAsync(O, concluded, CaseAction.RecordStatement, new { waived = false, statement = "当事人申辩" }, "validation.required");
        await d.DoAsync(O, concluded, CaseAction.RecordStatement, new { waived = false, statement = "当事人申辩", reExamination = "经复核不予采纳" });
        (await d.DoAsync(H, concluded, CaseAction.DecidePenalty)).GetProperty("status").GetString().ShouldBe("Decided");
    }

    // R-PEN-15: no heavier penalty than notified.
    [Fact]
    public async Task A_decision_heavier_than_the_notice_is_refused_until_the_party_is_notified_again_R_PEN_15()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.NotifiedAsync(2000m);
        await d.DoAsync(O, id, CaseAction.RecordStatement, new { waived = true });
        await d.DoAsync(O, id, CaseAction.EditDraftDecision, CaseDriverDrafts.Edited(3000m));
        var p = await d.RefusedAsync(H, id, CaseAction.DecidePenalty, null, "penalty-case.heavier-than-notified");
        p.Title.ShouldContain("3000.00");

        // Lighter is allowed; re-notifying the heavier amount is the lawful way to raise it.
        await d.DoAsync(O, id, CaseAction.NotifyParty, new { servedOn = d.Today });
        await d.DoAsync(O, id, CaseAction.RecordStatement, new { waived = true });
        var decided = await d.DoAsync(H, id, CaseAction.DecidePenalty);
        decided.GetProperty("decidedTerms").GetProperty("fine").GetDecimal().ShouldBe(3000m);
    }

    // R-PEN-16/17: hearing only with a trigger, within 5 working days, 7 working days' notice, non-investigator presiding.
    [Fact]
    public async Task Hearing_rules_refuse_no_right_late_requests_short_notice_and_an_investigator_presiding_R_PEN_16_17()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var small = await d.NotifiedAsync(2000m);
        await d.RefusedAsync(O, small, CaseAction.RequestHearing, new { requestedOn = d.Today }, "penalty-case.no-hearing-right");

        var big = await d.NotifiedAsync(50000m);
        var view = await d.DoAsync(O, big, CaseAction.RecordStatement, new { waived = false, statement = "要求听证前先申辩", reExamination = "已记录" });
        view.GetProperty("hearingRight").GetBoolean().ShouldBeTrue();
        var late = await d.NotifiedAsync(50000m);
        try
        {
            Server.Clock.Offset = TimeSpan.FromDays(12);
            await d.RefusedAsync(O, late, CaseAction.RequestHearing, new { requestedOn = d.Today }, "penalty-case.hearing-request-late");
        }
        finally
        {
            Server.Clock.Offset = TimeSpan.Zero;
        }

        await d.DoAsync(O, big, CaseAction.RequestHearing, new { requestedOn = d.Today });
        var officer = await (await d.ClientAsync(O)).GetFromJsonAsync<JsonElement>("api/v1/me");
        var head = await (await d.ClientAsync(H)).GetFromJsonAsync<JsonElement>("api/v1/me");
        await d.RefusedAsync(O, big, CaseAction.ScheduleHearing, new { hearingDate = d.Today.AddDays(20), place = "听证室", presidingUserId = officer.GetProperty("id").GetGuid() }, "penalty-case.presiding-officer-is-investigator");
        await d.RefusedAsync(O, big, CaseAction.ScheduleHearing, new { hearingDate = d.Today.AddDays(3), place = "听证室", presidingUserId = head.GetProperty("id").GetGuid() }, "penalty-case.hearing-notice-period");
        await d.RefusedAsync(O, big, CaseAction.SubmitForLegalReview, null, "penalty-case.hearing-not-concluded");
    }

    // R-PEN-20: legal review of the current draft, by a qualified reviewer who is not a handler; an edit voids the approval.
    [Fact]
    public async Task Legal_review_is_required_by_a_qualified_non_handler_and_editing_the_draft_voids_it_R_PEN_20()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.NotifiedAsync(50000m);
        await d.DoAsync(O, id, CaseAction.RecordStatement, new { waived = true });
        await d.RefusedAsync(H, id, CaseAction.DecidePenalty, null, "penalty-case.legal-review-required");

        // A first-time reviewer without 法律职业资格.
        using var admin = await Server.SignedInAsync("lst.admin");
        var me = await admin.GetFromJsonAsync<JsonElement>("api/v1/me");
        var created = await admin.PostAsJsonAsync("api/v1/users", new
        {
            organizationId = me.GetProperty("organizationId").GetGuid(),
            userName = "lst.newreviewer" + Guid.NewGuid().ToString("N")[..4],
            displayName = "新审核员",
            password = "reviewer-pass-1",
            roles = ReviewerRole,
        });
        var userName = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString()!;
        using var fresh = await Server.SignedInAsync(userName, "reviewer-pass-1");
        await d.DoAsync(O, id, CaseAction.SubmitForLegalReview);
        var r = await fresh.PostAsJsonAsync($"api/v1/cases/{id}/actions/complete-legal-review", new { outcome = "Approved", opinion = "同意" });
        (await Problem.ReadAsync(r)).Code.ShouldBe("penalty-case.reviewer-unqualified");

        // The reviewer may not review a case they handle.
        var own = await d.LeadAsync();
        await d.DoAsync(O, own, CaseAction.RequestFiling, d.Filing(d.Officer1, d.ReviewerOfficer));
        await d.DoAsync(H, own, CaseAction.ApproveFiling);
        await d.DoAsync(O, own, CaseAction.RecordOnSiteAct, new { kind = "OnSiteInspection", officerIds = new[] { d.Officer1, d.ReviewerOfficer }, content = "现场检查", avRequired = false });
        await d.DoAsync(O, own, CaseAction.ConcludeInvestigation, CaseDriver.Draft(50000m));
        await d.DoAsync(O, own, CaseAction.NotifyParty, new { servedOn = d.Today });
        await d.DoAsync(O, own, CaseAction.RecordStatement, new { waived = true });
        await d.DoAsync(O, own, CaseAction.SubmitForLegalReview);
        await d.RefusedAsync(R, own, CaseAction.CompleteLegalReview, new { outcome = "Approved", opinion = "同意" }, "penalty-case.reviewer-is-handler");

        // Approved, then the draft is edited: the approval is void and the decision is refused again.
        var approved = await d.DoAsync(R, id, CaseAction.CompleteLegalReview, new { outcome = "Approved", opinion = "同意" });
        approved.GetProperty("status").GetString().ShouldBe("Reviewed");
        var edited = await d.DoAsync(O, id, CaseAction.EditDraftDecision, CaseDriverDrafts.Edited(45000m));
        edited.GetProperty("status").GetString().ShouldBe("Notified");
        edited.GetProperty("reviews")[0].GetProperty("voidReason").GetString().ShouldNotBeNull();
        await d.RefusedAsync(H, id, CaseAction.DecidePenalty, null, "penalty-case.legal-review-required");
    }

    // R-PEN-19/21: collective discussion for major cases, after the legal review.
    [Fact]
    public async Task A_major_case_needs_a_collective_discussion_after_its_legal_review_R_PEN_21()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.NotifiedAsync(50000m);
        await d.DoAsync(O, id, CaseAction.RecordStatement, new { waived = true });
        await d.RefusedAsync(H, id, CaseAction.RecordCollectiveDiscussion, CaseDriverDrafts.Discussion(d.Today), "penalty-case.review-before-discussion");
        await d.DoAsync(O, id, CaseAction.SubmitForLegalReview);
        await d.DoAsync(R, id, CaseAction.CompleteLegalReview, new { outcome = "Approved", opinion = "同意" });
        await d.RefusedAsync(H, id, CaseAction.DecidePenalty, null, "penalty-case.collective-discussion-required");
        await d.DoAsync(H, id, CaseAction.RecordCollectiveDiscussion, CaseDriverDrafts.Discussion(d.Today));
        (await d.DoAsync(H, id, CaseAction.DecidePenalty)).GetProperty("status").GetString().ShouldBe("Decided");
    }

    // R-PEN-20/21: a case flagged 疑难复杂 at filing stays flagged when the draft is sent without flags, so the review gate holds.
    [Fact]
    public async Task Flags_set_at_filing_survive_a_draft_that_does_not_mention_them_R_PEN_20()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.LeadAsync();
        await d.DoAsync(O, id, CaseAction.RequestFiling, new
        {
            officerIds = new[] { d.Officer1, d.Officer2 },
            actDate = d.Today.AddDays(-20),
            opinion = "案情疑难复杂，建议立案调查。",
            complex = true,
        });
        await d.DoAsync(H, id, CaseAction.ApproveFiling, new { opinion = "同意立案" });
        await d.DoAsync(O, id, CaseAction.RecordOnSiteAct, d.OnSite());
        var concluded = await d.DoAsync(O, id, CaseAction.ConcludeInvestigation, CaseDriver.Draft(2000m));
        concluded.GetProperty("flags").GetProperty("complex").GetBoolean().ShouldBeTrue();
        await d.DoAsync(O, id, CaseAction.NotifyParty, new { servedOn = d.Today });
        await d.DoAsync(O, id, CaseAction.RecordStatement, new { waived = true });
        await d.RefusedAsync(H, id, CaseAction.DecidePenalty, null, "penalty-case.legal-review-required");
    }

    // R-PEN-23: the summary procedure is for a warning or a small fine only.
    [Fact]
    public async Task The_summary_procedure_refuses_a_fine_above_its_limit_R_PEN_23()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var id = await d.LeadAsync(d.Individual, "从业人员未取得健康合格证明上岗");
        await d.RefusedAsync(O, id, CaseAction.DecideSummarily, new
        {
            officerIds = new[] { d.Officer1, d.Officer2 },
            fine = 500m,
            facts = "事实",
            violatedProvision = "条款",
            penaltyBasis = "依据",
        }, "penalty-case.summary-procedure-limit");
        var decided = await d.DoAsync(O, id, CaseAction.DecideSummarily, new
        {
            officerIds = new[] { d.Officer1, d.Officer2 },
            fine = 200m,
            facts = "事实",
            violatedProvision = "条款",
            penaltyBasis = "依据",
        });
        await d.DoAsync(O, id, CaseAction.RecordPayment, new { amount = 200m, receiptNumber = "湘非税2026009999" });
        await d.DoAsync(O, id, CaseAction.ConfirmExecution);
        await d.RefusedAsync(H, id, CaseAction.CloseCase, new { summary = "执行完毕" }, "penalty-case.summary-not-filed");
        decided.GetProperty("procedure").GetString().ShouldBe("Summary");
    }

    // R-PEN-24/25/26/28, R-PEN-6: service consent, execution, reminder before court, extension causes.
    [Fact]
    public async Task Service_execution_and_extension_gates_refuse_their_bypass()
    {
        using var d = await CaseDriver.StartAsync(Server);
        var decided = await d.DecidedAsync();
        await d.RefusedAsync(O, decided, CaseAction.ServeDecision, new { method = "Electronic", recipient = "当事人" }, "penalty-case.electronic-service-consent");
        await d.RefusedAsync(O, decided, CaseAction.ServeDecision, new { method = "LeftWithWitness", recipient = "当事人" }, "penalty-case.service-witness");
        var served = await d.DoAsync(O, decided, CaseAction.ServeDecision, new { method = "Electronic", recipient = "当事人", partyConsented = true });
        served.GetProperty("clocks").EnumerateArray().ShouldContain(c => c.GetProperty("ruleId").GetString() == "R-PEN-26");
        await d.RefusedAsync(O, decided, CaseAction.ConfirmExecution, null, "penalty-case.amounts-outstanding");
        await d.RefusedAsync(H, decided, CaseAction.ApplyCourtEnforcement, new { court = "区人民法院" }, "penalty-case.reminder-first");
        await d.RefusedAsync(O, decided, CaseAction.SendPaymentReminder, null, "penalty-case.not-overdue");

        var inv = await d.InvestigatingAsync();
        await d.RefusedAsync(H, inv, CaseAction.ExtendDecisionPeriod, new { cause = "工作繁忙", days = 30, reason = "人手不足" }, "penalty.extension-cause-not-allowed");
        await d.RefusedAsync(O, inv, CaseAction.ConcludeInvestigation, CaseDriver.Draft(1000m), "penalty-case.no-evidence");
    }
}

public sealed class CaseGateTests_Sqlite(SqliteServer server) : CaseGateTests<SqliteServer>(server);

public sealed class CaseGateTests_Postgres(PostgresServer server) : CaseGateTests<PostgresServer>(server);
