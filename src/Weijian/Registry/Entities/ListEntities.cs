using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Entities;

/// <summary>
/// Search the organisation's register: name fragment, credit code (whole or leading part), specialty, sub-type, region
/// code, risk tier, hygiene grade (A/B/C, or "none" for 未评级), status; sorted by name, registration time or region
/// (prefix "-" for descending; default: newest first); paged. Every filter and order is served by an index led by
/// organization_id (see <see cref="RegulatedEntityConfiguration"/>).
/// </summary>
public sealed record ListEntities(
    string? Name = null,
    string? CreditCode = null,
    string? Specialty = null,
    string? SubType = null,
    string? RegionCode = null,
    string? RiskTier = null,
    string? HygieneGrade = null,
    string? Status = null,
    string? Sort = null,
    int? Page = 1,
    int? PageSize = 20);

public sealed class ListEntitiesHandler(WeijianDb db)
{
    /// <summary>The sort keys the list accepts (each also with a leading "-").</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["name", "registered", "region"];

    public async Task<Paged<RegulatedEntityView>> HandleAsync(ListEntities query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var page = await Paged.FromQueryAsync(Order(Filter(query), query.Sort).AsNoTracking(), query.Page, query.PageSize, ct);
        return new Paged<RegulatedEntityView>(page.Items.Select(RegulatedEntityView.From).ToList(), page.Total, page.Page, page.PageSize);
    }

    /// <summary>The filtered (not yet ordered) entities of the actor's organisation; also used by exports.</summary>
    public IQueryable<RegulatedEntity> Filter(ListEntities query)
    {
        ArgumentNullException.ThrowIfNull(query);

        // The tenant query filter scopes the list to the actor's organisation as a plain equality that the indexes led by
        // organization_id serve (WeijianDb.TenantScope; docs/performance.md, entity search).
        db.Actor.RequireOrganization();
        var q = db.Set<RegulatedEntity>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var pattern = "%" + EscapeLike(query.Name.Trim()) + "%";
            q = q.Where(e => EF.Functions.Like(e.Name, pattern, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(query.CreditCode))
        {
            var code = query.CreditCode.Trim().ToUpperInvariant();
            if (code.Length >= 18)
            {
                q = q.Where(e => e.CreditCode == code);
            }
            else
            {
                var prefix = EscapeLike(code) + "%";
                q = q.Where(e => EF.Functions.Like(e.CreditCode, prefix, "\\"));
            }
        }

        var specialty = Entities.Specialties.Parse(query.Specialty);
        if (!string.IsNullOrWhiteSpace(query.Specialty) && specialty is null)
        {
            throw Input.Invalid("validation.specialty", "specialty", $"专业类别“{query.Specialty.Trim()}”不正确");
        }

        if (!string.IsNullOrWhiteSpace(query.SubType))
        {
            var match = (specialty is { } s ? [s] : Entities.Specialties.All)
                .Select(sp => (Specialty: sp, SubType: Entities.Specialties.FindSubType(sp, query.SubType)))
                .FirstOrDefault(m => m.SubType is not null);
            if (match.SubType is null)
            {
                throw Input.Invalid("validation.sub-type", "subType", $"具体类型“{query.SubType.Trim()}”不正确");
            }

            specialty = match.Specialty;
            var subType = match.SubType.Code;
            q = q.Where(e => e.SubType == subType);
        }

        if (specialty is { } spec)
        {
            q = q.Where(e => e.Specialty == spec);
        }

        if (!string.IsNullOrWhiteSpace(query.RegionCode))
        {
            var region = Input.RegionCode(query.RegionCode, "regionCode");
            q = q.Where(e => e.RegionCode == region);
        }

        if (Parse<RiskTier>(query.RiskTier, EntityNames.Of, "riskTier", "风险等级") is { } risk)
        {
            q = q.Where(e => e.RiskTier == risk);
        }

        if (string.Equals(query.HygieneGrade?.Trim(), "none", StringComparison.OrdinalIgnoreCase) || query.HygieneGrade?.Trim() == "未评级")
        {
            q = q.Where(e => e.HygieneGrade == null);
        }
        else if (Parse<HygieneGrade>(query.HygieneGrade, EntityNames.Of, "hygieneGrade", "量化分级") is { } grade)
        {
            q = q.Where(e => e.HygieneGrade == grade);
        }

        if (Parse<EntityStatus>(query.Status, EntityNames.Of, "status", "状态") is { } status)
        {
            q = q.Where(e => e.Status == status);
        }

        return q;
    }

    /// <summary>Orders by the sort key; the id breaks ties so that paging is stable.</summary>
    public static IOrderedQueryable<RegulatedEntity> Order(IQueryable<RegulatedEntity> q, string? sort)
    {
        ArgumentNullException.ThrowIfNull(q);
        var key = string.IsNullOrWhiteSpace(sort) ? "-registered" : sort.Trim().ToLowerInvariant();
        return key switch
        {
            "name" => q.OrderBy(e => e.Name).ThenBy(e => e.Id),
            "-name" => q.OrderByDescending(e => e.Name).ThenByDescending(e => e.Id),
            "registered" => q.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id),
            "-registered" => q.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id),
            "region" => q.OrderBy(e => e.RegionCode).ThenBy(e => e.Name).ThenBy(e => e.Id),
            "-region" => q.OrderByDescending(e => e.RegionCode).ThenBy(e => e.Name).ThenBy(e => e.Id),
            _ => throw Input.Invalid("validation.sort", "sort", "排序方式不正确，应为 name、registered、region（前加“-”为倒序）"),
        };
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static T? Parse<T>(string? value, Func<T, string> chinese, string field, string label)
        where T : struct, Enum =>
        EntityNames.TryParse(value, chinese, out var result)
            ? result
            : throw Input.Invalid("validation.filter", field, $"{label}“{value!.Trim()}”不正确，应为：{EntityNames.Choices(chinese)}");
}
