using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// A year of penalty cases in each demo bureau, after the officers (Order 30): every status and branch of the workflow
/// (leads, filing, investigation with preservation and an extension, referral proposed and transferred, notice, hearing
/// requested/scheduled/held, legal review pending/approved/returned/voided by an edited draft, collective discussion,
/// decisions, service, payment due/overdue with reminder/instalments/court enforcement, execution, 不予立案, 撤案,
/// 不予处罚, 简易程序, closing and archiving) and, at the full demo scale, a realistic volume of closed cases.
/// <para>
/// Every case is made by the use-case handlers, acting as the bureau's officers, head and reviewer, so every gate
/// applies and every step is in the audit chain. To make cases received months ago honestly, the demo runs the
/// handlers in a service provider of its own whose <see cref="TimeProvider"/> is a <see cref="DemoClock"/>: all
/// steps of both bureaus are sorted by their date and the clock is set to that working day (08:30 and on, Beijing
/// time) before each step. Dates, clocks on 我的待办 and audit times therefore agree with the case dates, and each
/// organisation's chain is in time order from the first case on. The clock never passes the real time: the last
/// day used is the working day before today.
/// </para>
/// <para>
/// Scale: with the full demo register (<c>weijian demo</c> sets <see cref="EntityDemo.ScaleVariable"/> to 2000) each bureau
/// gets about 27 cases in progress plus 44 (冷水滩区) / 34 (零陵区) closed ones; with the tests' 60 entities the
/// cases in progress and 6 closed ones, which still cover every status. Deterministic: parties, officers, amounts and
/// dates follow from the indexes and the calendar (no PRNG).
/// </para>
/// </summary>
public sealed class CaseDemo : IDemoContribution
{
    /// <summary>From this many demo entities per bureau on, the demo loads the full year.</summary>
    public const int FullYearEntityScale = 500;

    public int Order => 50;

    /// <summary>Closed cases per bureau at the given entity scale (the cases in progress come on top).</summary>
    public static int ClosedCases(int bureauIndex, int entitiesPerBureau) =>
        entitiesPerBureau < FullYearEntityScale ? 6 : bureauIndex % 2 == 0 ? 44 : 34;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        await using var timeline = DemoTimeline.Create(services);
        var plans = new List<DemoCasePlan>();
        BusinessCalendar calendar;
        await using (var scope = timeline.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            calendar = await timeline.Services.GetRequiredService<CalendarSource>().GetAsync(db, ct);
            var today = ChinaClock.Today(timeline.Real);

            // A year back and two months ahead (hearing dates, instalments) must be on the working-day calendar.
            if (!Enumerable.Range(today.Year - 1, 2 + (today.Month >= 11 ? 1 : 0)).All(calendar.IsYearLoaded))
            {
                return;
            }

            var anchor = DemoTimeline.AddWorkingDays(calendar, today, -1);
            for (var b = 0; b < bureaus.Count; b++)
            {
                var planner = await CaseDemoPlanner.CreateAsync(db, calendar, bureaus[b], b, anchor, ct);
                if (planner is not null)
                {
                    plans.AddRange(planner.Plan(ClosedCases(b, EntityDemo.PerBureau()), plans.Count));
                }
            }
        }

        await timeline.RunAsync(Steps(calendar, plans), ct, new TimeOnly(8, 30), minutesApart: 3);
    }

    /// <summary>Every case's steps on the timeline: ordered by date, then case, then step; each acts as its role.</summary>
    private static IEnumerable<DemoStep> Steps(BusinessCalendar calendar, IReadOnlyList<DemoCasePlan> plans) =>
        plans.SelectMany(plan => plan.Steps.Select((step, index) => new DemoStep(
            plan.Dates[index],
            (plan.Order * 1000) + index,
            step.Role switch
            {
                DemoRole.Head => plan.Staff.Head,
                DemoRole.Reviewer => plan.Staff.Reviewer,
                _ => plan.Lead,
            },
            $"演示案件{plan.Staff.Bureau.Prefix}/{plan.Key}第{index + 1}步（{CaseNames.Of(step.Action)}）",
            async (sp, ct) =>
            {
                var command = step.Command(new DemoStepContext(plan, plan.Dates[index], calendar));
                plan.View = step.Action == CaseAction.RegisterLead
                    ? await sp.GetRequiredService<RegisterLeadHandler>().HandleAsync((RegisterLead)command, ct)
                    : await CaseCommands.RunAsync(sp, step.Action, command, ct);
            })));
}

internal enum DemoRole
{
    Lead,
    Head,
    Reviewer,
}

/// <summary>One planned step: working days after the previous step, who acts, the action and its command built when it runs.</summary>
internal sealed record DemoCaseStep(int Gap, DemoRole Role, CaseAction Action, Func<DemoStepContext, object> Command);

/// <summary>What a step's command is built from: the case (with the view of its last step) and the step's date.</summary>
internal sealed record DemoStepContext(DemoCasePlan Case, DateOnly Date, BusinessCalendar Calendar)
{
    public Guid Id => Case.View?.Id ?? throw new InvalidOperationException("The case is not registered yet.");

    public DateOnly WorkingDaysLater(int n) => DemoTimeline.AddWorkingDays(Calendar, Date, n);
}

/// <summary>The people of a bureau the demo acts as, and the names of its leaders for collective discussions.</summary>
internal sealed record DemoStaff(DemoBureau Bureau, Actor Head, Actor Reviewer, Guid PresidingUserId, string PresidingName, IReadOnlyList<string> Leaders);

/// <summary>A planned case: its party, handlers, steps and their dates; <see cref="View"/> follows the case as it runs.</summary>
internal sealed class DemoCasePlan
{
    public required string Key { get; init; }

    public required int Order { get; init; }

    public required DemoStaff Staff { get; init; }

    public required RegulatedEntity Party { get; init; }

    public required DemoViolation Violation { get; init; }

    public required Actor Lead { get; init; }

    public required IReadOnlyList<Guid> OfficerIds { get; init; }

    public required IReadOnlyList<string> OfficerNames { get; init; }

    public required IReadOnlyList<DemoCaseStep> Steps { get; init; }

    public required IReadOnlyList<DateOnly> Dates { get; init; }

    public DateOnly ReceivedOn => Dates[0];

    public PenaltyCaseView? View { get; set; }
}
