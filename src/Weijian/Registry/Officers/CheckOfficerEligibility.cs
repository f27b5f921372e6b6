using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Officers;

/// <summary>
/// "May officer X act on date D (for specialty S, at entity E)?" — eligible, or every reason why not with a stable
/// code (<see cref="EligibilityCodes"/>): no credential (R-OFF-3), credential not yet valid or expired, status not
/// 在职有效, specialty not held, a declared conflict with the entity (R-PEN-12). Date defaults to today; specialty and
/// entity are optional (the entity by id, or from a form by <see cref="EntityKey"/>: credit code / ID number / exact name).
/// For many officers at once use <see cref="CheckOfficersEligibility"/> or load officers and call
/// <see cref="Officer.EligibilityOn"/>.
/// </summary>
public sealed record CheckOfficerEligibility(Guid OfficerId, DateOnly? Date = null, string? Specialty = null, Guid? EntityId = null, string? EntityKey = null);

public sealed class CheckOfficerEligibilityHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerEligibility> HandleAsync(CheckOfficerEligibility query, CancellationToken ct)
    {
        var entityId = query.EntityId;
        if (entityId is null && !string.IsNullOrWhiteSpace(query.EntityKey))
        {
            OfficerAccess.RequireReader(db);
            entityId = (await OfficerEntities.FindAsync(db, null, query.EntityKey, ct)).Id;
        }

        var results = await OfficerEligibilityQuery.RunAsync(
            db, [query.OfficerId], query.Date ?? ChinaClock.Today(clock), query.Specialty, entityId, ct);
        return results[0];
    }
}

/// <summary>The batch form: the same answer for several officers (e.g. the two officers of a penalty action, R-OFF-1), in the order given.</summary>
public sealed record CheckOfficersEligibility(IReadOnlyList<Guid> OfficerIds, DateOnly? Date = null, string? Specialty = null, Guid? EntityId = null);

public sealed class CheckOfficersEligibilityHandler(WeijianDb db, TimeProvider clock)
{
    public Task<IReadOnlyList<OfficerEligibility>> HandleAsync(CheckOfficersEligibility query, CancellationToken ct) =>
        OfficerEligibilityQuery.RunAsync(db, query.OfficerIds ?? [], query.Date ?? ChinaClock.Today(clock), query.Specialty, query.EntityId, ct);
}

internal static class OfficerEligibilityQuery
{
    public static async Task<IReadOnlyList<OfficerEligibility>> RunAsync(
        WeijianDb db, IReadOnlyList<Guid> ids, DateOnly date, string? specialtyText, Guid? entityId, CancellationToken ct)
    {
        OfficerAccess.RequireReader(db);
        Specialty? specialty = null;
        if (!string.IsNullOrWhiteSpace(specialtyText))
        {
            specialty = Specialties.Parse(specialtyText)
                ?? throw Input.Invalid("validation.specialty", "specialty", $"执法专业“{specialtyText.Trim()}”不正确");
        }

        var distinct = ids.Distinct().ToList();
        var officers = await db.Set<Officer>().AsNoTracking().AsSplitQuery()
            .Where(o => distinct.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, ct);
        return ids.Select(id => officers.TryGetValue(id, out var o)
                ? o.EligibilityOn(date, specialty, entityId == Guid.Empty ? null : entityId)
                : throw OfficerAccess.NotFound())
            .ToList();
    }
}
