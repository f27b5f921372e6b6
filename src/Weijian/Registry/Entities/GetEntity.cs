using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Entities;

/// <summary>One entity of the actor's organisation, with the link to its history (another organisation's: not found).</summary>
public sealed record GetEntity(Guid Id);

public sealed class GetEntityHandler(WeijianDb db)
{
    public async Task<RegulatedEntityView> HandleAsync(GetEntity query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var entity = await db.Set<RegulatedEntity>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == query.Id, ct)
            ?? throw EntityRegister.NotFound();
        return RegulatedEntityView.From(entity);
    }
}
