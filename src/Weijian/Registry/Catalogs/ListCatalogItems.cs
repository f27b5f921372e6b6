using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Catalogs;

/// <summary>
/// A catalogue of the actor's bureau as in force on a date (default today in Beijing): the items with a version in force
/// that day, each shown in that version. With <see cref="All"/> every item is listed (retired and not-yet-effective ones
/// too, in their latest version). Filters: name or code fragment, specialty and level (抽查事项), power type (权责清单),
/// activity (音像记录).
/// </summary>
public sealed record ListCatalogItems(
    string? Kind,
    DateOnly? On = null,
    string? Search = null,
    string? Specialty = null,
    string? Level = null,
    string? PowerType = null,
    string? Activity = null,
    bool? All = null,
    int? Page = 1,
    int? PageSize = 20);

public sealed class ListCatalogItemsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<Paged<CatalogItemSummary>> HandleAsync(ListCatalogItems query, CancellationToken ct)
    {
        db.Actor.RequireOrganization();
        var kind = CatalogNames.ParseKind(query.Kind);
        var on = query.On ?? ChinaClock.Today(clock);
        var items = db.Set<CatalogItem>().AsNoTracking().Where(i => i.Kind == kind);
        var all = query.All == true;
        if (!all)
        {
            items = items.Where(i => i.Versions.Any(v => v.EffectiveFrom <= on && (v.EffectiveTo == null || v.EffectiveTo > on)));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            var upper = s.ToUpperInvariant();
            items = all
                ? items.Where(i => i.Code.Contains(upper) || i.Versions.Any(v => v.Name.Contains(s)))
                : items.Where(i => i.Code.Contains(upper)
                    || i.Versions.Any(v => v.EffectiveFrom <= on && (v.EffectiveTo == null || v.EffectiveTo > on) && v.Name.Contains(s)));
        }

        if (Specialties.Parse(query.Specialty) is { } specialty)
        {
            items = items.Where(i => i.Versions.Any(v => v.Specialty == specialty));
        }
        else if (!string.IsNullOrWhiteSpace(query.Specialty))
        {
            throw Platform.Rules.Input.Invalid("validation.specialty", "specialty", "专业不正确");
        }

        if (CatalogNames.Parse<InspectionLevel>(query.Level, CatalogNames.ChineseName, "level", "事项类别") is { } level)
        {
            items = items.Where(i => i.Versions.Any(v => v.Level == level));
        }

        if (CatalogNames.Parse<PowerType>(query.PowerType, CatalogNames.ChineseName, "powerType", "职权类型") is { } powerType)
        {
            items = items.Where(i => i.Versions.Any(v => v.PowerType == powerType));
        }

        if (CatalogNames.Parse<AvActivity>(query.Activity, CatalogNames.ChineseName, "activity", "执法环节") is { } activity)
        {
            items = items.Where(i => i.Versions.Any(v => v.Activity == activity));
        }

        var page = await Paged.FromQueryAsync(items.OrderBy(i => i.Code), query.Page, query.PageSize, ct);
        var titles = await CatalogViews.TitlesAsync(db, page.Items, ct);
        return new Paged<CatalogItemSummary>(page.Items.Select(i => CatalogViews.Summary(i, on, titles)).ToList(), page.Total, page.Page, page.PageSize);
    }
}

/// <summary>One item of the actor's bureau with all its versions.</summary>
public sealed record GetCatalogItem(Guid Id, string? Kind = null, DateOnly? On = null);

public sealed class GetCatalogItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<CatalogItemView> HandleAsync(GetCatalogItem query, CancellationToken ct)
    {
        db.Actor.RequireOrganization();
        var kind = query.Kind is null ? (CatalogKind?)null : CatalogNames.ParseKind(query.Kind);
        var item = await CatalogAccess.ItemAsync(db, query.Id, kind, ct);
        var titles = await CatalogViews.TitlesAsync(db, [item], ct);
        return CatalogViews.Item(item, query.On ?? ChinaClock.Today(clock), titles);
    }
}
