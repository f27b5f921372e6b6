using Weijian.Registry.Catalogs;

namespace Weijian.Web.Api;

/// <summary>One item's fields as sent to the API (flat); <c>kind</c> comes from the route: power-items, inspection-items, av-items.</summary>
public sealed record CatalogItemRequest(
    string? Code,
    DateOnly? EffectiveFrom,
    string? ChangeNote,
    string? Name,
    string? LegalBasis,
    IReadOnlyList<ProvisionReference>? Provisions,
    string? PowerType,
    string? ResponsibleUnit,
    string? Responsibilities,
    string? Accountability,
    string? Specialty,
    string? Level,
    string? Targets,
    string? CheckContent,
    IReadOnlyList<string>? ChecklistLines,
    string? Activity,
    bool? ContinuousRecording,
    string? RecordingRequirement)
{
    public CatalogItemFields Fields() => new(
        Name, LegalBasis, Provisions, PowerType, ResponsibleUnit, Responsibilities, Accountability, Specialty, Level, Targets, CheckContent,
        ChecklistLines, Activity, ContinuousRecording, RecordingRequirement);
}

public sealed record RetireCatalogItemRequest(DateOnly? RetiredOn, string? Reason);

public sealed record StarterCatalogRequest(DateOnly? EffectiveFrom);

/// <summary>The bureau's catalogues (权责清单, 随机抽查事项清单, 音像记录事项清单), versioned with effective dates.</summary>
internal static class CatalogApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/catalog").WithTags("事项清单");
        g.MapGet("/{kind}", (string kind, DateOnly? on, string? search, string? specialty, string? level, string? powerType, string? activity, bool? all,
                int? page, int? pageSize, ListCatalogItemsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListCatalogItems(kind, on, search, specialty, level, powerType, activity, all, page, pageSize), ct))
            .WithSummary("本单位某类清单在某日（on，默认今天）有效的事项；all=true 列出全部事项（含已停止执行、尚未生效）");
        g.MapGet("/{kind}/{id:guid}", (string kind, Guid id, DateOnly? on, GetCatalogItemHandler h, CancellationToken ct) =>
                h.HandleAsync(new GetCatalogItem(id, kind, on), ct))
            .WithSummary("清单事项及其全部版本");
        g.MapPost("/{kind}", async (string kind, CatalogItemRequest r, CreateCatalogItemHandler h, CancellationToken ct) =>
            {
                var item = await h.HandleAsync(new CreateCatalogItem(kind, r.Code, r.EffectiveFrom, r.Fields(), r.ChangeNote), ct);
                return Results.Created($"/api/v1/catalog/{item.Kind}/{item.Id}", item);
            })
            .WithSummary("新增清单事项（系统管理员、局领导、法制审核人员）");
        g.MapPost("/{kind}/{id:guid}/versions", (string kind, Guid id, CatalogItemRequest r, ReviseCatalogItemHandler h, CancellationToken ct) =>
                h.HandleAsync(new ReviseCatalogItem(id, kind, r.EffectiveFrom, r.Fields(), r.ChangeNote), ct))
            .WithSummary("修订事项：新版本自 effectiveFrom 起生效，原版本同时截止（不覆盖历史版本）");
        g.MapPost("/{kind}/{id:guid}/retire", (string kind, Guid id, RetireCatalogItemRequest r, RetireCatalogItemHandler h, CancellationToken ct) =>
                h.HandleAsync(new RetireCatalogItem(id, kind, r.RetiredOn, r.Reason), ct))
            .WithSummary("事项停止执行（自 retiredOn 起不再有效，须说明原因；不删除）");
        g.MapPost("/{kind}/starter-set", (string kind, StarterCatalogRequest? r, LoadStarterCatalogHandler h, CancellationToken ct) =>
                h.HandleAsync(new LoadStarterCatalog(kind, r?.EffectiveFrom), ct))
            .WithSummary("将随程序发布的示范清单复制到本单位（已有编码的事项跳过；幂等）");
    }
}
