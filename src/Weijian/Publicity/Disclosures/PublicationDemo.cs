using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;

namespace Weijian.Publicity.Disclosures;

/// <summary>
/// Demo publication (after cases 50 and inspection leads 55): the demo's decided cases were scheduled for publication by
/// <see cref="PenaltyDisclosureSubscriber"/> when they were decided. Here, per bureau and through the handlers under a
/// clock set to each act's day, the 信息公开 clerk publishes them — two working days after the decision, except one
/// published late (R-TRS-4) and the newest left due on 我的待办; the 法制审核人员 has the oldest withdrawn after a 复议
/// decision changed it (R-PEN-32). Then the audit checkpoints of the last seven days are recorded and the open-data feed is built once.
/// </summary>
public sealed class PublicationDemo : IDemoContribution
{
    public int Order => 65;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        await using var timeline = DemoTimeline.Create(services);
        var today = ChinaClock.Today(timeline.Real);
        var steps = new List<DemoStep>();
        BusinessCalendar calendar;
        await using (var scope = timeline.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            calendar = await timeline.Services.GetRequiredService<CalendarSource>().GetAsync(db, ct);
            if (!calendar.IsYearLoaded(today.Year) || !calendar.IsYearLoaded(today.Year - 1))
            {
                return;
            }

            foreach (var bureau in bureaus)
            {
                var users = await db.Users.AsNoTracking().Where(u => u.OrganizationId == bureau.OrganizationId).ToListAsync(ct);
                Actor? As(string suffix, string role) => users.FirstOrDefault(u => u.UserName == $"{bureau.Prefix}.{suffix}") is { } u
                    ? new Actor(u.Id, u.DisplayName, bureau.OrganizationId, new HashSet<string> { role }, false)
                    : null;
                if (As("disclosure", Roles.DisclosureClerk) is not { } clerk || As("reviewer", Roles.LegalReviewer) is not { } reviewer)
                {
                    continue;
                }

                var pending = await db.Set<EnforcementDisclosure>().AsNoTracking()
                    .Where(d => d.OrganizationId == bureau.OrganizationId && d.PublishedOn == null && d.WithdrawnOn == null)
                    .OrderBy(d => d.DecidedOn).ThenBy(d => d.CreatedAt).ToListAsync(ct);
                if (pending.Count == 0)
                {
                    continue;
                }

                // The newest stays due on 我的待办 (its clock still running).
                var toPublish = pending.Take(pending.Count - 1).ToList();

                // The oldest penalty decision is withdrawn after a 复议 change (licensing grants are withdrawn only with
                // their license's revocation).
                var withdrawn = toPublish.FindIndex(d => d.Kind == DisclosureKind.PenaltyDecision);
                var late = toPublish.FindIndex(withdrawn + 1, d => d.Kind == DisclosureKind.PenaltyDecision);
                for (var i = 0; i < toPublish.Count; i++)
                {
                    var d = toPublish[i];
                    var on = i == late ? DemoTimeline.AddWorkingDays(calendar, d.Due, 2) : DemoTimeline.AddWorkingDays(calendar, d.DecidedOn, 2);
                    if (on >= today)
                    {
                        continue;
                    }

                    var id = d.Id;
                    steps.Add(new DemoStep(on, steps.Count, clerk, $"公示{d.Title}", (sp, c) => sp.GetRequiredService<PublishDisclosureHandler>().HandleAsync(new PublishDisclosure(id), c)));
                    if (i == withdrawn)
                    {
                        var asked = DemoTimeline.AddWorkingDays(calendar, on, 5);
                        var withdrawnOn = DemoTimeline.AddWorkingDays(calendar, asked, 1);
                        if (withdrawnOn < today)
                        {
                            steps.Add(new DemoStep(asked, steps.Count, reviewer, $"申请撤回公示{d.Title}", (sp, c) => sp.GetRequiredService<RequestDisclosureWithdrawalHandler>().HandleAsync(
                                new RequestDisclosureWithdrawal(id, nameof(WithdrawalReason.Changed), "经行政复议，复议机关决定变更罚款数额，原处罚决定公开信息撤回"), c)));
                            steps.Add(new DemoStep(withdrawnOn, steps.Count, clerk, $"撤回公示{d.Title}", (sp, c) => sp.GetRequiredService<WithdrawDisclosureHandler>().HandleAsync(new WithdrawDisclosure(id), c)));
                        }
                    }
                }
            }
        }

        await timeline.RunAsync(steps, ct, new TimeOnly(16, 0));

        // Checkpoints and the open-data feed at the real time, through the application's own services.
        for (var back = 7; back >= 1; back--)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
            await scope.ServiceProvider.GetRequiredService<RecordAuditCheckpointsHandler>().HandleAsync(new RecordAuditCheckpoints(today.AddDays(-back)), ct);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
            await scope.ServiceProvider.GetRequiredService<Portal.BuildOpenDataHandler>().HandleAsync(new Portal.BuildOpenData(), ct);
        }
    }
}
