using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;
using Weijian.Registry.Provisions;

namespace Weijian.Registry.Catalogs;

/// <summary>A cited provision with a readable citation (《中华人民共和国行政处罚法》第二十八条) when the library knows the code.</summary>
public sealed record ProvisionReferenceView(string Code, int Article, string Citation, bool Known);

/// <summary>One version of an item, with Chinese names for its coded values.</summary>
public sealed record CatalogItemVersionView(
    int Number,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string ChangeNote,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    string Name,
    string LegalBasis,
    IReadOnlyList<ProvisionReferenceView> Provisions,
    string? PowerType,
    string? PowerTypeName,
    string? ResponsibleUnit,
    string? Responsibilities,
    string? Accountability,
    string? Specialty,
    string? SpecialtyName,
    string? Level,
    string? LevelName,
    string? Targets,
    string? CheckContent,
    IReadOnlyList<string> ChecklistLines,
    string? Activity,
    string? ActivityName,
    bool? ContinuousRecording,
    string? RecordingRequirement);

/// <summary>A row of a catalogue list: the item and the version shown (in force on the date asked, else the latest).</summary>
public sealed record CatalogItemSummary(
    Guid Id, string Kind, string Code, string Status, string StatusName, DateOnly? RetiredOn, int VersionCount, CatalogItemVersionView Version);

/// <summary>An item with every version, newest first.</summary>
public sealed record CatalogItemView(
    Guid Id,
    string Kind,
    string KindName,
    string Code,
    string Status,
    string StatusName,
    DateOnly? RetiredOn,
    string? RetireReason,
    DateTimeOffset CreatedAt,
    CatalogItemVersionView? InForce,
    IReadOnlyList<CatalogItemVersionView> Versions);

internal static class CatalogViews
{
    public static string StatusName(CatalogItemStatus s) => s switch
    {
        CatalogItemStatus.InForce => "现行",
        CatalogItemStatus.Retired => "已停止执行",
        _ => "尚未生效",
    };

    /// <summary>Titles of the provision codes the items cite (the latest version's title per code).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> TitlesAsync(WeijianDb db, IEnumerable<CatalogItem> items, CancellationToken ct)
    {
        var codes = items.SelectMany(i => i.Versions).SelectMany(v => v.Provisions).Select(p => p.Code).Distinct().ToList();
        if (codes.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var rows = await db.Set<LegalDocument>().AsNoTracking().Where(d => codes.Contains(d.Code))
            .Select(d => new { d.Code, d.Title, d.EffectiveFrom }).ToListAsync(ct);
        return rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.EffectiveFrom).First().Title);
    }

    public static CatalogItemVersionView Version(CatalogItemVersion v, IReadOnlyDictionary<string, string> titles) => new(
        v.Number,
        v.EffectiveFrom,
        v.EffectiveTo,
        v.ChangeNote,
        v.RecordedAt,
        v.RecordedBy,
        v.Name,
        v.LegalBasis,
        v.Provisions.Select(p => titles.TryGetValue(p.Code, out var t)
            ? new ProvisionReferenceView(p.Code, p.Article, $"《{t}》{ChineseNumerals.ArticleLabel(p.Article)}", true)
            : new ProvisionReferenceView(p.Code, p.Article, $"{p.Code} {ChineseNumerals.ArticleLabel(p.Article)}", false)).ToList(),
        v.PowerType?.ToString(),
        v.PowerType is { } t ? CatalogNames.ChineseName(t) : null,
        v.ResponsibleUnit,
        v.Responsibilities,
        v.Accountability,
        v.Specialty?.ToString(),
        v.Specialty is { } s ? Specialties.ChineseName(s) : null,
        v.Level?.ToString(),
        v.Level is { } l ? CatalogNames.ChineseName(l) : null,
        v.Targets,
        v.CheckContent,
        [.. v.ChecklistLines],
        v.Activity?.ToString(),
        v.Activity is { } a ? CatalogNames.ChineseName(a) : null,
        v.ContinuousRecording,
        v.RecordingRequirement);

    public static CatalogItemView Item(CatalogItem i, DateOnly on, IReadOnlyDictionary<string, string> titles)
    {
        var status = i.StatusOn(on);
        var inForce = i.VersionOn(on);
        return new CatalogItemView(
            i.Id, CatalogNames.WireName(i.Kind), CatalogNames.ChineseName(i.Kind), i.Code, status.ToString(), StatusName(status), i.RetiredOn, i.RetireReason,
            i.CreatedAt, inForce is null ? null : Version(inForce, titles),
            i.Versions.OrderByDescending(v => v.Number).Select(v => Version(v, titles)).ToList());
    }

    public static CatalogItemSummary Summary(CatalogItem i, DateOnly on, IReadOnlyDictionary<string, string> titles)
    {
        var status = i.StatusOn(on);
        return new CatalogItemSummary(
            i.Id, CatalogNames.WireName(i.Kind), i.Code, status.ToString(), StatusName(status), i.RetiredOn, i.Versions.Count,
            Version(i.VersionOn(on) ?? i.Latest, titles));
    }
}
