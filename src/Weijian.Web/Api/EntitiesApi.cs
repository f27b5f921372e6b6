using Weijian.Registry.Entities;

namespace Weijian.Web.Api;

/// <summary>停业 (status Suspended) or 注销 (status Closed, the default): reason and date required.</summary>
public sealed record CloseEntityRequest(string? Status, string? Reason, DateOnly? Date);

/// <summary>恢复经营: reason required, date defaults to today.</summary>
public sealed record ReopenEntityRequest(string? Reason, DateOnly? Date);

/// <summary>A specialty with its sub-types, for clients building forms.</summary>
public sealed record SpecialtyChoice(Specialty Code, string Name, IReadOnlyList<EntitySubType> SubTypes);

/// <summary>监管对象名录库 (issue #3): the organisation's register of regulated entities.</summary>
internal static class EntitiesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/entities").WithTags("监管对象");
        g.MapGet("", (string? name, string? creditCode, string? specialty, string? subType, string? regionCode, string? riskTier,
                    string? hygieneGrade, string? status, string? sort, int? page, int? pageSize, ListEntitiesHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListEntities(name, creditCode, specialty, subType, regionCode, riskTier, hygieneGrade, status, sort, page, pageSize), ct))
            .WithSummary("监管对象列表：按名称片段、统一社会信用代码/身份证号、专业类别、具体类型、行政区划、风险等级、量化分级（none 为未评级）、状态筛选；sort 为 name / registered / region（前加“-”倒序，默认 -registered）；分页");
        g.MapGet("/{id:guid}", (Guid id, GetEntityHandler h, CancellationToken ct) => h.HandleAsync(new GetEntity(id), ct))
            .WithSummary("监管对象详情（historyPath 为其变更历史）");
        g.MapGet("/specialties", () => Specialties.All.Select(s => new SpecialtyChoice(s, Specialties.ChineseName(s), Specialties.SubTypes(s))).ToList())
            .WithSummary("专业类别及其具体类型（公共场所为7类28种）");
        g.MapPost("", async (EntityDetails details, RegisterEntityHandler h, CancellationToken ct) =>
            {
                var entity = await h.HandleAsync(new RegisterEntity(details), ct);
                return Results.Created($"/api/v1/entities/{entity.Id}", entity);
            })
            .WithSummary("登记监管对象（统一社会信用代码/身份证号在本单位内不能重复）");
        g.MapPost("/upsert", (EntityDetails details, UpsertEntityByKeyHandler h, CancellationToken ct) => h.HandleAsync(new UpsertEntityByKey(details), ct))
            .WithSummary("按统一社会信用代码/身份证号登记或更新监管对象（outcome：Created / Updated / Unchanged）");
        g.MapPut("/{id:guid}", (Guid id, EntityDetails details, UpdateEntityHandler h, CancellationToken ct) => h.HandleAsync(new UpdateEntity(id, details), ct))
            .WithSummary("修改监管对象信息（修改前后的内容记入审计链）");
        g.MapPost("/{id:guid}/close", (Guid id, CloseEntityRequest r, CloseEntityHandler h, CancellationToken ct) =>
                h.HandleAsync(new CloseEntity(id, r.Status, r.Reason, r.Date), ct))
            .WithSummary("停业或注销（不删除，须说明原因和日期）");
        g.MapPost("/{id:guid}/reopen", (Guid id, ReopenEntityRequest r, ReopenEntityHandler h, CancellationToken ct) =>
                h.HandleAsync(new ReopenEntity(id, r.Reason, r.Date), ct))
            .WithSummary("恢复经营（须说明原因）");
    }
}
