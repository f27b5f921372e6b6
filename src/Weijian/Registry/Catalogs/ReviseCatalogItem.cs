using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Catalogs;

/// <summary>
/// A change to an item is a new version effective from a date; the current version ends the day before. The old text
/// stays, so an inspection or case dated before the change still shows the item as it then was.
/// </summary>
public sealed record ReviseCatalogItem(Guid Id, string? Kind, DateOnly? EffectiveFrom, CatalogItemFields? Fields, string? ChangeNote);

public sealed class ReviseCatalogItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<CatalogItemView> HandleAsync(ReviseCatalogItem command, CancellationToken ct)
    {
        db.Actor.Require(CatalogAccess.Editors);
        db.Actor.RequireOrganization();
        var kind = command.Kind is null ? (CatalogKind?)null : CatalogNames.ParseKind(command.Kind);
        var item = await CatalogAccess.ItemAsync(db, command.Id, kind, ct);
        var from = Input.Required(command.EffectiveFrom, "effectiveFrom", "生效日期");
        var note = Input.Text(command.ChangeNote, "changeNote", "修订说明", 200);
        var content = CatalogItemContent.Validate(item.Kind, command.Fields);
        await CatalogAccess.CheckProvisionCodesAsync(db, content, ct);
        var before = item.Latest;
        var beforeContent = before.Content(item.Kind);
        var version = item.Revise(content, from, note, clock.GetUtcNow(), db.Actor.Name);
        db.Audit(item.OrganizationId, "catalog-item.revised", nameof(CatalogItem), item.Id.ToString(), new
        {
            Before = new { Version = before.Number, EffectiveFrom = before.EffectiveFrom, Content = CatalogAccess.Payload(beforeContent) },
            After = new { Version = version.Number, EffectiveFrom = from, ChangeNote = note, Content = CatalogAccess.Payload(content) },
        });
        await db.SaveChangesAsync(ct);
        return CatalogViews.Item(item, ChinaClock.Today(clock), await CatalogViews.TitlesAsync(db, [item], ct));
    }
}

/// <summary>An item stops being in force from a date, with a reason; it is never deleted and its versions stay readable.</summary>
public sealed record RetireCatalogItem(Guid Id, string? Kind, DateOnly? RetiredOn, string? Reason);

public sealed class RetireCatalogItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<CatalogItemView> HandleAsync(RetireCatalogItem command, CancellationToken ct)
    {
        db.Actor.Require(CatalogAccess.Editors);
        db.Actor.RequireOrganization();
        var kind = command.Kind is null ? (CatalogKind?)null : CatalogNames.ParseKind(command.Kind);
        var item = await CatalogAccess.ItemAsync(db, command.Id, kind, ct);
        var on = Input.Required(command.RetiredOn, "retiredOn", "停止执行日期");
        item.Retire(on, command.Reason ?? "");
        db.Audit(item.OrganizationId, "catalog-item.retired", nameof(CatalogItem), item.Id.ToString(), new
        {
            item.Code,
            item.Latest.Name,
            RetiredOn = on,
            Reason = item.RetireReason,
        });
        await db.SaveChangesAsync(ct);
        return CatalogViews.Item(item, ChinaClock.Today(clock), await CatalogViews.TitlesAsync(db, [item], ct));
    }
}
