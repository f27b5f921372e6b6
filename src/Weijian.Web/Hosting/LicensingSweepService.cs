using Weijian.Licensing.Applications;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;

namespace Weijian.Web.Hosting;

/// <summary>
/// The daily licensing sweep (R-LIC-2 视为受理, R-LIC-8 视为准予延续): both handlers are idempotent, so running them each
/// night at 01:00 China time (and by <c>weijian licensing sweep</c>) marks every application the law has decided by the
/// passing of time.
/// </summary>
public sealed class LicensingSweepService(IServiceProvider services, TimeProvider clock, ILogger<LicensingSweepService> log) : BackgroundService
{
    public static async Task<(SweepResult Acceptances, SweepResult Renewals)> RunOnceAsync(IServiceProvider services, string by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System(by);
        var acceptances = await scope.ServiceProvider.GetRequiredService<MarkDeemedAcceptancesHandler>().HandleAsync(new MarkDeemedAcceptances(), ct);
        await using var second = services.CreateAsyncScope();
        second.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System(by);
        var renewals = await second.ServiceProvider.GetRequiredService<MarkDeemedRenewalsHandler>().HandleAsync(new MarkDeemedRenewals(), ct);
        return (acceptances, renewals);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var local = TimeZoneInfo.ConvertTime(now, ChinaClock.TimeZone);
            var next = new DateTimeOffset(local.Date.AddDays(1).AddHours(1), local.Offset);
            try
            {
                await Task.Delay(next - local, clock, stoppingToken);
                var (a, r) = await RunOnceAsync(services, "每日许可期限检查", stoppingToken);
                log.LogInformation("Licensing sweep: {Acceptances} deemed accepted, {Renewals} deemed renewed", a.Count, r.Count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next night retries; the handlers are idempotent.
                log.LogError(e, "Licensing sweep failed");
            }
        }
    }
}
