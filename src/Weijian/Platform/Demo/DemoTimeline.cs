using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Demo;

/// <summary>
/// Lets a module's demo make records dated months ago honestly: the use-case handlers run in a service provider of
/// their own whose <see cref="TimeProvider"/> is a <see cref="DemoClock"/>, set to each step's working day before the
/// step runs. Every gate applies, and dates, clocks on 我的待办 and audit times agree with the records; each
/// organisation's audit chain stays in time order. The clock never passes the real time.
/// </summary>
public sealed class DemoTimeline : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly DemoClock _clock;

    private DemoTimeline(ServiceProvider provider, DemoClock clock, TimeProvider real)
    {
        _provider = provider;
        _clock = clock;
        Real = real;
    }

    /// <summary>The application's services on the same database and calendar, with the demo clock as the time.</summary>
    public IServiceProvider Services => _provider;

    /// <summary>The real clock (for "today" when planning).</summary>
    public TimeProvider Real { get; }

    public static DemoTimeline Create(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var real = services.GetRequiredService<TimeProvider>();
        var clock = new DemoClock(real);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddWeijian(services.GetRequiredService<DatabaseSettings>());
        collection.Replace(ServiceDescriptor.Singleton(services.GetRequiredService<CalendarSource>()));
        collection.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        return new DemoTimeline(collection.BuildServiceProvider(), clock, real);
    }

    /// <summary>A scope acting as the system (for planning reads).</summary>
    public AsyncServiceScope SystemScope()
    {
        var scope = _provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("演示数据");
        return scope;
    }

    /// <summary>
    /// Runs the steps in date order (then by <see cref="DemoStep.Order"/>), each in its own scope as its actor, the clock
    /// at <paramref name="startOfDay"/> Beijing time plus <paramref name="minutesApart"/> per earlier step of that day.
    /// A refused step stops the demo naming the step and the rule that refused it.
    /// </summary>
    public async Task RunAsync(IEnumerable<DemoStep> steps, CancellationToken ct, TimeOnly? startOfDay = null, int minutesApart = 2)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var start = startOfDay ?? new TimeOnly(9, 0);
        var day = DateOnly.MinValue;
        var minute = 0;
        foreach (var step in steps.OrderBy(s => s.Date).ThenBy(s => s.Order))
        {
            minute = step.Date == day ? minute + minutesApart : 0;
            day = step.Date;
            _clock.Set(new DateTimeOffset(step.Date.ToDateTime(start), ChinaClock.TimeZone.BaseUtcOffset).AddMinutes(minute).ToUniversalTime());
            await using var scope = _provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = step.Actor;
            try
            {
                await step.Run(scope.ServiceProvider, ct);
            }
            catch (DomainRuleException e)
            {
                throw new InvalidOperationException($"演示步骤“{step.Description}”（{step.Date:yyyy-MM-dd}）被拒绝：{e.Code} {e.Message}", e);
            }
        }
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    /// <summary>The <paramref name="n"/>th working day after (n &gt; 0) or before (n &lt; 0) <paramref name="from"/>; the next working day on or after it for 0.</summary>
    public static DateOnly AddWorkingDays(BusinessCalendar calendar, DateOnly from, int n)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (n == 0)
        {
            return calendar.NextWorkingDayOnOrAfter(from);
        }

        var step = n > 0 ? 1 : -1;
        var day = from;
        for (var left = Math.Abs(n); left > 0;)
        {
            day = day.AddDays(step);
            if (calendar.IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }
}

/// <summary>One dated act of a demo: who acts, and what it runs with the scope's services.</summary>
public sealed record DemoStep(DateOnly Date, int Order, Actor Actor, string Description, Func<IServiceProvider, CancellationToken, Task> Run);

/// <summary>The demo's clock: the real time until set to an act's moment; never later than the real time.</summary>
public sealed class DemoClock(TimeProvider real) : TimeProvider
{
    private DateTimeOffset? _now;

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => _now ?? real.GetUtcNow();

    public void Set(DateTimeOffset utc)
    {
        if (utc > real.GetUtcNow())
        {
            throw new InvalidOperationException($"The demo clock may not run ahead of the real time ({utc:O}).");
        }

        _now = utc;
    }
}
