using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.Inspections.Visits;
using Weijian.Platform.Authorization;
using Weijian.Platform.Demo;
using Weijian.Platform.Persistence;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// Demo 转立案 (issue #4): in the first demo bureau, the demo inspection concluded 移交立案 becomes a case lead through
/// <see cref="RegisterLeadHandler"/> with its inspection id, after the case demo (Order 50) so its numbering is untouched.
/// Lives in Enforcement because Enforcement may depend on Inspections, not the reverse.
/// </summary>
public sealed class InspectionLeadDemo : IDemoContribution
{
    public int Order => 55;

    public async Task SeedAsync(IServiceProvider services, IReadOnlyList<DemoBureau> bureaus, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bureaus);
        if (bureaus.Count == 0)
        {
            return;
        }

        // Dated on the inspection's day on the demo timeline, as the case demo does, so the step and its audit entry agree.
        await using var timeline = DemoTimeline.Create(services);
        DemoStep step;
        await using (var scope = timeline.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
            var org = bureaus[0].OrganizationId;
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == bureaus[0].Prefix + ".officer1", ct);
            var inspection = await db.Set<Inspection>().AsNoTracking()
                .Where(i => i.OrganizationId == org && i.Conclusion == InspectionConclusion.CaseReferred && i.CaseId == null)
                .OrderBy(i => i.Number).FirstOrDefaultAsync(ct);
            if (user is null || inspection is null)
            {
                return;
            }

            var officer = new Actor(user.Id, user.DisplayName, org, new HashSet<string> { Roles.Officer }, false);
            step = new DemoStep(inspection.CompletedOn ?? inspection.PlannedOn, 0, officer, $"检查{inspection.Number}转立案", (sp, c) =>
                sp.GetRequiredService<RegisterLeadHandler>().HandleAsync(new RegisterLead(
                    null, null, null, null, "安排未获得有效健康合格证明的从业人员从事直接为顾客服务工作", null, null, null, inspection.CompletedOn, inspection.Id), c));
        }

        await timeline.RunAsync([step], ct, new TimeOnly(16, 30));
    }
}
