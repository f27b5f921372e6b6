using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Hosting;

/// <summary>/health: can we reach the database, and is its schema up to date?</summary>
public sealed class DatabaseHealthCheck(WeijianDb db, DatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = settings.Provider.ToString() };
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("无法连接数据库", data: data);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            data["pendingMigrations"] = pending.Count;
            return pending.Count == 0
                ? HealthCheckResult.Healthy("数据库连接正常", data)
                : HealthCheckResult.Degraded("数据库有未执行的迁移，请运行 weijian migrate", data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("数据库检查失败：" + e.GetType().Name, data: data);
        }
    }
}
