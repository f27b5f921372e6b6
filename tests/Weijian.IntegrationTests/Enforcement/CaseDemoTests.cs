using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Enforcement.PenaltyCases;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Audit;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;

namespace Weijian.IntegrationTests.Enforcement;

/// <summary>
/// The penalty-case demo (<see cref="CaseDemo"/>) on a fresh database, as every fixture loads it: cases in every status of
/// the workflow in both bureaus, made through the handlers (each step audited at the case's own date) with the audit
/// chains intact.
/// </summary>
public abstract class CaseDemoTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    [Fact]
    public async Task Each_demo_bureau_has_cases_in_every_status_of_the_workflow()
    {
        await using var scope = Server.ScopeAs(Actor.System("测试"));
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        foreach (var prefix in new[] { "lst", "ll" })
        {
            var org = await db.Users.Where(u => u.UserName == prefix + ".head").Select(u => u.OrganizationId).SingleAsync();
            var statuses = await db.Set<PenaltyCase>().Where(c => c.OrganizationId == org).Select(c => c.Status).Distinct().ToListAsync();
            Enum.GetValues<CaseStatus>().Except(statuses).ShouldBeEmpty(prefix);
        }
    }

    [Fact]
    public async Task Demo_cases_cover_every_branch_summary_procedure_no_penalty_referral_extension_instalments_and_a_voided_review()
    {
        await using var scope = Server.ScopeAs(Actor.System("测试"));
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var cases = await db.Set<PenaltyCase>().AsNoTracking().ToListAsync();
        cases.ShouldContain(c => c.Procedure == CaseProcedure.Summary && c.SummaryFiledOn != null && c.DecidedFine == 0);
        cases.ShouldContain(c => c.Procedure == CaseProcedure.Summary && c.DecidedFine > 0);
        cases.ShouldContain(c => c.Outcome == CaseOutcome.NoPenalty && c.Status == CaseStatus.Archived);
        cases.ShouldContain(c => c.Status == CaseStatus.ReferralProposed);
        cases.ShouldContain(c => c.Status == CaseStatus.Transferred && c.TransferredOn != null);
        cases.ShouldContain(c => c.Extensions.Count > 0);
        cases.ShouldContain(c => c.Instalments.Count == 3 && c.Status == CaseStatus.Served);
        cases.ShouldContain(c => c.ReminderServedOn != null && c.Status == CaseStatus.Served);
        cases.ShouldContain(c => c.Preservations.Any(p => p.ApprovedOn != null && p.DisposedOn == null));
        cases.ShouldContain(c => c.Reviews.Any(r => r.VoidReason != null) && c.Status == CaseStatus.LegalReview);
        cases.ShouldContain(c => c.HearingDate > c.HearingNotifiedOn && c.HearingHeldOn == null);
        cases.ShouldContain(c => c.HearingHeldOn != null && c.Status == CaseStatus.Hearing);
        cases.ShouldContain(c => c.Discussions.Count > 0 && c.Discussions[0].Attendees.Count >= 3);
        cases.ShouldContain(c => c.Status == CaseStatus.Notified && c.StatementDue >= c.NoticeServedOn && !c.DefenceWaived);

        // R-PEN-12: two handlers on every filed case, none with a declared conflict with the party.
        var filed = cases.Where(c => c.FiledOn != null).ToList();
        filed.ShouldNotBeEmpty();
        filed.ShouldAllBe(c => c.Handlers.Count == 2);
        var conflicts = (await db.Set<Weijian.Registry.Officers.Officer>().AsNoTracking().ToListAsync())
            .SelectMany(o => o.Conflicts.Select(x => (OfficerId: o.Id, x.EntityId))).ToList();
        filed.ShouldAllBe(c => !c.Handlers.Any(h => conflicts.Any(x => x.OfficerId == h.OfficerId && x.EntityId == c.EntityId)));
    }

    [Fact]
    public async Task Every_demo_step_is_audited_by_the_acting_user_on_the_day_the_case_records_and_never_in_the_future()
    {
        await using var scope = Server.ScopeAs(Actor.System("测试"));
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var cases = await db.Set<PenaltyCase>().AsNoTracking().ToListAsync();
        var all = await db.AuditEntries.AsNoTracking().Where(a => a.SubjectType == PenaltyCaseSteps.SubjectType).ToListAsync();

        // 案卷评查 of a closed file is audited on its case but is a record of its own (CaseFileEvaluation), not a case step.
        var evaluations = all.Where(a => a.Action == CaseFileEvaluation.AuditAction).ToList();
        evaluations.Count.ShouldBe(await db.Set<CaseFileEvaluation>().CountAsync());
        var entries = all.Except(evaluations).ToList();
        entries.Count.ShouldBe(cases.Sum(c => c.Steps.Count));

        var now = TimeProvider.System.GetUtcNow();
        foreach (var c in cases)
        {
            var audited = entries.Where(a => a.SubjectId == c.Id.ToString()).OrderBy(a => a.Sequence).ToList();
            audited.Select(a => a.Action).ShouldBe(c.Steps.Select(s => PenaltyCaseSteps.AuditAction(s.Action)), c.Number);
            audited.Select(a => a.RecordedAt).ShouldBe(c.Steps.Select(s => s.At), c.Number);
            audited.ShouldAllBe(a => a.ActorId != null && a.RecordedAt <= now);
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(audited[0].RecordedAt, ChinaClock.TimeZone).DateTime).ShouldBe(c.ReceivedOn, c.Number);
            if (c.DecidedOn is { } decided && c.Procedure == CaseProcedure.General)
            {
                var decision = audited.Single(a => a.Action is "penalty-case.decide-penalty" or "penalty-case.decide-no-penalty");
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(decision.RecordedAt, ChinaClock.TimeZone).DateTime).ShouldBe(decided, c.Number);
            }
        }

        // Cases were received over months, not all today.
        cases.Select(c => c.ReceivedOn).Distinct().Count().ShouldBeGreaterThan(15);
        (cases.Max(c => c.ReceivedOn).DayNumber - cases.Min(c => c.ReceivedOn).DayNumber).ShouldBeGreaterThan(200);
    }

    [Fact]
    public async Task The_audit_chains_stay_intact_after_the_demo()
    {
        await using var scope = Server.ScopeAs(Actor.System("测试"));
        var verification = await scope.ServiceProvider.GetRequiredService<VerifyAuditChainsHandler>().HandleAsync(new VerifyAuditChains(), default);
        verification.Breaks.ShouldBeEmpty();
        verification.Intact.ShouldBeTrue();
        var result = await Server.RunCliAsync("audit", "verify");
        result.ExitCode.ShouldBe(0, result.Stderr);
    }

    [Fact]
    public async Task A_bureau_neither_lists_nor_reads_nor_acts_on_the_other_bureaus_demo_cases()
    {
        Guid foreign;
        HashSet<Guid> own;
        await using (var scope = Server.ScopeAs(Actor.System("测试")))
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var lst = await db.Users.Where(u => u.UserName == "lst.head").Select(u => u.OrganizationId).SingleAsync();
            var ll = await db.Users.Where(u => u.UserName == "ll.head").Select(u => u.OrganizationId).SingleAsync();
            foreign = await db.Set<PenaltyCase>().Where(c => c.OrganizationId == lst && c.Status == CaseStatus.Notified).Select(c => c.Id).FirstAsync();
            own = [.. await db.Set<PenaltyCase>().Where(c => c.OrganizationId == ll).Select(c => c.Id).ToListAsync()];
        }

        using var intruder = await Server.SignedInAsync("ll.officer1");
        using var list = System.Text.Json.JsonDocument.Parse(await intruder.GetStringAsync("api/v1/cases?pageSize=200"));
        var listed = list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        listed.ShouldNotBeEmpty();
        listed.ShouldAllBe(id => own.Contains(id));
        (await intruder.GetAsync($"api/v1/cases/{foreign}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        var refused = await Problem.ReadAsync(await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(
            intruder, $"api/v1/cases/{foreign}/actions/record-statement", new { waived = true }));
        refused.Status.ShouldBe(System.Net.HttpStatusCode.NotFound);
        refused.Code.ShouldBe("penalty-case.not-found");
    }

    [Fact]
    public async Task Cases_in_progress_have_their_legal_clocks_open_on_the_handlers_todo_list()
    {
        await using var scope = Server.ScopeAs(Actor.System("测试"));
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var open = await db.DeadlineClocks.AsNoTracking()
            .Where(d => d.SubjectType == PenaltyCaseSteps.SubjectType && d.Status == DeadlineStatus.Open).ToListAsync();
        open.ShouldContain(d => d.RuleId == "R-PEN-6");
        open.ShouldContain(d => d.RuleId == "R-PEN-15");
        open.ShouldContain(d => d.RuleId == "R-PEN-24");
        open.ShouldContain(d => d.RuleId == "R-PEN-26");
        open.ShouldContain(d => d.RuleId == "R-PEN-30");
        open.ShouldAllBe(d => d.AssigneeId != null);

        // Archived cases leave no clock open.
        var archived = (await db.Set<PenaltyCase>().Where(c => c.Status == CaseStatus.Archived).Select(c => c.Id).ToListAsync()).Select(id => id.ToString()).ToHashSet();
        open.ShouldNotContain(d => archived.Contains(d.SubjectId));
    }
}

public sealed class CaseDemoTests_Sqlite(SqliteServer server) : CaseDemoTests<SqliteServer>(server);

public sealed class CaseDemoTests_Postgres(PostgresServer server) : CaseDemoTests<PostgresServer>(server);
