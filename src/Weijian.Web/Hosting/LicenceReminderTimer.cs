using Weijian.Licensing.Licences;
using Weijian.Platform.Authorization;

namespace Weijian.Web.Hosting;

/// <summary>
/// The daily run of the licence register sweep (R-LIC-8): at 01:00 China time the server reminds holders and staff of
/// licences nearing their renewal cut-off and marks unrenewed ones 已过期. The sweep is idempotent, so a missed or a
/// repeated run (or <c>weijian licensing remind</c> by cron) does no harm.
/// </summary>
internal sealed class LicenceReminderTimer(IServiceProvider services, TimeProvider clock, ILogger<LicenceReminderTimer> log) : BackgroundService
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNextRun(clock.GetUtcNow()), clock, stoppingToken);
            try
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("许可证到期提醒（每日）");
                var result = await scope.ServiceProvider.GetRequiredService<RemindExpiringLicencesHandler>().HandleAsync(new RemindExpiringLicences(), stoppingToken);
                log.LogInformation("Licence sweep {On}: {Reminded} reminded, {Expired} expired", result.On, result.Reminded, result.Expired);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next day's run catches up (the sweep is idempotent); the server keeps serving.
                log.LogError(e, "Licence sweep failed");
            }
        }
    }

    /// <summary>Time until the next 01:00 China time.</summary>
    internal static TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var local = now.ToOffset(China);
        var next = new DateTimeOffset(local.Year, local.Month, local.Day, 1, 0, 0, China);
        if (next <= local)
        {
            next = next.AddDays(1);
        }

        return next - now;
    }
}
