using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Rules;

namespace Weijian.Web.Api;

/// <summary>A row of the transition table as clients see it.</summary>
public sealed record CaseTransitionView(string Action, string Label, IReadOnlyList<string> From, string? To, IReadOnlyList<string> Roles);

/// <summary>行政处罚案件 (issue #5): list, detail, registration and every transition as <c>/cases/{id}/actions/{action}</c>.</summary>
internal static class CasesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases").WithTags("行政处罚案件");
        g.MapGet("", (string? status, string? specialty, int? year, string? q, bool? mine, bool? overdue, int? page, int? pageSize, ListPenaltyCasesHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListPenaltyCases(status, specialty, year, q, mine ?? false, overdue ?? false, page, pageSize), ct))
            .WithSummary("案件列表：status 为阶段（如 Investigating）或 open / ended；specialty、year（受理年度）、q（案号/当事人/案由）、mine（我承办的）、overdue（办案期限已过）；分页");
        g.MapGet("/{id:guid}", (Guid id, GetPenaltyCaseHandler h, CancellationToken ct) => h.HandleAsync(new GetPenaltyCase(id), ct))
            .WithSummary("案件详情，含各环节记录、进行中的法定期限和当前用户可执行的操作（allowedActions）");
        g.MapGet("/{id:guid}/case-file", (Guid id, GetCaseFileHandler h, CancellationToken ct) => h.HandleAsync(new GetCaseFile(id), ct))
            .WithSummary("案卷：按法定顺序（立案、取证、审查、决定、送达、执行）组卷的卷内目录，以及按评查标准自动自查的得分、否决项和扣分项（R-EVA-1…4）");
        g.MapPost("/{id:guid}/case-file/evaluations", (Guid id, CaseFileEvaluationInput? body, EvaluateCaseFileHandler h, CancellationToken ct) =>
                h.HandleAsync(new EvaluateCaseFile(id, body?.Findings, body?.Dismissed, body?.Comment), ct))
            .WithSummary("案卷评查（结案后，法制审核人员或局领导，非本案承办人）：在自动自查结果上排除不成立的问题（dismissed，须说明理由）、增加人工评查项（findings：code、reason、points、occurrences）；每次评查另存一条记录，最高分段且无否决项的为优秀案卷");
        g.MapGet("/statistics", (int? year, CaseStatisticsHandler h, CancellationToken ct) => h.HandleAsync(new CaseStatistics(year), ct)).WithSummary("本单位年度行政处罚案件统计（按专业和合计；立案按立案日期、处罚和罚没按决定日期统计，口径见 basis）");
        g.MapGet("/workflow", () => CaseWorkflow.Table.Select(t => new CaseTransitionView(
                CaseWorkflow.WireName(t.Action), t.Label, [.. t.From.Select(s => s.ToString())], t.To?.ToString(), t.Roles)).ToList())
            .WithSummary("案件流程转换表（操作、起始阶段、目标阶段、办理角色）");
        g.MapPost("", async (RegisterLead command, RegisterLeadHandler h, CancellationToken ct) =>
            {
                var c = await h.HandleAsync(command, ct);
                return Results.Created($"/api/v1/cases/{c.Id}", c);
            })
            .WithSummary("案件受理登记（线索），返回案件编号");
        g.MapPost("/{id:guid}/actions/{action}", async (Guid id, string action, HttpRequest request, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct) =>
            {
                var a = CaseWorkflow.Parse(action) is { } parsed && parsed != CaseAction.RegisterLead
                    ? parsed
                    : throw DomainRuleException.NotFound("penalty-case.unknown-action", $"没有“{action}”这个案件操作");
                var command = await ReadCommandAsync(request, id, a, json.Value.SerializerOptions, ct);
                return await CaseCommands.RunAsync(request.HttpContext.RequestServices, a, command, ct);
            })
            .WithSummary("执行案件操作（如 request-filing、approve-filing、notify-party、decide-penalty）；不符合流程或法定条件时返回带规则代码的 problem details");
    }

    private static async Task<object> ReadCommandAsync(HttpRequest request, Guid id, CaseAction action, JsonSerializerOptions options, CancellationToken ct)
    {
        JsonObject body;
        try
        {
            body = request.ContentLength is 0 || !request.HasJsonContentType()
                ? []
                : await JsonNode.ParseAsync(request.Body, cancellationToken: ct) as JsonObject ?? [];
            body["caseId"] = id.ToString();
            return body.Deserialize(CaseCommands.CommandType(action), options)!;
        }
        catch (JsonException e)
        {
            throw Input.Invalid("validation.json", e.Path?.TrimStart('$', '.') ?? "body", "请求内容格式不正确：" + e.Message);
        }
    }
}

/// <summary>The body of a 案卷评查: reviewer findings, dismissed automatic findings and a comment.</summary>
public sealed record CaseFileEvaluationInput(
    IReadOnlyList<Weijian.Enforcement.CaseFiles.ReviewerFinding>? Findings, IReadOnlyList<Weijian.Enforcement.CaseFiles.DismissedFinding>? Dismissed, string? Comment);
