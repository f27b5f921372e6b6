using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Reports.Figures;

/// <summary>
/// Resolves who and when a figure request is for: the organisation (default the actor's own), whether its subtree is rolled
/// up, and the period (default this calendar year in Asia/Shanghai). An organisation the actor may not see — a neighbouring
/// county, say — answers "not found", exactly as every other organisation lookup does (<see cref="OrganizationScope"/>).
/// </summary>
public static class FigurePeriod
{
    public const int MaxDays = 366 * 5;

    public static async Task<(Organization Organization, FigureScope Scope)> ResolveAsync(
        WeijianDb db, TimeProvider clock, Guid? organizationId, DateOnly? from, DateOnly? to, bool rollup, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var org = organizationId is { } id
            ? await OrganizationScope.VisibleAsync(db, id, ct)
            : await OrganizationScope.ActorOrganizationAsync(db, ct);
        var year = ChinaClock.Today(clock).Year;
        var start = from ?? new DateOnly(to?.Year ?? year, 1, 1);
        var end = to ?? new DateOnly(start.Year, 12, 31);
        if (end < start)
        {
            throw Input.Invalid("figures.period-invalid", "to", "统计期的结束日期不能早于开始日期");
        }

        if (end.DayNumber - start.DayNumber > MaxDays)
        {
            throw Input.Invalid("figures.period-too-long", "to", "统计期不能超过五年");
        }

        var ids = rollup
            ? await db.Organizations.Where(o => o.Path.StartsWith(org.Path)).Select(o => o.Id).ToListAsync(ct)
            : [org.Id];
        return (org, new FigureScope(db, ids, start, end));
    }
}
