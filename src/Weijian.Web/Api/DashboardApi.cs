using Weijian.Reports.Dashboards;

namespace Weijian.Web.Api;

/// <summary>领导驾驶舱 (issue #8): the dashboard's numbers as data.</summary>
internal static class DashboardApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/dashboard", (Guid? org, GetDashboardHandler h, CancellationToken ct) => h.HandleAsync(new GetDashboard(org), ct))
            .WithTags("统计指标")
            .WithSummary("驾驶舱：未结期限（按业务）、本年主要指标与上年同期、分专业与逐月图表、下级单位比较；org 默认本单位");
}
