using Weijian.Licensing.Applications;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Publication;
using Weijian.Publicity.Portal;

namespace Weijian.Web.Hosting;

/// <summary>
/// The daily sweeps of the served program, checked hourly and run once per Beijing day: deemed acceptances (R-LIC-2)
/// and deemed renewals (R-LIC-8), license expiry reminders and expiry (R-LIC-8), the end of credit publication at its
/// maximum (R-CRD-1/2), decisions past their retention
/// offline (R-TRS-5), yesterday's audit checkpoints (DESIGN §5) and the open-data feeds. Every sweep is idempotent, so
/// a restart or a second server only finds nothing to do, and each runs in its own unit of work so one failure does not
/// hold up the others (retried at the next tick). The same work is available from the command line
/// (<c>weijian licensing sweep|remind</c>, <c>credit sweep</c>, <c>disclosures sweep</c>, <c>checkpoints record</c>, <c>opendata build</c>).
/// </summary>
internal sealed class DailySweeps(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DailySweeps> log) : BackgroundService
{
    private static readonly (string Name, Func<IServiceProvider, CancellationToken, Task<object>> Run)[] Sweeps =
    [
        ("视为受理", async (sp, ct) => await sp.GetRequiredService<MarkDeemedAcceptancesHandler>().HandleAsync(new MarkDeemedAcceptances(), ct)),
        ("视为准予延续", async (sp, ct) => await sp.GetRequiredService<MarkDeemedRenewalsHandler>().HandleAsync(new MarkDeemedRenewals(), ct)),
        ("许可证到期提醒", async (sp, ct) => await sp.GetRequiredService<RemindExpiringLicensesHandler>().HandleAsync(new RemindExpiringLicenses(), ct)),
        ("信用公示期满", async (sp, ct) => await sp.GetRequiredService<Weijian.Credit.EndExpiredPublicationsHandler>().HandleAsync(new Weijian.Credit.EndExpiredPublications(), ct)),
        ("公示保留期届满下线", async (sp, ct) => await sp.GetRequiredService<SweepDisclosureRetentionHandler>().HandleAsync(new SweepDisclosureRetention(), ct)),
        ("审计检查点", async (sp, ct) => await sp.GetRequiredService<RecordAuditCheckpointsHandler>().HandleAsync(new RecordAuditCheckpoints(), ct)),
        ("开放数据", async (sp, ct) => await sp.GetRequiredService<BuildOpenDataHandler>().HandleAsync(new BuildOpenData(), ct)),
    ];

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

            var failed = false;
            foreach (var (name, run) in Sweeps)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("每日例行任务");
                    var result = await run(scope.ServiceProvider, stoppingToken);
                    log.LogInformation("Daily sweep {Sweep}: {Result}", name, result);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed = true;
                    log.LogError(e, "Daily sweep {Sweep} failed", name);
                }
            }

            done = failed ? null : today;
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
