using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Officers;

/// <summary>One officer of the actor's organisation, with conflicts, training (yearly totals against R-OFF-4) and exams.</summary>
public sealed record GetOfficer(Guid Id);

public sealed class GetOfficerHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerView> HandleAsync(GetOfficer query, CancellationToken ct)
    {
        OfficerAccess.RequireReader(db);
        return await OfficerViews.LoadAsync(db, query.Id, ChinaClock.Today(clock), ct);
    }
}
