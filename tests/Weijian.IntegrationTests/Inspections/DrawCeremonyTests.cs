using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Inspections.Draws;
using Weijian.Inspections.Plans;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.IntegrationTests.Inspections;

/// <summary>
/// The 双随机 draw ceremony through the API on both providers (issue #4, DESIGN §5): steps only in order, one run per
/// round, a redraw is a new reasoned round that keeps the first, the downloaded record verifies, every assigned officer
/// is eligible (R-OFF-1, R-PEN-12), the public sees the commitment but not the selection before publication, and the
/// risk weights set the quotas as ADR 0009 documents.
/// </summary>
public abstract class DrawCeremonyTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private DateOnly Today => ChinaClock.Today(Server.Clock);

    private async Task<Guid> IssuedCountyTaskAsync(HttpClient head, HttpClient officer, string title, object[]? strata = null, object[]? weights = null)
    {
        var plan = await PlanTaskTests<TServer>.OkAsync(await head.PostAsJsonAsync("api/v1/plans", PlanTaskTests<TServer>.Plan(title, "County", Today, strata, weights)));
        var id = plan.GetProperty("id").GetGuid();
        await PlanTaskTests<TServer>.OkAsync(await head.PostAsync($"api/v1/plans/{id}/issue", null));
        return (await PlanTaskTests<TServer>.TaskOfPlanAsync(officer, id)) ?? throw new InvalidOperationException("task not pushed");
    }

    private static object Seeds(params string[] values) => new
    {
        seedInputs = CommitDrawHandler.DefaultSeedInputNames.Select((n, i) => new { name = n, value = values[i] }).ToArray(),
    };

    [Fact]
    public async Task The_draw_steps_run_only_in_order_and_a_redraw_is_a_reasoned_new_round_that_keeps_the_first()
    {
        using var head = await Server.SignedInAsync("lst.head");
        using var officer = await Server.SignedInAsync("lst.officer1");
        var taskId = await IssuedCountyTaskAsync(head, officer, "抽取流程测试");

        // Seed before commit: there is no round to run.
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/draws/{taskId}/run", Seeds("3 1 6 6 2 5", "204817")))).Code.ShouldBe("random-draw.not-found");

        var committed = await PlanTaskTests<TServer>.OkAsync(await officer.PostAsJsonAsync("api/v1/draws", new { taskId }));
        var drawId = committed.GetProperty("id").GetGuid();
        committed.GetProperty("status").GetString().ShouldBe("Committed");
        committed.GetProperty("commitmentHash").GetString()!.Length.ShouldBe(64);
        (await Problem.ReadAsync(await officer.PostAsJsonAsync("api/v1/draws", new { taskId }))).Code.ShouldBe("random-draw.already-committed");
        (await Problem.ReadAsync(await officer.PostAsync($"api/v1/draws/{drawId}/publish", null))).Code.ShouldBe("random-draw.not-drawn");

        var drawn = await PlanTaskTests<TServer>.OkAsync(await officer.PostAsJsonAsync($"api/v1/draws/{drawId}/run", Seeds("3 1 6 6 2 5", "204817")));
        drawn.GetProperty("status").GetString().ShouldBe("Drawn");
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/draws/{drawId}/run", Seeds("1 1 1 1 1 1", "000000")))).Code.ShouldBe("random-draw.not-committed");

        var task = await PlanTaskTests<TServer>.OkAsync(await officer.GetAsync($"api/v1/tasks/{taskId}"));
        var targets = task.GetProperty("targets").EnumerateArray().ToList();
        targets.ShouldNotBeEmpty();
        targets.ShouldAllBe(t => t.GetProperty("drawId").GetGuid() == drawId);

        // Redraw needs a reason and keeps round 1: its open targets are closed as not inspectable, never deleted (R-INS-7).
        var p = await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/draws/{drawId}/redraw", new { reason = "" }));
        p.Code.ShouldBe("validation.required");
        p.Fields.ShouldContain("reason");
        var round2 = await PlanTaskTests<TServer>.OkAsync(await officer.PostAsJsonAsync($"api/v1/draws/{drawId}/redraw", new { reason = "抽取会议见证人未到场，经局领导同意重新抽取" }));
        round2.GetProperty("round").GetInt32().ShouldBe(2);
        round2.GetProperty("previousDrawId").GetGuid().ShouldBe(drawId);
        round2.GetProperty("redrawReason").GetString().ShouldBe("抽取会议见证人未到场，经局领导同意重新抽取");
        var round1 = await PlanTaskTests<TServer>.OkAsync(await officer.GetAsync($"api/v1/draws/{drawId}"));
        round1.GetProperty("status").GetString().ShouldBe("Superseded");
        round1.GetProperty("supersededById").GetGuid().ShouldBe(round2.GetProperty("id").GetGuid());
        (await Problem.ReadAsync(await officer.PostAsJsonAsync($"api/v1/draws/{drawId}/redraw", new { reason = "再来" }))).Code.ShouldBe("random-draw.superseded");
        task = await PlanTaskTests<TServer>.OkAsync(await officer.GetAsync($"api/v1/tasks/{taskId}"));
        task.GetProperty("targets").GetArrayLength().ShouldBe(targets.Count);
        task.GetProperty("targets").EnumerateArray().ShouldAllBe(t => t.GetProperty("status").GetString() == "NotInspectable"
            && t.GetProperty("closedReason").GetString()!.StartsWith("重新抽取", StringComparison.Ordinal));
        task.GetProperty("draws").GetArrayLength().ShouldBe(2);

        // A superseded drawn round's record is public, so a redraw cannot hide an unwelcome result.
        (await Server.Anonymous().GetAsync($"api/v1/public/draws/{drawId}/record")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Another bureau sees none of it.
        using var other = await Server.SignedInAsync("ll.officer1");
        (await other.GetAsync($"api/v1/draws/{drawId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"api/v1/draws/{round2.GetProperty("id").GetGuid()}/run", Seeds("1 2 3 4 5 6", "111111"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_public_sees_the_commitment_then_the_salted_hash_and_only_after_publication_the_record_which_verifies()
    {
        using var head = await Server.SignedInAsync("lst.head");
        using var officer = await Server.SignedInAsync("lst.officer1");
        using var anonymous = Server.Anonymous();
        var taskId = await IssuedCountyTaskAsync(head, officer, "公开验证测试");
        var drawId = (await PlanTaskTests<TServer>.OkAsync(await officer.PostAsJsonAsync("api/v1/draws", new { taskId }))).GetProperty("id").GetGuid();

        var pub = await PlanTaskTests<TServer>.OkAsync(await anonymous.GetAsync($"api/v1/public/draws/{drawId}"));
        pub.GetProperty("commitmentHash").GetString()!.Length.ShouldBe(64);
        pub.GetProperty("selectionHash").ValueKind.ShouldBe(JsonValueKind.Null);

        var drawn = await PlanTaskTests<TServer>.OkAsync(await officer.PostAsJsonAsync($"api/v1/draws/{drawId}/run", Seeds("6 5 4 3 2 1", "918273")));
        var task = await PlanTaskTests<TServer>.OkAsync(await officer.GetAsync($"api/v1/tasks/{taskId}"));
        var drawnName = task.GetProperty("targets")[0].GetProperty("entityName").GetString()!;
        var drawnId = task.GetProperty("targets")[0].GetProperty("entityId").GetGuid().ToString();
        pub = await PlanTaskTests<TServer>.OkAsync(await anonymous.GetAsync($"api/v1/public/draws/{drawId}"));
        pub.GetProperty("selectionHash").GetString().ShouldBe(drawn.GetProperty("selectionHash").GetString());
        pub.GetProperty("recordJson").ValueKind.ShouldBe(JsonValueKind.Null);
        (await anonymous.GetAsync($"api/v1/public/draws/{drawId}/record")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await anonymous.GetStringAsync($"public/draws/{drawId}");
        page.ShouldContain(pub.GetProperty("commitmentHash").GetString()!);
        page.ShouldContain(pub.GetProperty("selectionHash").GetString()!);
        page.ShouldNotContain(drawnName);
        page.ShouldNotContain(drawnId);

        await PlanTaskTests<TServer>.OkAsync(await officer.PostAsync($"api/v1/draws/{drawId}/publish", null));
        var verified = await PlanTaskTests<TServer>.OkAsync(await anonymous.GetAsync($"api/v1/public/draws/{drawId}/verify"));
        verified.GetProperty("verified").GetBoolean().ShouldBeTrue();
        page = await anonymous.GetStringAsync($"public/draws/{drawId}");
        page.ShouldContain(drawnId);
        page.ShouldContain("重新计算验证");

        // The record downloaded by the bureau verifies with the protocol and with the CLI; a changed byte does not.
        var json = await officer.GetStringAsync($"api/v1/draws/{drawId}/record");
        DrawProtocol.Verify(json).Verified.ShouldBeTrue();
        (await anonymous.GetStringAsync($"api/v1/public/draws/{drawId}/record")).ShouldBe(json);
        var path = Path.Combine(Server.DataDirectory, $"draw-{drawId}.json");
        await File.WriteAllTextAsync(path, json);
        var cli = await Server.RunCliAsync("draw", "verify", path);
        cli.ExitCode.ShouldBe(0, cli.Stdout + cli.Stderr);
        var tampered = json.Replace("6 5 4 3 2 1", "6 5 4 3 2 2", StringComparison.Ordinal);
        DrawProtocol.Verify(tampered).Verified.ShouldBeFalse();
    }

    [Fact]
    public async Task Every_assigned_officer_pair_is_eligible_for_its_target_on_the_planned_date_R_OFF_1_R_PEN_12()
    {
        using var head = await Server.SignedInAsync("lst.head");
        using var officer = await Server.SignedInAsync("lst.officer1");
        var taskId = await IssuedCountyTaskAsync(head, officer, "人员资格测试",
            [new { specialty = "公共场所", ratio = 0.5m }, new { specialty = "医疗卫生", quota = 4 }], []);
        var drawId = (await PlanTaskTests<TServer>.OkAsync(await officer.PostAsJsonAsync("api/v1/draws", new { taskId }))).GetProperty("id").GetGuid();
        await PlanTaskTests<TServer>.OkAsync(await officer.PostAsJsonAsync($"api/v1/draws/{drawId}/run", Seeds("2 2 5 1 4 6", "550123")));

        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var draw = await db.Set<RandomDraw>().SingleAsync(d => d.Id == drawId);
        var targets = await db.Set<InspectionTarget>().Where(t => t.DrawId == drawId).ToListAsync();
        var officers = await db.Set<Officer>().Where(o => o.OrganizationId == draw.OrganizationId).ToDictionaryAsync(o => o.Id);
        targets.ShouldNotBeEmpty();
        var record = DrawRecordJson.Read(draw.RecordJson!);
        foreach (var t in targets)
        {
            var understaffed = record.Understaffed.Any(u => u.EntityId == t.EntityId);
            if (!understaffed)
            {
                t.OfficerIds.Count.ShouldBeGreaterThanOrEqualTo(2);
            }

            t.OfficerIds.Distinct().Count().ShouldBe(t.OfficerIds.Count);
            foreach (var o in t.OfficerIds)
            {
                var e = officers[o].EligibilityOn(draw.PlannedDate, t.Specialty, t.EntityId);
                e.Eligible.ShouldBeTrue(string.Join("；", e.Reasons.Select(r => r.Message)));
            }
        }
    }

    [Fact]
    public async Task Risk_weights_set_each_stratum_quota_as_round_of_ratio_times_the_sum_of_weights_ADR_0009()
    {
        using var head = await Server.SignedInAsync("lst.head");
        using var officer = await Server.SignedInAsync("lst.officer1");
        var flat = await IssuedCountyTaskAsync(head, officer, "不加权", [new { specialty = "公共场所", ratio = 0.3m }], []);
        var weighted = await IssuedCountyTaskAsync(head, officer, "默认权重", [new { specialty = "公共场所", ratio = 0.3m }]);
        var highOnly = await IssuedCountyTaskAsync(head, officer, "高风险加倍", [new { specialty = "公共场所", ratio = 0.3m }],
            [new { riskTier = "高风险", multiplier = 3m }, new { riskTier = "低风险", multiplier = 0m }]);

        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = await db.Users.Where(u => u.UserName == "lst.admin").Select(u => u.OrganizationId).SingleAsync();
        var places = await db.Set<RegulatedEntity>().Where(e => e.OrganizationId == org && e.Specialty == Specialty.PublicPlaces && e.Status == EntityStatus.Operating)
            .Select(e => new { e.RiskTier, e.CreditGrade }).ToListAsync();

        async Task<Dictionary<string, int>> QuotasAsync(Guid task)
        {
            var c = await PlanTaskTests<TServer>.OkAsync(await officer.PostAsJsonAsync("api/v1/draws", new { taskId = task }));
            using var doc = JsonDocument.Parse(c.GetProperty("commitmentJson").GetString()!);
            return doc.RootElement.GetProperty("strata").EnumerateArray().ToDictionary(s => s.GetProperty("label").GetString()!, s => s.GetProperty("quota").GetInt32());
        }

        int Expected(IReadOnlyList<RiskWeight> table) =>
            (int)Math.Round(0.3m * places.Sum(p => RiskWeighting.ClassOf(p.RiskTier, p.CreditGrade, table).Weight), MidpointRounding.AwayFromZero);

        var flatQuotas = await QuotasAsync(flat);
        flatQuotas.Values.Sum().ShouldBe(Expected([]));
        flatQuotas.Keys.ShouldAllBe(k => k.StartsWith("PublicPlaces/*/*#", StringComparison.Ordinal));
        var weightedQuotas = await QuotasAsync(weighted);
        weightedQuotas.Values.Sum().ShouldBe(Expected(RiskWeighting.Default));
        var highQuotas = await QuotasAsync(highOnly);
        highQuotas.Values.Sum().ShouldBe(Expected([new RiskWeight(RiskTier.High, null, 3m), new RiskWeight(RiskTier.Low, null, 0m)]));
        highQuotas.Where(q => q.Key.Contains("#Low", StringComparison.Ordinal)).ShouldAllBe(q => q.Value == 0);
        if (places.Any(p => p.RiskTier == RiskTier.High))
        {
            highQuotas.Where(q => q.Key.Contains("#High", StringComparison.Ordinal)).Sum(q => q.Value)
                .ShouldBeGreaterThanOrEqualTo(flatQuotas.Where(q => q.Key.Contains("#High", StringComparison.Ordinal)).Sum(q => q.Value));
        }
    }
}

public sealed class DrawCeremonyTests_Sqlite(SqliteServer server) : DrawCeremonyTests<SqliteServer>(server);

public sealed class DrawCeremonyTests_Postgres(PostgresServer server) : DrawCeremonyTests<PostgresServer>(server);
