using Weijian.Credit;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;

namespace Weijian.Web.Hosting;

/// <summary>
/// Ends expired credit publications every day at 01:00 Beijing time (R-CRD-1/2, <see cref="EndExpiredPublications"/>); the
/// handler is idempotent and public queries filter by date anyway, so a missed night shows nothing it should not.
/// </summary>
internal sealed partial class CreditSweepService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CreditSweepService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = ChinaClock.Now(clock);
            var next = new DateTimeOffset(now.Date.AddDays(1).AddHours(1), now.Offset);
            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CurrentActor>().Value = Actor.System("信用公示期满检查");
                var result = await scope.ServiceProvider.GetRequiredService<EndExpiredPublicationsHandler>().HandleAsync(new EndExpiredPublications(), stoppingToken);
                Swept(log, result.Ended, result.Today);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failed(log, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Credit sweep: {Ended} publications ended on {Today}")]
    private static partial void Swept(ILogger logger, int ended, DateOnly today);

    [LoggerMessage(Level = LogLevel.Error, Message = "Credit sweep failed; the next run retries")]
    private static partial void Failed(ILogger logger, Exception error);
}
