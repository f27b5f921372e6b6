using Microsoft.AspNetCore.Mvc.ModelBinding;
using Weijian.Inspections.Draws;
using Weijian.Inspections.Plans;

namespace Weijian.Web.Pages.Inspections;

/// <summary>Badges and small formatting shared by the 监督检查 pages.</summary>
public static class InspectionDisplay
{
    public static string Badge(PlanStatus s) => s switch
    {
        PlanStatus.Draft => "badge-amber",
        PlanStatus.Issued => "badge-green",
        _ => "",
    };

    public static string Badge(InspectionTaskStatus s) => s switch
    {
        InspectionTaskStatus.Assigned => "badge-amber",
        InspectionTaskStatus.InProgress => "badge-blue",
        _ => "badge-green",
    };

    public static string Badge(TargetStatus s) => s switch
    {
        TargetStatus.Open => "badge-blue",
        TargetStatus.Inspected => "badge-green",
        _ => "badge-gray",
    };

    public static string Badge(DrawStatus s) => s switch
    {
        DrawStatus.Committed => "badge-amber",
        DrawStatus.Drawn => "badge-blue",
        DrawStatus.Published => "badge-green",
        _ => "badge-gray",
    };

    public static string Quota(decimal? ratio, int? quota) =>
        ratio is { } r ? (r * 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%" : quota is { } q ? q + " 户" : "—";

    /// <summary>The first error recorded for a key (list-bound inputs show their error next to the table).</summary>
    public static string? Error(ModelStateDictionary state, string key) =>
        state is not null && state.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;
}
