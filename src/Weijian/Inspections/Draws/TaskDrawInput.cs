using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Inspections.Draws;

/// <summary>
/// Builds the input of a task's draw from the bureau's registers (R-INS-2 名录库): per plan stratum, the operating
/// entities of its specialty (and sub-type, and region prefix) — each in the first stratum, in plan order, that matches —
/// split into risk-weight sub-strata (<see cref="RiskWeighting"/>); suspended and closed entities excluded with their
/// reason; the bureau's officers with credential validity, status, specialties, declared conflicts and open targets.
/// </summary>
internal static class TaskDrawInput
{
    public static async Task<DrawInput> BuildAsync(
        WeijianDb db, InspectionTask task, int round, DateOnly plannedDate, IReadOnlyList<string> seedNames, int workloadCap, CancellationToken ct)
    {
        var strata = task.Strata;
        var specialties = strata.Select(s => s.Specialty).Distinct().ToList();
        var entities = await db.Set<RegulatedEntity>().AsNoTracking().Where(e => specialties.Contains(e.Specialty))
            .Select(e => new { e.Id, e.Specialty, e.SubType, e.RegionCode, e.RiskTier, e.CreditGrade, e.Status, e.StatusReason })
            .ToListAsync(ct);
        var weights = task.RiskWeights;
        var candidates = new List<DrawCandidate>();
        var exclusions = new List<DrawExclusion>();
        var drawStrata = new List<DrawStratum>();
        var taken = new HashSet<Guid>();
        foreach (var s in strata)
        {
            var members = entities.Where(e => e.Specialty == s.Specialty && (s.SubType is null || e.SubType == s.SubType)
                && (s.RegionCode is null || e.RegionCode.StartsWith(s.RegionCode, StringComparison.Ordinal)) && !taken.Contains(e.Id)).ToList();
            taken.UnionWith(members.Select(m => m.Id));
            foreach (var m in members.Where(m => m.Status != EntityStatus.Operating))
            {
                exclusions.Add(new DrawExclusion(m.Id, EntityNames.Of(m.Status) + (string.IsNullOrWhiteSpace(m.StatusReason) ? "" : "：" + m.StatusReason.Trim())));
            }

            var operating = members.Where(m => m.Status == EntityStatus.Operating)
                .Select(m => (m.Id, Class: RiskWeighting.ClassOf(m.RiskTier, m.CreditGrade, weights))).ToList();
            var split = RiskWeighting.Split(s, operating.GroupBy(o => o.Class).Select(g => new WeightClassCount(g.Key, g.Count())).ToList());
            foreach (var sub in split)
            {
                drawStrata.Add(new DrawStratum(sub.Label, s.Specialty.ToString(), sub.Quota));
                candidates.AddRange(operating.Where(o => o.Class == sub.Class).Select(o => new DrawCandidate(o.Id, sub.Label)));
            }
        }

        var officers = await db.Set<Officer>().AsNoTracking().ToListAsync(ct);
        var open = await db.Set<InspectionTarget>().AsNoTracking().Where(t => t.Status == TargetStatus.Open).Select(t => t.OfficerIdsJson).ToListAsync(ct);
        var workload = open.SelectMany(ChildRecordsJson.List<Guid>).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var pool = officers.Select(o => new DrawOfficer(
            o.Id,
            o.HasCredential ? o.ValidFrom : null,
            o.HasCredential ? o.ValidUntil : null,
            o.Status == OfficerStatus.Active,
            o.Specialties.Select(x => x.ToString()).ToList(),
            o.Conflicts.Where(c => c.WithdrawnOn is null).Select(c => c.EntityId).Distinct().ToList(),
            workload.GetValueOrDefault(o.Id))).ToList();
        return new DrawInput(
            new DrawTask(task.Id, round, task.Title, plannedDate), drawStrata, candidates, exclusions, pool, seedNames, workloadCap);
    }
}
