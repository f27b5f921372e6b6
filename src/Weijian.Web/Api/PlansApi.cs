using System.Text;
using Weijian.Inspections.Draws;
using Weijian.Inspections.Plans;

namespace Weijian.Web.Api;

public sealed record NotInspectableRequest(string? Reason);

public sealed record RunDrawRequest(IReadOnlyList<SeedInput>? SeedInputs);

public sealed record RedrawRequest(string? Reason, DateOnly? PlannedDate = null, IReadOnlyList<string>? SeedInputNames = null, int? WorkloadCap = null);

/// <summary>监督检查 (issue #4): 抽查计划, 检查任务 and the verifiable 双随机 draws. Targets have no delete endpoint (R-INS-7).</summary>
internal static class PlansApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("抽查计划");
        plans.MapGet("", (int? year, string? status, int? page, int? pageSize, ListPlansHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListPlans(year, status, page, pageSize), ct))
            .WithSummary("本单位的抽查计划（按年度、状态筛选，分页）");
        plans.MapGet("/items", (ListPlanItemsHandler h, CancellationToken ct) => h.HandleAsync(new ListPlanItems(), ct))
            .WithSummary("可选的抽查事项（本单位随机抽查事项清单，缺省为国家示范清单）");
        plans.MapGet("/{id:guid}", (Guid id, GetPlanHandler h, CancellationToken ct) => h.HandleAsync(new GetPlan(id), ct))
            .WithSummary("抽查计划详情");
        plans.MapPost("", async (DraftPlan command, DraftPlanHandler h, CancellationToken ct) =>
            {
                var plan = await h.HandleAsync(command, ct);
                return Results.Created($"/api/v1/plans/{plan.Id}", plan);
            })
            .WithSummary("起草抽查计划：事项、分层（专业×类型×区划，比例或数量）、风险权重（缺省：高×2、中×1、低×0.5、信用A×0.5）、完成时限");
        plans.MapPost("/{id:guid}/issue", (Guid id, IssuePlanHandler h, CancellationToken ct) => h.HandleAsync(new IssuePlan(id), ct))
            .WithSummary("下达计划：冻结计划，向本单位下属每个区县卫生健康局生成检查任务");

        var tasks = api.MapGroup("/tasks").WithTags("检查任务");
        tasks.MapGet("", (int? year, string? kind, string? status, string? title, int? page, int? pageSize, ListTasksHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListTasks(year, kind, status, title, page, pageSize), ct))
            .WithSummary("本单位的检查任务（按年度、类型、状态、名称筛选，分页）");
        tasks.MapGet("/{id:guid}", (Guid id, GetTaskHandler h, CancellationToken ct) => h.HandleAsync(new GetTask(id), ct))
            .WithSummary("检查任务详情：检查对象及其执法人员、状态，抽取轮次");
        tasks.MapPost("/targets/{id:guid}/not-inspectable", (Guid id, NotInspectableRequest r, MarkTargetNotInspectableHandler h, CancellationToken ct) =>
                h.HandleAsync(new MarkTargetNotInspectable(id, r.Reason), ct))
            .WithSummary("检查对象无法检查（须说明原因；检查对象不能删除，R-INS-7）");

        var draws = api.MapGroup("/draws").WithTags("随机抽取");
        draws.MapPost("", async (CommitDraw command, CommitDrawHandler h, CancellationToken ct) =>
            {
                var draw = await h.HandleAsync(command, ct);
                return Results.Created($"/api/v1/draws/{draw.Id}", draw);
            })
            .WithSummary("第一步 公布承诺：冻结候选对象、排除对象及原因、执法人员库和分层，公布承诺哈希");
        draws.MapGet("/{id:guid}", (Guid id, GetDrawHandler h, CancellationToken ct) => h.HandleAsync(new GetDraw(id), ct))
            .WithSummary("抽取轮次详情");
        draws.MapPost("/{id:guid}/run", (Guid id, RunDrawRequest r, RunDrawHandler h, CancellationToken ct) => h.HandleAsync(new RunDraw(id, r.SeedInputs), ct))
            .WithSummary("第二、三步 录入现场随机种子并抽取（每轮只能一次），生成检查对象；只公布加盐哈希");
        draws.MapPost("/{id:guid}/publish", (Guid id, PublishDrawHandler h, CancellationToken ct) => h.HandleAsync(new PublishDraw(id), ct))
            .WithSummary("第四步 公开抽取记录（种子、票值、结果、盐）");
        draws.MapPost("/{id:guid}/redraw", (Guid id, RedrawRequest r, RedrawHandler h, CancellationToken ct) =>
                h.HandleAsync(new Redraw(id, r.Reason, r.PlannedDate, r.SeedInputNames, r.WorkloadCap), ct))
            .WithSummary("重新抽取：须说明原因；原轮次保留并标记，未检查的对象记为无法检查，新一轮重新公布承诺");
        draws.MapGet("/{id:guid}/record", async (Guid id, GetDrawRecordHandler h, CancellationToken ct) =>
                Results.File(Encoding.UTF8.GetBytes(await h.HandleAsync(new GetDrawRecord(id), ct)), "application/json", $"draw-{id}.json"))
            .WithSummary("下载抽取记录 JSON（可用 weijian draw verify 验证）");
    }

    public static void MapPublic(RouteGroupBuilder api)
    {
        var p = api.MapGroup("/public/draws").WithTags("随机抽取（公开）").AllowAnonymous();
        p.MapGet("/{id:guid}", (Guid id, GetPublicDrawHandler h, CancellationToken ct) => h.HandleAsync(new GetPublicDraw(id), ct))
            .WithSummary("公开的抽取信息：承诺（始终）、加盐哈希（抽取后）、完整记录（公开后）");
        p.MapGet("/{id:guid}/verify", (Guid id, VerifyPublishedDrawHandler h, CancellationToken ct) => h.HandleAsync(new VerifyPublishedDraw(id), ct))
            .WithSummary("服务器端重新计算已公开的抽取记录");
        p.MapGet("/{id:guid}/record", async (Guid id, GetPublicDrawHandler h, CancellationToken ct) =>
            {
                var view = await h.HandleAsync(new GetPublicDraw(id), ct);
                return view.RecordJson is null
                    ? Results.Problem(statusCode: 404, title: "该抽取结果尚未公开", extensions: new Dictionary<string, object?> { ["code"] = "random-draw.not-published" })
                    : Results.File(Encoding.UTF8.GetBytes(view.RecordJson), "application/json", $"draw-{id}.json");
            })
            .WithSummary("下载已公开的抽取记录 JSON");
    }
}
