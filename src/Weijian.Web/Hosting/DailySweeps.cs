using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Publication;

namespace Weijian.Web.Hosting;

/// <summary>
/// The daily sweeps of the served program: decisions past their retention go offline (R-TRS-5), yesterday's audit
/// checkpoints are recorded (DESIGN §5) and the open-data feeds are regenerated. Checked hourly, run once per Beijing day; both are idempotent, so a restart
/// or a second server only finds nothing to do. The same work is available as <c>weijian disclosures sweep</c> and
/// <c>weijian checkpoints record</c>, <c>weijian opendata build</c>.
/// </summary>
internal sealed class DailySweeps(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DailySweeps> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateOnly? done = null;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            var today = ChinaClock.Today(clock);
            if (done == today)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("每日例行任务");
                var swept = await scope.ServiceProvider.GetRequiredService<SweepDisclosureRetentionHandler>().HandleAsync(new SweepDisclosureRetention(), stoppingToken);
                var checkpoints = await scope.ServiceProvider.GetRequiredService<RecordAuditCheckpointsHandler>().HandleAsync(new RecordAuditCheckpoints(), stoppingToken);
                var feeds = await scope.ServiceProvider.GetRequiredService<Weijian.Publicity.Portal.BuildOpenDataHandler>().HandleAsync(new Weijian.Publicity.Portal.BuildOpenData(), stoppingToken);
                log.LogInformation(
                    "Daily sweeps: {Offline} disclosures taken offline, {Checkpoints} audit checkpoints for {Day}, {Feeds} open-data feeds", swept.TakenOffline, checkpoints.Recorded, checkpoints.Day, feeds.Feeds);
                done = today;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Retried at the next tick; the sweeps are idempotent.
                log.LogError(e, "Daily sweeps failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
