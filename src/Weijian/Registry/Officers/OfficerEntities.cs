using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Officers;

/// <summary>Finds the regulated entity an officer declares a conflict with, or is checked against, in the actor's organisation.</summary>
public static class OfficerEntities
{
    /// <summary>
    /// By id, else by <paramref name="key"/>: the 统一社会信用代码 / 身份证号, or the exact name when only one entity has it.
    /// Errors name the field (<c>entityId</c> or <c>entityKey</c>).
    /// </summary>
    public static async Task<RegulatedEntity> FindAsync(WeijianDb db, Guid? id, string? key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entities = db.Set<RegulatedEntity>().AsNoTracking();
        if (id is { } entityId && entityId != Guid.Empty)
        {
            return await entities.SingleOrDefaultAsync(e => e.Id == entityId, ct)
                ?? throw Input.Invalid("entity.not-found", "entityId", "监管对象不存在或不属于本单位");
        }

        var k = key?.Trim();
        if (string.IsNullOrEmpty(k))
        {
            throw Input.Invalid("validation.required", "entityKey", "请填写监管对象的统一社会信用代码、身份证号或准确名称");
        }

        var code = k.ToUpperInvariant();
        var byCode = await entities.Where(e => e.CreditCode == code).FirstOrDefaultAsync(ct);
        if (byCode is not null)
        {
            return byCode;
        }

        var byName = await entities.Where(e => e.Name == k).Take(2).ToListAsync(ct);
        return byName.Count switch
        {
            1 => byName[0],
            0 => throw Input.Invalid("entity.not-found", "entityKey", $"本单位监管对象名录中没有“{k}”"),
            _ => throw Input.Invalid("entity.ambiguous", "entityKey", $"名称为“{k}”的监管对象不止一个，请改用统一社会信用代码"),
        };
    }
}
