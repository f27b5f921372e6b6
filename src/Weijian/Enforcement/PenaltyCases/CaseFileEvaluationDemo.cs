using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// 案卷评查 in each demo bureau, after the cases (Order 50): the bureau's legal reviewer — never a handler of the case
/// (R-PEN-20 independence) — evaluates every closed or archived case file a week (five working days) after it was closed,
/// with the standard's automatic findings only, so the evaluation counts and the excellent files (R-EVA-4) have records.
/// </summary>
public sealed class CaseFileEvaluationDemo : IDemoContribution
{
    public int Order => 51;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(bureaus);
        await using var timeline = DemoTimeline.Create(services);
        var steps = new List<DemoStep>();
        await using (var scope = timeline.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var calendar = await timeline.Services.GetRequiredService<CalendarSource>().GetAsync(db, ct);
            var today = ChinaClock.Today(timeline.Real);
            if (!calendar.IsYearLoaded(today.Year) || !calendar.IsYearLoaded(today.Year - 1))
            {
                return;
            }

            var last = DemoTimeline.AddWorkingDays(calendar, today, -1);
            foreach (var bureau in bureaus)
            {
                var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.OrganizationId == bureau.OrganizationId && u.UserName == $"{bureau.Prefix}.reviewer", ct);
                if (user is null)
                {
                    continue;
                }

                var reviewer = new Actor(user.Id, user.DisplayName, bureau.OrganizationId, new HashSet<string> { Roles.LegalReviewer }, false);
                var closed = await db.Set<PenaltyCase>().IgnoreQueryFilters().AsNoTracking()
                    .Where(c => c.OrganizationId == bureau.OrganizationId && c.ClosedOn != null && (c.Status == CaseStatus.Closed || c.Status == CaseStatus.Archived))
                    .OrderBy(c => c.ClosedOn).ThenBy(c => c.Number)
                    .Select(c => new { c.Id, c.Number, ClosedOn = c.ClosedOn!.Value, c.HandlerUserIds })
                    .ToListAsync(ct);
                foreach (var c in closed.Where(c => !c.HandlerUserIds.Contains($"|{user.Id}|", StringComparison.Ordinal)))
                {
                    var on = DemoTimeline.AddWorkingDays(calendar, c.ClosedOn, 5);
                    steps.Add(new DemoStep(
                        on > last ? last : on,
                        steps.Count,
                        reviewer,
                        $"演示案卷评查{bureau.Prefix}/{c.Number}",
                        (sp, token) => sp.GetRequiredService<EvaluateCaseFileHandler>().HandleAsync(new EvaluateCaseFile(c.Id, [], [], "演示：按评查标准自动核查项评查"), token)));
                }
            }
        }

        await timeline.RunAsync(steps, ct, new TimeOnly(16, 0));
    }
}
