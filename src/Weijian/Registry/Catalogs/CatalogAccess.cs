using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Provisions;

namespace Weijian.Registry.Catalogs;

/// <summary>The catalogues are kept by the bureau's 系统管理员, heads and legal office; every member reads them.</summary>
public static class CatalogRoles
{
    public static readonly IReadOnlyList<string> Editors = [Roles.SystemAdministrator, Roles.BureauHead, Roles.LegalReviewer];

    public static bool CanEdit(Actor actor) => actor is not null && (actor.IsSystem || Editors.Any(actor.IsInRole));
}

/// <summary>Loading an item of the actor's bureau (another bureau's item is "not found") and shared checks.</summary>
internal static class CatalogAccess
{
    public static readonly string[] Editors = [.. CatalogRoles.Editors];

    public static async Task<CatalogItem> ItemAsync(WeijianDb db, Guid id, CatalogKind? kind, CancellationToken ct)
    {
        var item = await db.Set<CatalogItem>().SingleOrDefaultAsync(i => i.Id == id, ct);
        return item is null || (kind is { } k && item.Kind != k)
            ? throw DomainRuleException.NotFound("catalog-item.not-found", "清单事项不存在或不属于本单位")
            : item;
    }

    /// <summary>Every cited code must exist in the provision library (the article itself may be outside the shipped excerpt).</summary>
    public static async Task CheckProvisionCodesAsync(WeijianDb db, CatalogItemContent content, CancellationToken ct)
    {
        var codes = content.Provisions.Select(p => p.Code).Distinct().ToList();
        if (codes.Count == 0)
        {
            return;
        }

        var known = await db.Set<LegalDocument>().Where(d => codes.Contains(d.Code)).Select(d => d.Code).Distinct().ToListAsync(ct);
        var unknown = codes.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw Input.Invalid("catalog-item.unknown-provision", "provisions", $"法律法规库中没有以下代码的法律法规：{string.Join("、", unknown)}");
        }
    }

    /// <summary>The content as an audit payload (camelCase names, Chinese values where they are codes).</summary>
    public static object Payload(CatalogItemContent c) => new
    {
        c.Name,
        c.LegalBasis,
        Provisions = c.Provisions.Select(p => $"{p.Code}#{p.Article}").ToList(),
        PowerType = c.PowerType is { } t ? CatalogNames.ChineseName(t) : null,
        c.ResponsibleUnit,
        c.Responsibilities,
        c.Accountability,
        Specialty = c.Specialty?.ToString(),
        Level = c.Level is { } l ? CatalogNames.ChineseName(l) : null,
        c.Targets,
        c.CheckContent,
        c.ChecklistLines,
        Activity = c.Activity is { } a ? CatalogNames.ChineseName(a) : null,
        c.ContinuousRecording,
        c.RecordingRequirement,
    };
}
