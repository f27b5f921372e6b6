using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Weijian.Platform;
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
        var real = services.GetRequiredService<TimeProvider>();
        var clock = new PublicationDemoClock(real);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddWeijian(services.GetRequiredService<DatabaseSettings>());
        collection.Replace(ServiceDescriptor.Singleton(services.GetRequiredService<CalendarSource>()));
        collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        await using var provider = collection.BuildServiceProvider();
        var today = ChinaClock.Today(real);
        var steps = new List<(DateOnly Day, Actor Actor, Func<IServiceProvider, Task> Act)>();
        BusinessCalendar calendar;
        await using (var scope = provider.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            calendar = await provider.GetRequiredService<CalendarSource>().GetAsync(db, ct);
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
                for (var i = 0; i < toPublish.Count; i++)
                {
                    var d = toPublish[i];
                    var on = i == 1 ? AddWorkingDays(calendar, d.Due, 2) : AddWorkingDays(calendar, d.DecidedOn, 2);
                    if (on >= today)
                    {
                        continue;
                    }

                    var id = d.Id;
                    steps.Add((on, clerk, sp => sp.GetRequiredService<PublishDisclosureHandler>().HandleAsync(new PublishDisclosure(id), ct)));
                    if (i == 0)
                    {
                        var asked = AddWorkingDays(calendar, on, 5);
                        var withdrawn = AddWorkingDays(calendar, asked, 1);
                        if (withdrawn < today)
                        {
                            steps.Add((asked, reviewer, sp => sp.GetRequiredService<RequestDisclosureWithdrawalHandler>().HandleAsync(
                                new RequestDisclosureWithdrawal(id, nameof(WithdrawalReason.Changed), "经行政复议，复议机关决定变更罚款数额，原处罚决定公开信息撤回"), ct)));
                            steps.Add((withdrawn, clerk, sp => sp.GetRequiredService<WithdrawDisclosureHandler>().HandleAsync(new WithdrawDisclosure(id), ct)));
                        }
                    }
                }
            }
        }

        var minute = 0;
        var last = DateOnly.MinValue;
        foreach (var (day, actor, act) in steps.OrderBy(s => s.Day))
        {
            minute = day == last ? minute + 2 : 0;
            last = day;
            clock.Set(new DateTimeOffset(day.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(8)).AddMinutes(minute).ToUniversalTime());
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = actor;
            await act(scope.ServiceProvider);
        }

        clock.Reset();
        for (var back = 7; back >= 1; back--)
        {
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
            await scope.ServiceProvider.GetRequiredService<RecordAuditCheckpointsHandler>().HandleAsync(new RecordAuditCheckpoints(today.AddDays(-back)), ct);
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
            await scope.ServiceProvider.GetRequiredService<Portal.BuildOpenDataHandler>().HandleAsync(new Portal.BuildOpenData(), ct);
        }
    }

    private static DateOnly AddWorkingDays(BusinessCalendar calendar, DateOnly from, int n)
    {
        var day = from;
        for (var left = n; left > 0;)
        {
            day = day.AddDays(1);
            if (calendar.IsYearLoaded(day.Year) && calendar.IsWorkingDay(day))
            {
                left--;
            }
            else if (!calendar.IsYearLoaded(day.Year))
            {
                return DateOnly.MaxValue;
            }
        }

        return day;
    }

    /// <summary>The real time until a step sets its day; never ahead of the real time.</summary>
    private sealed class PublicationDemoClock(TimeProvider real) : TimeProvider
    {
        private DateTimeOffset? _now;

        public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

        public override DateTimeOffset GetUtcNow() => _now ?? real.GetUtcNow();

        public void Set(DateTimeOffset utc) => _now = utc > real.GetUtcNow() ? real.GetUtcNow() : utc;

        public void Reset() => _now = null;
    }
}
