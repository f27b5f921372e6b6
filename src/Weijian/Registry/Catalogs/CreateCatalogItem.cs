using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Catalogs;

/// <summary>The bureau adds an item to one of its catalogues, in force from a date (R-TRS-2: keep the published lists current).</summary>
public sealed record CreateCatalogItem(string? Kind, string? Code, DateOnly? EffectiveFrom, CatalogItemFields? Fields, string? ChangeNote = null);

public sealed class CreateCatalogItemHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<CatalogItemView> HandleAsync(CreateCatalogItem command, CancellationToken ct)
    {
        db.Actor.Require(CatalogAccess.Editors);
        var orgId = db.Actor.RequireOrganization();
        var kind = CatalogNames.ParseKind(command.Kind);
        var code = CatalogItemContent.ValidCode(command.Code);
        var from = Input.Required(command.EffectiveFrom, "effectiveFrom", "生效日期");
        var content = CatalogItemContent.Validate(kind, command.Fields);
        await CatalogAccess.CheckProvisionCodesAsync(db, content, ct);
        if (await db.Set<CatalogItem>().AnyAsync(i => i.Kind == kind && i.Code == code, ct))
        {
            throw new DomainRuleException("catalog-item.duplicate-code", $"本单位{CatalogNames.ChineseName(kind)}中已有编码为 {code} 的事项") { Fields = ["code"] };
        }

        var now = clock.GetUtcNow();
        var item = CatalogItem.Create(orgId, kind, code, content, from, Input.OptionalText(command.ChangeNote, "changeNote", "说明", 200), now, db.Actor.Name);
        db.Set<CatalogItem>().Add(item);
        db.Audit(orgId, "catalog-item.created", nameof(CatalogItem), item.Id.ToString(), new
        {
            Kind = CatalogNames.ChineseName(kind),
            item.Code,
            EffectiveFrom = from,
            Content = CatalogAccess.Payload(content),
        });
        await db.SaveChangesAsync(ct);
        return CatalogViews.Item(item, ChinaClock.Today(clock), await CatalogViews.TitlesAsync(db, [item], ct));
    }
}
