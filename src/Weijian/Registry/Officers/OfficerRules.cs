using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Officers;

/// <summary>Checks that need the database: the linked user, one officer per user, one 执法证号 per organisation.</summary>
internal static class OfficerRules
{
    /// <summary>
    /// Validates the particulars for organisation <paramref name="organizationId"/> (officer <paramref name="exceptId"/>
    /// excluded when updating). A missing 姓名 is taken from the linked user's account.
    /// </summary>
    public static async Task<OfficerDetails> PrepareAsync(
        WeijianDb db, Guid organizationId, Guid? exceptId, OfficerDetails details, CancellationToken ct)
    {
        if (details.UserId is { } uid && uid != Guid.Empty)
        {
            var user = await db.Users.AsNoTracking()
                .Where(u => u.Id == uid && u.OrganizationId == organizationId)
                .Select(u => new { u.DisplayName })
                .SingleOrDefaultAsync(ct)
                ?? throw Input.Invalid("officer.user-not-found", "userId", "关联的用户不存在或不属于本单位");
            if (string.IsNullOrWhiteSpace(details.Name))
            {
                details = details with { Name = user.DisplayName };
            }
        }

        var valid = details.Validated();
        if (valid.UserId is { } linked
            && (db.Set<Officer>().Local.Any(o => o.UserId == linked && o.Id != exceptId)
                || await db.Set<Officer>().IgnoreQueryFilters().AnyAsync(o => o.UserId == linked && o.Id != exceptId, ct)))
        {
            throw new DomainRuleException("officer.user-already-linked", "该用户已关联其他执法人员记录", RuleViolationKind.Conflict) { Fields = ["userId"] };
        }

        if (valid.CredentialNumber is { } number
            && (db.Set<Officer>().Local.Any(o => o.OrganizationId == organizationId && o.CredentialNumber == number && o.Id != exceptId)
                || await db.Set<Officer>().IgnoreQueryFilters()
                    .AnyAsync(o => o.OrganizationId == organizationId && o.CredentialNumber == number && o.Id != exceptId, ct)))
        {
            throw new DomainRuleException("officer.credential-number-taken", $"执法证号“{number}”已登记在本单位其他执法人员名下", RuleViolationKind.Conflict)
            {
                Fields = ["credentialNumber"],
            };
        }

        return valid;
    }
}
