using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Inspections.Plans;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Inspections.Visits;

/// <summary>
/// Demo visits (after the plans demo, Order 35): per bureau a few non-random tasks (complaint, referral, licensing
/// site check, routine) at its 公共场所, completed as visits over the past months — some merged (综合查一次), one with a
/// correction order and its 复查, graded A/B/C, one concluded 移交立案 (Enforcement's demo registers its lead), most results
/// published; and, when the plans demo drew random targets, some of those completed with their publication clocks
/// (on time, one late, one pending). Made through the handlers as the bureau's officer and disclosure clerk, with a
/// demo clock set to each act's day (the shape of Enforcement's case demo, which this module may not reference). Deterministic: entities by credit code,
/// dates by working days back from the day before today.
/// </summary>
public sealed class InspectionDemo : IDemoContribution
{
    public int Order => 37;

    /// <summary>How long the last run took (the test fixtures load the demo on both providers; kept small).</summary>
    public static TimeSpan LastDuration { get; private set; }

    /// <summary>Where the last run spent its time (diagnostics for keeping the demo small).</summary>
    public static string Timings { get; private set; } = "";

    private static TimeSpan _completing;


    private sealed record Visit(int Index, InspectionKind[] Kinds, string[] Items, InspectionConclusion Conclusion, decimal? Score, bool Recording, bool Publish, bool Lead);

    /// <summary>The demo pair: officer1 (公共场所) and the reviewer, who also holds 公共场所 (R-OFF-1).</summary>
    private static readonly string[] PairAccounts = ["officer1", "reviewer"];

    /// <summary>
    /// One visit per part of the story, no more: every integration fixture loads the demo on both providers, and each
    /// completion issues documents. Merged (0, 4), a correction order with its 复查 (1, graded C), A/B/C (0, 2, 1),
    /// 移交立案 (3, Enforcement's lead demo), a missing recording (4, R-TRS-6), published results (0, 1, 2, 4).
    /// </summary>
    private static readonly Visit[] Visits =
    [
        new(0, [InspectionKind.Complaint, InspectionKind.Routine], ["CC-GG-01", "CC-GG-03"], InspectionConclusion.NoProblem, 93m, true, true, false),
        new(1, [InspectionKind.Routine], ["CC-GG-01"], InspectionConclusion.CorrectionOrdered, 64m, true, true, false),
        new(2, [InspectionKind.LicensingSiteCheck], ["CC-GG-02"], InspectionConclusion.NoProblem, 82m, true, true, false),
        new(3, [InspectionKind.Complaint], ["CC-GG-03"], InspectionConclusion.CaseReferred, 55m, true, false, true),
        new(4, [InspectionKind.Referral, InspectionKind.Routine], ["CC-GG-05", "CC-GG-02"], InspectionConclusion.NoProblem, 76m, false, true, false),
    ];

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        var watch = Stopwatch.StartNew();
        _completing = TimeSpan.Zero;
        await using var timeline = DemoTimeline.Create(services);
        var steps = new List<DemoStep>();
        await using (var scope = timeline.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var calendar = await timeline.Services.GetRequiredService<CalendarSource>().GetAsync(db, ct);
            var today = ChinaClock.Today(timeline.Real);
            if (!calendar.IsYearLoaded(today.Year) || !calendar.IsYearLoaded(today.Year - 1))
            {
                return;
            }

            var anchor = DemoTimeline.AddWorkingDays(calendar, today, -1);
            for (var b = 0; b < bureaus.Count; b++)
            {
                steps.AddRange(await PlanBureauAsync(db, calendar, bureaus[b], b, anchor, ct));
            }
        }

        var prepared = watch.Elapsed;
        await timeline.RunAsync(steps, ct);

