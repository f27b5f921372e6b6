using FsCheck;
using FsCheck.Fluent;
using Weijian.Inspections.Draws;

namespace Weijian.Tests.Inspections.Draws;

/// <summary>
/// Properties of the draw over random registers (random strata, quotas, exclusions, officers with random credential
/// validity, status, specialties, conflicts and workloads, random caps and minimums).
/// </summary>
public class DrawPropertyTests
{
    private static Arbitrary<int> Registers => Gen.Choose(0, int.MaxValue).ToArbitrary();

    private static (DrawInput Input, DrawRecord Record) Draw(int seed)
    {
        var (input, values) = DrawSamples.RandomRegister(seed);
        return (input, DrawProtocol.Run(input, DrawProtocol.Commit(input), values, DrawSamples.FixedSalt));
    }

    private static IEnumerable<(DrawStratum Stratum, DrawSelected Target)> Targets(DrawInput input, DrawRecord record) =>
        input.Strata.Zip(record.Selections).SelectMany(p => p.Second.Selected.Select(t => (p.First, t)));

    // R-INS-1: the record of every draw re-computes from its own contents.
    [Fact]
    public void Every_record_verifies_also_after_a_json_round_trip() =>
        Prop.ForAll(Registers, seed =>
        {
            var (_, record) = Draw(seed);
            return DrawProtocol.Verify(record).Verified && DrawProtocol.Verify(DrawRecordJson.Write(record)).Verified;
        }).QuickCheckThrowOnFailure();

    // R-INS-1: each stratum yields min(quota, non-excluded candidates), never an excluded entity.
    [Fact]
    public void Selection_sizes_are_the_quota_or_the_whole_stratum_and_exclusions_are_never_drawn() =>
        Prop.ForAll(Registers, seed =>
        {
            var (input, record) = Draw(seed);
            var excluded = input.Exclusions.Select(e => e.EntityId).ToHashSet();
            return input.Strata.Zip(record.Selections).All(p =>
                p.Second.Selected.Count == Math.Min(p.First.Quota, input.Candidates.Count(c => c.Stratum == p.First.Label && !excluded.Contains(c.EntityId)))
                && p.Second.Selected.All(t => !excluded.Contains(t.EntityId)
                    && input.Candidates.Single(c => c.EntityId == t.EntityId).Stratum == p.First.Label));
        }).QuickCheckThrowOnFailure();

    // R-OFF-1, R-PEN-12: every assigned officer holds a credential valid on the planned date, has a valid status, holds
    // the stratum's specialty and has no declared conflict with the target.
    [Fact]
    public void Every_assigned_officer_is_eligible_on_the_planned_date_and_never_conflicted() =>
        Prop.ForAll(Registers, seed =>
        {
            var (input, record) = Draw(seed);
            var date = input.Task.PlannedDate;
            var officers = input.Officers.ToDictionary(o => o.OfficerId);
            return Targets(input, record).All(x => x.Target.Officers.All(id =>
            {
                var o = officers[id];
                return o.CredentialValidFrom <= date && date <= o.CredentialValidUntil && o.StatusValid
                    && o.Specialties.Contains(x.Stratum.Specialty) && !o.ConflictedEntityIds.Contains(x.Target.EntityId);
            }));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void No_officer_exceeds_the_workload_cap() =>
        Prop.ForAll(Registers, seed =>
        {
            var (input, record) = Draw(seed);
            var assigned = Targets(input, record).SelectMany(x => x.Target.Officers).CountBy(id => id).ToDictionary();
            return input.Officers.All(o => !assigned.TryGetValue(o.OfficerId, out var n) || o.ExistingWorkload + n <= input.WorkloadCap);
        }).QuickCheckThrowOnFailure();

    // R-OFF-1: each drawn target has at least the minimum of distinct officers, or is listed understaffed with a reason.
    [Fact]
    public void Each_target_has_the_minimum_of_distinct_officers_or_is_listed_understaffed_with_a_reason() =>
        Prop.ForAll(Registers, seed =>
        {
            var (input, record) = Draw(seed);
            var understaffed = record.Understaffed.ToDictionary(u => u.EntityId);
            return Targets(input, record).All(x =>
                (x.Target.Officers.Distinct().Count() >= input.MinOfficers && x.Target.Officers.Count == x.Target.Officers.Distinct().Count()
                    && !understaffed.ContainsKey(x.Target.EntityId))
                || (x.Target.Officers.Count == 0 && understaffed.TryGetValue(x.Target.EntityId, out var u)
                    && (u.Reason == DrawShortfall.Specialty) == (input.Officers.Count(o => o.Specialties.Contains(x.Stratum.Specialty)) < input.MinOfficers)))
                && record.Understaffed.Count == Targets(input, record).Count(x => x.Target.Officers.Count == 0);
        }).QuickCheckThrowOnFailure();

    // R-OFF-1, R-PEN-12: every skip names an officer who really was ineligible for that reason.
    [Fact]
    public void Every_skip_is_true_for_its_reason() =>
        Prop.ForAll(Registers, seed =>
        {
            var (input, record) = Draw(seed);
            var date = input.Task.PlannedDate;
            var officers = input.Officers.ToDictionary(o => o.OfficerId);
            var assigned = Targets(input, record).SelectMany(x => x.Target.Officers).CountBy(id => id).ToDictionary();
            return record.Skips.All(s =>
            {
                var o = officers[s.OfficerId];
                return s.Reason switch
                {
                    DrawSkipReason.CredentialMissing => o.CredentialValidFrom is null || o.CredentialValidUntil is null,
                    DrawSkipReason.CredentialExpired => date > o.CredentialValidUntil,
                    DrawSkipReason.NotYetValid => date < o.CredentialValidFrom,
                    DrawSkipReason.Status => !o.StatusValid,
                    DrawSkipReason.Conflict => o.ConflictedEntityIds.Contains(s.EntityId),
                    // Assignments only grow, so a cap reached at the skip is still reached at the end.
                    DrawSkipReason.WorkloadCap => o.ExistingWorkload + assigned.GetValueOrDefault(o.OfficerId) >= input.WorkloadCap,
                    _ => false,
                };
            });
        }).QuickCheckThrowOnFailure();
}
