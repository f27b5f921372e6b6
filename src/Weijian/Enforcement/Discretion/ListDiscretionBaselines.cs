using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// The baseline versions that apply to the actor's organisation (national sample, the province's, the bureau's own), newest
/// first, with their status on a date (default today in Beijing) and which one is in force then (R-PEN-11: published
/// baselines, readable by officers, reviewers, heads and administrators).
/// </summary>
public sealed record ListDiscretionBaselines(DateOnly? On = null);

public sealed record DiscretionBaselineList(DateOnly On, Guid? InForceId, IReadOnlyList<DiscretionBaselineSummary> Versions);

public sealed class ListDiscretionBaselinesHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DiscretionBaselineList> HandleAsync(ListDiscretionBaselines query, CancellationToken ct)
    {
        var on = query.On ?? ChinaClock.Today(clock);
        var visible = await DiscretionAccess.VisibleAsync(db, ct);
        var versions = await visible.OrderByDescending(b => b.EffectiveFrom).ThenBy(b => b.IsSample).Take(500).ToListAsync(ct);
        var names = await DiscretionBaselines.JurisdictionNamesAsync(db, versions, ct);
        Guid? inForce = null;
        if (db.Actor.OrganizationId is { } org)
        {
            inForce = DiscretionBaselines.InForce(versions, await DiscretionAccess.AncestryAsync(db, org, ct), on)?.Id;
        }

        return new DiscretionBaselineList(on, inForce, versions.Select(v => DiscretionBaselineSummary.From(v, names(v.JurisdictionId), on)).ToList());
    }
}
