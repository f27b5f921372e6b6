using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Inspections.Draws;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;

namespace Weijian.Inspections.Plans;

/// <summary>
/// Plans, tasks and draws of the current year, after the entities and officers (Order 30) and before the visits (37):
/// a national plan entered and issued by the province, a city plan issued by 永州市, and a county plan per bureau;
/// draws committed, run and published for most tasks, the city task of the second bureau redrawn with a reason
/// (round 1 kept), and the second bureau's county task still awaiting its draw. Made through the handlers as the
/// planners and officers, so every step is audited. Deterministic: seed inputs are digits of SHA-256 of fixed text
/// (only the reveal salt comes from the OS CSPRNG, as in a real draw). Everything is dated today: nothing in the future.
/// </summary>
public sealed class InspectionDemo : IDemoContribution
{
    public int Order => 35;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        var today = ChinaClock.Today(services.GetRequiredService<TimeProvider>());
        var deadline = new DateOnly(today.Year, 12, 31);
        string Title(string s) => $"{today.Year}年{s}";

        var national = await DraftAndIssueAsync(services, "admin", Roles.SystemAdministrator, new DraftPlan(
            today.Year, Title("国家随机监督抽查计划（省级录入）"), nameof(PlanLevel.National), null, deadline,
            "国家卫生健康委年度随机监督抽查计划，由省卫生健康委录入并下达各区县。", ["CC-GG-01", "CC-GG-04", "CC-YL-01", "CC-YS-01"],
            [new("公共场所", null, null, 0.1m, null), new("医疗卫生", null, null, 0.1m, null), new("生活饮用水", null, null, null, 1)]), ct);
        var city = await DraftAndIssueAsync(services, "yz.admin", Roles.SystemAdministrator, new DraftPlan(
            today.Year, Title("永州市卫生健康随机抽查计划"), nameof(PlanLevel.City), null, deadline, null, ["CC-XX-01", "CC-ZY-03"],
            [new("学校卫生", null, null, 0.2m, null), new("职业卫生", null, null, null, 1)]), ct);
        if (national is null || city is null)
        {
            return;
        }

        for (var b = 0; b < bureaus.Count; b++)
        {
            var prefix = bureaus[b].Prefix;
            var county = await DraftAndIssueAsync(services, prefix + ".head", Roles.BureauHead, new DraftPlan(
                today.Year, Title(bureaus[b].Name.Replace("卫生健康局", "", StringComparison.Ordinal) + "公共场所随机抽查计划"), nameof(PlanLevel.County), null, deadline,
                "县级计划：美容美发、住宿场所加大抽查比例。", ["CC-GG-02", "CC-GG-03"], [new("公共场所", null, null, 0.15m, null)]), ct);
            await DrawAsync(services, prefix, national.Value, 0, null, ct);
            await DrawAsync(services, prefix, city.Value, b, b == 1 ? "抽取会议现场见证人（纪检监察室）未按时到场，经局长办公会研究重新抽取" : null, ct);
            if (county is { } c && b == 0)
            {
                await DrawAsync(services, prefix, c, 0, null, ct);
            }
        }
    }

    private static async Task<Guid?> DraftAndIssueAsync(IServiceProvider services, string userName, string role, DraftPlan plan, CancellationToken ct)
    {
        Guid? id = null;
        await ActAsync(services, userName, role, async sp =>
        {
            var drafted = await sp.GetRequiredService<DraftPlanHandler>().HandleAsync(plan, ct);
            id = drafted.Id;
        }, ct);
        if (id is { } planId)
        {
            await ActAsync(services, userName, role, sp => sp.GetRequiredService<IssuePlanHandler>().HandleAsync(new IssuePlan(planId), ct), ct);
        }

        return id;
    }

    /// <summary>Commit → run → publish the bureau's task of <paramref name="planId"/>; with a reason, redraw once after the run.</summary>
    private static async Task DrawAsync(IServiceProvider services, string prefix, Guid planId, int salt, string? redrawReason, CancellationToken ct)
    {
        await ActAsync(services, prefix + ".officer1", Roles.Officer, async sp =>
        {
            var db = sp.GetRequiredService<WeijianDb>();
            var taskId = await db.Set<InspectionTask>().Where(t => t.PlanId == planId).Select(t => t.Id).SingleAsync(ct);
            var draw = await sp.GetRequiredService<CommitDrawHandler>().HandleAsync(new CommitDraw(taskId), ct);
            db.ChangeTracker.Clear();
            draw = await sp.GetRequiredService<RunDrawHandler>().HandleAsync(new RunDraw(draw.Id, Seeds(draw, $"{prefix}/{planId}/{salt}/1")), ct);
            db.ChangeTracker.Clear();
            if (redrawReason is not null)
            {
                draw = await sp.GetRequiredService<RedrawHandler>().HandleAsync(new Redraw(draw.Id, redrawReason), ct);
                db.ChangeTracker.Clear();
                draw = await sp.GetRequiredService<RunDrawHandler>().HandleAsync(new RunDraw(draw.Id, Seeds(draw, $"{prefix}/{planId}/{salt}/2")), ct);
                db.ChangeTracker.Clear();
            }

            await sp.GetRequiredService<PublishDrawHandler>().HandleAsync(new PublishDraw(draw.Id), ct);
        }, ct);
    }

    /// <summary>Dice (1–6) and a witness's six digits, from SHA-256 of fixed text: no PRNG, same on every load.</summary>
    private static List<SeedInput> Seeds(DrawView draw, string text)
    {
        var h = SHA256.HashData(Encoding.UTF8.GetBytes("weijian-demo-seed/" + text));
        return draw.SeedInputNames.Select((name, i) => new SeedInput(name, i == 0
            ? string.Join(' ', h.Take(6).Select(x => (x % 6) + 1))
            : string.Concat(h.Skip(6 + (i * 6)).Take(6).Select(x => x % 10)))).ToList();
    }

    private static async Task ActAsync(IServiceProvider services, string userName, string role, Func<IServiceProvider, Task> action, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
        var user = await sp.GetRequiredService<WeijianDb>().Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null)
        {
            return;
        }

        sp.GetRequiredService<CurrentActor>().Value = new Actor(user.Id, user.DisplayName, user.OrganizationId, new HashSet<string> { role }, false);
        await action(sp);
    }
}
