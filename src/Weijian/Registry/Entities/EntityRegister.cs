using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Entities;

/// <summary>What the entity use cases share: who may change the register, lookup, and the duplicate-code rule.</summary>
public static class EntityRegister
{
    /// <summary>The subject type of entity audit entries (history: /Audit/History?subjectType=RegulatedEntity&amp;subjectId=…).</summary>
    public const string SubjectType = nameof(RegulatedEntity);

    /// <summary>Roles that maintain the register: officers, window clerks (license applicants), the head and administrators.</summary>
    public static readonly string[] WriteRoles = [Roles.Officer, Roles.WindowClerk, Roles.BureauHead, Roles.SystemAdministrator];

    public static DomainRuleException NotFound() =>
        DomainRuleException.NotFound("entity.not-found", "监管对象不存在或不属于本单位");

    /// <summary>An entity of the actor's organisation (another organisation's entity is "not found": the tenant filter hides it).</summary>
    public static async Task<RegulatedEntity> FindAsync(WeijianDb db, Guid id, CancellationToken ct) =>
        await db.Set<RegulatedEntity>().SingleOrDefaultAsync(e => e.Id == id, ct) ?? throw NotFound();

    /// <summary>Refuses a credit code / ID number already registered in the organisation to another entity.</summary>
    public static async Task EnsureUniqueAsync(WeijianDb db, Guid organizationId, string creditCode, Guid? self, CancellationToken ct)
    {
        var other = await db.Set<RegulatedEntity>().AsNoTracking()
            .Where(e => e.OrganizationId == organizationId && e.CreditCode == creditCode && e.Id != self)
            .Select(e => new { e.Name, e.PartyKind })
            .FirstOrDefaultAsync(ct);
        if (other is not null)
        {
            throw Duplicate(creditCode, other.Name, other.PartyKind);
        }
    }

    /// <summary>
    /// Saves (with the queued audit entries); a concurrent registration of the same code that slipped past
    /// <see cref="EnsureUniqueAsync"/> hits the unique index and is reported as the same duplicate error.
    /// </summary>
    public static async Task SaveAsync(WeijianDb db, RegulatedEntity entity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await EnsureUniqueAsync(db, entity.OrganizationId, entity.CreditCode, entity.Id, ct);
            throw;
        }
    }

    private static DomainRuleException Duplicate(string creditCode, string name, PartyKind kind) =>
        new DomainRuleException(
            "entity.duplicate-credit-code",
            kind == PartyKind.Individual
                ? $"本单位已登记身份证号码为 {ResidentIdNumber.Mask(creditCode)} 的监管对象“{name}”，不能重复登记"
                : $"本单位已登记统一社会信用代码为 {creditCode} 的监管对象“{name}”，不能重复登记",
            RuleViolationKind.Conflict)
        { Fields = ["creditCode"] };
}
