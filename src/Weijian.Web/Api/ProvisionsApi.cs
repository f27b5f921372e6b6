using Weijian.Registry.Provisions;

namespace Weijian.Web.Api;

/// <summary>The provision library (national reference data): list, one version with its articles, resolution on a date (R-PEN-9).</summary>
internal static class ProvisionsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/provisions").WithTags("法律法规库");
        g.MapGet("", (string? search, string? kind, string? status, DateOnly? on, int? page, int? pageSize, ListLegalDocumentsHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListLegalDocuments(search, kind, status, on, page, pageSize), ct))
            .WithSummary("法律法规列表（按名称、代码、文号搜索；status：InForce 现行有效 / Repealed 已废止 / NotYetInForce 尚未施行，按 on 日期判断，默认今天）");
        g.MapGet("/resolve", (string? code, int? article, DateOnly? date, ResolveProvisionHandler h, CancellationToken ct) =>
                h.HandleAsync(new ResolveProvision(code, article, date), ct))
            .WithSummary("按日期解析条文：返回该日有效的版本及条文（R-PEN-9，适用违法行为发生时的规定）");
        g.MapGet("/{id:guid}", (Guid id, DateOnly? on, GetLegalDocumentHandler h, CancellationToken ct) => h.HandleAsync(new GetLegalDocument(id, on), ct))
            .WithSummary("某一版本的法律法规及其条文，并列出同一法规的其他版本");
        g.MapPost("/load", (LoadProvisionsHandler h, CancellationToken ct) => h.HandleAsync(new LoadProvisions(), ct))
            .WithSummary("加载随程序发布的法律法规库（缺失或已更新的版本；幂等；仅根单位系统管理员）");
    }
}
