using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// Items of a baseline version: by default the version in force for the actor's organisation on a date (default today),
/// or a named version (<see cref="BaselineId"/>); filtered by specialty and a keyword (code, 职权名称, 违法行为), paged.
/// </summary>
public sealed record ListDiscretionItems(
    Guid? BaselineId = null,
    DateOnly? On = null,
    string? Specialty = null,
    string? Search = null,
    bool? NoPenaltyListed = null,
    int? Page = 1,
    int? PageSize = 20);

public sealed record DiscretionItemPage(DiscretionBaselineSummary? Baseline, Paged<DiscretionItemSummary> Items);

public sealed class ListDiscretionItemsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DiscretionItemPage> HandleAsync(ListDiscretionItems query, CancellationToken ct)
    {
        var on = query.On ?? ChinaClock.Today(clock);
        var visible = await DiscretionAccess.VisibleAsync(db, ct);
        DiscretionBaseline? version;
        if (query.BaselineId is { } id)
        {
            version = await visible.SingleOrDefaultAsync(b => b.Id == id, ct)
                ?? throw DomainRuleException.NotFound("discretion.baseline-not-found", "裁量基准版本不存在或不适用于本单位");
        }
        else
        {
            var org = db.Actor.OrganizationId;
            var all = await visible.ToListAsync(ct);
            version = org is { } o ? DiscretionBaselines.InForce(all, await DiscretionAccess.AncestryAsync(db, o, ct), on) : all.FirstOrDefault(v => v.IsInForceOn(on));
        }

        var size = Math.Clamp(query.PageSize ?? 20, 1, Paged.MaxPageSize);
        if (version is null)
        {
            return new DiscretionItemPage(null, new Paged<DiscretionItemSummary>([], 0, Math.Max(query.Page ?? 1, 1), size));
        }

        var items = db.Set<DiscretionItem>().AsNoTracking().Where(i => i.BaselineId == version.Id);
        if (!string.IsNullOrWhiteSpace(query.Specialty))
        {
            var specialty = Specialties.Parse(query.Specialty) ?? throw Input.Invalid("validation.specialty", "specialty", "专业类别不正确");
            items = items.Where(i => i.Specialty == specialty);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            var upper = s.ToUpperInvariant();
            items = items.Where(i => i.Code.Contains(upper) || i.PowerName.Contains(s) || i.Violation.Contains(s));
        }

        var listed = db.Set<NoPenaltyItem>().Where(n => n.BaselineId == version.Id).Select(n => n.ItemCode);
        if (query.NoPenaltyListed is { } flag)
        {
            items = flag ? items.Where(i => listed.Contains(i.Code)) : items.Where(i => !listed.Contains(i.Code));
        }

        var page = await Paged.FromQueryAsync(items.OrderBy(i => i.Code), query.Page, size, ct);
        var codes = page.Items.Select(i => i.Code).ToList();
        var onList = (await listed.Where(c => codes.Contains(c)).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var names = await DiscretionBaselines.JurisdictionNamesAsync(db, [version], ct);
        return new DiscretionItemPage(
            DiscretionBaselineSummary.From(version, names(version.JurisdictionId), on),
            new Paged<DiscretionItemSummary>(page.Items.Select(i => Summary(version, i, onList.Contains(i.Code))).ToList(), page.Total, page.Page, page.PageSize));
    }

    private static DiscretionItemSummary Summary(DiscretionBaseline version, DiscretionItem i, bool listed)
    {
        var c = i.Content();
        return new DiscretionItemSummary(
            i.Id, version.Id, version.VersionLabel, version.IsSample, i.Code, i.PowerName, i.Violation, i.Specialty.ToString(), c.SpecialtyName,
            c.Statutory.Text, c.Tiers.Select(t => t.TierName).Distinct().ToList(), listed);
    }
}

/// <summary>One item with its tiers and no-penalty conditions, and the versions in which the same code appears.</summary>
public sealed record GetDiscretionItem(Guid Id, DateOnly? On = null);

public sealed class GetDiscretionItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DiscretionItemView> HandleAsync(GetDiscretionItem query, CancellationToken ct)
    {
        var on = query.On ?? ChinaClock.Today(clock);
        var visible = await DiscretionAccess.VisibleAsync(db, ct);
        var item = await db.Set<DiscretionItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == query.Id, ct);
        var version = item is null ? null : await visible.SingleOrDefaultAsync(b => b.Id == item.BaselineId, ct);
        if (item is null || version is null)
        {
            throw DomainRuleException.NotFound("discretion.item-not-found", "裁量基准事项不存在或不适用于本单位");
        }

        var noPenalty = await db.Set<NoPenaltyItem>().AsNoTracking().Where(n => n.BaselineId == version.Id && n.ItemCode == item.Code).ToListAsync(ct);
        var ids = await visible.Select(b => b.Id).ToListAsync(ct);
        var others = await db.Set<DiscretionItem>().AsNoTracking()
            .Where(i => i.Code == item.Code && i.Id != item.Id && ids.Contains(i.BaselineId))
            .Join(db.Set<DiscretionBaseline>(), i => i.BaselineId, b => b.Id, (i, b) => new { i.Id, b })
            .ToListAsync(ct);
        var names = await DiscretionBaselines.JurisdictionNamesAsync(db, [version], ct);
        return new DiscretionItemView(
            item.Id,
            DiscretionBaselineSummary.From(version, names(version.JurisdictionId), on),
            item.Content(),
            noPenalty.Select(n => n.Content()).ToList(),
            others.OrderByDescending(o => o.b.EffectiveFrom)
                .Select(o => new DiscretionItemVersionRef(o.Id, o.b.Id, o.b.VersionLabel, o.b.EffectiveFrom, o.b.EffectiveUntil, o.b.IsSample)).ToList());
    }
}