        LastDuration = watch.Elapsed;
        Timings = $"setup {prepared.TotalMilliseconds:0} ms, {steps.Count} steps {(watch.Elapsed - prepared).TotalMilliseconds:0} ms (completions {_completing.TotalMilliseconds:0} ms)";
    }

    private static async Task<IReadOnlyList<DemoStep>> PlanBureauAsync(WeijianDb db, BusinessCalendar calendar, DemoBureau bureau, int b, DateOnly anchor, CancellationToken ct)
    {
        var org = bureau.OrganizationId;
        var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == org).ToListAsync(ct);
        Actor? As(string suffix, string role) => users.FirstOrDefault(u => u.UserName == $"{bureau.Prefix}.{suffix}") is { } u
            ? new Actor(u.Id, u.DisplayName, org, new HashSet<string> { role }, false)
            : null;
        var officer = As("officer1", Roles.Officer);
        var clerk = As("disclosure", Roles.DisclosureClerk);
        var officers = await db.Set<Officer>().IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.OrganizationId == org && o.UserId != null).ToListAsync(ct);
        var pair = PairAccounts
            .Select(n => users.FirstOrDefault(u => u.UserName == $"{bureau.Prefix}.{n}")?.Id)
            .Select(id => officers.FirstOrDefault(o => o.UserId == id)?.Id).OfType<Guid>().ToList();
        if (officer is null || clerk is null || pair.Count < 2)
        {
            return [];
        }

        // Places without a drawn random target first: the draw is random, and the random visits below need those targets.
        var drawnPlaces = await db.Set<InspectionTarget>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.OrganizationId == org && t.DrawId != null).Select(t => t.EntityId).Distinct().ToListAsync(ct);
        var places = (await db.Set<RegulatedEntity>().IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == org && e.Specialty == Specialty.PublicPlaces && e.Status == EntityStatus.Operating)
            .OrderBy(e => e.CreditCode).ToListAsync(ct))
            .OrderBy(e => drawnPlaces.Contains(e.Id)).Take(Visits.Length).ToList();
        var steps = new List<DemoStep>();
        var order = b * 1000;
        foreach (var v in Visits.Where(v => v.Index < places.Count))
        {
            var entity = places[v.Index];
            var on = DemoTimeline.AddWorkingDays(calendar, anchor, -(12 + (v.Index * 14) + b));
            var holder = new Holder();
            steps.Add(new DemoStep(on, order++, officer, "监督检查演示", async (sp, c) =>
            {
                var open = sp.GetRequiredService<OpenTargetedTaskHandler>();
                for (var k = 0; k < v.Kinds.Length; k++)
                {
                    await open.HandleAsync(new OpenTargetedTask(
                        entity.Id, v.Kinds[k].ToString(), Reason(v.Kinds[k], bureau, on, v.Index), [v.Items[Math.Min(k, v.Items.Length - 1)]], on.AddDays(5 + (k * 7)), pair), c);
                }

                var view = await sp.GetRequiredService<PlanInspectionHandler>().HandleAsync(new PlanInspection(entity.Id, on, pair), c);
                holder.Id = view.Id;
                await CompleteAsync(sp, view, v, on, c);
            }));
            if (v.Publish)
            {
                var publishOn = DemoTimeline.AddWorkingDays(calendar, on, 3 + v.Index);
                steps.Add(new DemoStep(publishOn <= anchor ? publishOn : anchor, order++, clerk, "监督检查演示", (sp, c) => sp.GetRequiredService<PublishInspectionHandler>().HandleAsync(new PublishInspection(holder.Id), c)));
            }

            if (v.Conclusion == InspectionConclusion.CorrectionOrdered)
            {
                // 复查 at the correction deadline, when it has come; otherwise the follow-up target stays open.
                var review = on.AddDays(15);
                if (DemoTimeline.AddWorkingDays(calendar, review, 0) <= anchor)
                {
                    var reviewOn = DemoTimeline.AddWorkingDays(calendar, review, 0);
                    steps.Add(new DemoStep(reviewOn, order++, officer, "监督检查演示", async (sp, c) =>
                    {
                        var view = await sp.GetRequiredService<PlanInspectionHandler>().HandleAsync(new PlanInspection(entity.Id, reviewOn, pair), c);
                        await CompleteAsync(sp, view, v with { Conclusion = InspectionConclusion.NoProblem, Score = 72m }, reviewOn, c);
                    }));
                }
            }
        }

        steps.AddRange(await RandomStepsAsync(db, calendar, org, officer, clerk, pair, anchor, order, [.. places.Select(p => p.Id)], ct));
        return steps;
    }

    /// <summary>Random targets drawn by the plans demo (if any): a few completed, published on time, one late, one pending.</summary>
    private static async Task<IReadOnlyList<DemoStep>> RandomStepsAsync(
        WeijianDb db, BusinessCalendar calendar, Guid org, Actor officer, Actor clerk, IReadOnlyList<Guid> pair, DateOnly anchor, int order, IReadOnlyList<Guid> visitedAlready, CancellationToken ct)
    {
        var drawn = await db.Set<InspectionTarget>().IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.OrganizationId == org && t.DrawId != null && t.Status == TargetStatus.Open && t.InspectionId == null && t.Specialty == Specialty.PublicPlaces)
            .OrderBy(t => t.DueBy).ThenBy(t => t.EntityName).Take(40).ToListAsync(ct);
        var steps = new List<DemoStep>();
        var n = 0;
        // Not the entities of the visits above: one of those visits would already cover their random target (综合查一次).
        // The draw is random, so a bureau may have only one or two such targets: the roles go on-time first, then late,
        // then pending, so that any bureau with three or more shows all three (R-INS-3).
        var chosen = new List<(InspectionTarget Target, DateOnly On)>();
        foreach (var t in drawn.Where(t => !visitedAlready.Contains(t.EntityId)).DistinctBy(t => t.EntityId))
        {
            // Inside the plans' year (the demo run in early January still visits this year's targets, just fewer published).
            var on = DemoTimeline.AddWorkingDays(calendar, anchor, -(30 - (chosen.Count * 5)));
            if (on.Year != anchor.Year)
            {
                on = DemoTimeline.AddWorkingDays(calendar, new DateOnly(anchor.Year, 1, 1), 1 + chosen.Count);
            }

            if (on <= anchor && t.DueBy.Year == on.Year && chosen.Count < 5)
            {
                chosen.Add((t, on));
            }
        }

        foreach (var (t, on) in chosen)
        {
            var index = n++;
            var pending = chosen.Count >= 3 && index == chosen.Count - 1;
            var late = chosen.Count >= 2 && index == 0;
            var holder = new Holder();
            var visit = new Visit(index, [InspectionKind.Random], [], InspectionConclusion.NoProblem, null, true, !pending, false);
            steps.Add(new DemoStep(on, order++, officer, "监督检查演示", async (sp, c) =>
            {
                var view = await sp.GetRequiredService<PlanInspectionHandler>().HandleAsync(new PlanInspection(t.EntityId, on, pair), c);
                holder.Id = view.Id;
                await CompleteAsync(sp, view, visit, on, c);
            }));
            if (visit.Publish)
            {
                // The first (earliest) is published late (after the 20 working days); the last stays pending on 我的待办.
                var publishOn = DemoTimeline.AddWorkingDays(calendar, on, late ? 24 : 4 + index);
                if (publishOn <= anchor)
                {
                    steps.Add(new DemoStep(publishOn, order++, clerk, "监督检查演示", (sp, c) => sp.GetRequiredService<PublishInspectionHandler>().HandleAsync(new PublishInspection(holder.Id), c)));
                }
            }
        }

        return steps;
    }

    private static async Task CompleteAsync(IServiceProvider sp, InspectionView view, Visit v, DateOnly on, CancellationToken ct)
    {
        if (view.Status == nameof(InspectionStatus.Planned))
        {
            await sp.GetRequiredService<StartInspectionHandler>().HandleAsync(new StartInspection(view.Id), ct);
        }

        var fail = v.Conclusion != InspectionConclusion.NoProblem;
        var lines = view.Checklist.Select((l, i) => new ChecklistResultInput(i, fail && i == 0 ? nameof(CheckResult.Fail) : i % 7 == 6 ? nameof(CheckResult.NotApplicable) : nameof(CheckResult.Pass),
            fail && i == 0 ? "现场查见2名从业人员健康合格证明已过期" : null)).ToList();
        MeasurementInput[]? measurements = v.Items.Contains("CC-GG-02")
            ? [new("室内空气二氧化碳", "0.08", "%", "≤0.10", true), new("室内温度", "24", "℃", "16–28", true)]
            : null;
        await sp.GetRequiredService<RecordInspectionHandler>().HandleAsync(new RecordInspection(view.Id, lines, measurements, fail ? "检查发现从业人员健康管理不到位。" : "未发现违法违规问题。"), ct);
        if (v.Recording)
        {
            var content = System.Text.Encoding.UTF8.GetBytes($"演示执法记录仪录像占位 {view.Number} {on:yyyy-MM-dd}");
            await sp.GetRequiredService<AddInspectionEvidenceHandler>().HandleAsync(new AddInspectionEvidence(view.Id, nameof(EvidenceKind.Video), $"执法记录仪-{view.Number}.mp4", content), ct);
        }

        var completing = Stopwatch.StartNew();
        await sp.GetRequiredService<CompleteInspectionHandler>().HandleAsync(new CompleteInspection(
            view.Id, v.Conclusion.ToString(), fail ? "请立即整改，确保从业人员持有效健康合格证明上岗。" : "请继续保持，严格落实卫生管理制度。",
            v.Conclusion == InspectionConclusion.CorrectionOrdered ? on.AddDays(15) : null,
            v.Conclusion == InspectionConclusion.CorrectionOrdered ? "组织从业人员体检，取得健康合格证明后方可上岗；完善从业人员健康管理档案。" : null,
            v.Score, null), ct);
        _completing += completing.Elapsed;
    }

    private static string Reason(InspectionKind kind, DemoBureau bureau, DateOnly on, int index) => kind switch
    {
        InspectionKind.Complaint => $"12345热线投诉 {on:yyyyMMdd}-{bureau.RegionCode[^2..]}{index:D2}",
        InspectionKind.Referral => $"市卫生健康委交办单 {on.Year}-{index + 11}",
        InspectionKind.LicensingSiteCheck => $"公共场所卫生许可申请现场核查（受理号 {bureau.RegionCode}{on:MMdd}{index}）",
        _ => $"{on.Year}年公共场所日常监督检查",
    };

    private sealed class Holder
    {
        public Guid Id { get; set; }
    }
}
