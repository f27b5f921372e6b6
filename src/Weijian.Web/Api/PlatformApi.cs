using Weijian.Platform.Audit;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Organizations;
using Weijian.Platform.Users;

namespace Weijian.Web.Api;

public sealed record UpdateOrganizationRequest(string? Name, string? ShortName, string? RegionCode);

public sealed record ReasonRequest(string? Reason);

public sealed record UpdateUserRequest(string? DisplayName, IReadOnlyList<string>? Roles, string? Email, string? PhoneNumber);

public sealed record ResetPasswordRequest(string? NewPassword);

public sealed record CalendarImportRequest(string? Json);

internal static class OrganizationsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/organizations").WithTags("组织机构");
        g.MapGet("", (ListOrganizationsHandler h, CancellationToken ct) => h.HandleAsync(new ListOrganizations(), ct))
            .WithSummary("可见的单位（管理员、上级监督：本单位及下级；其他：本单位）");
        g.MapGet("/{id:guid}", (Guid id, GetOrganizationHandler h, CancellationToken ct) => h.HandleAsync(new GetOrganization(id), ct))
            .WithSummary("单位详情");
        g.MapPost("", async (CreateOrganization cmd, CreateOrganizationHandler h, CancellationToken ct) =>
            {
                var org = await h.HandleAsync(cmd, ct);
                return Results.Created($"/api/v1/organizations/{org.Id}", org);
            })
            .WithSummary("新增下级单位（系统管理员）");
        g.MapPut("/{id:guid}", (Guid id, UpdateOrganizationRequest r, UpdateOrganizationHandler h, CancellationToken ct) =>
                h.HandleAsync(new UpdateOrganization(id, r.Name, r.ShortName, r.RegionCode), ct))
            .WithSummary("修改单位信息（系统管理员）");
        g.MapPost("/{id:guid}/deactivate", (Guid id, ReasonRequest r, DeactivateOrganizationHandler h, CancellationToken ct) =>
                h.HandleAsync(new DeactivateOrganization(id, r.Reason), ct))
            .WithSummary("停用单位（不删除，须说明原因）");
        api.MapGet("/supervision/overview", (GetSupervisionOverviewHandler h, CancellationToken ct) => h.HandleAsync(new GetSupervisionOverview(), ct))
            .WithTags("上级监督")
            .WithSummary("下级单位统计（上级监督、系统管理员）");
    }
}

internal static class UsersApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/users").WithTags("用户");
        g.MapGet("", (Guid? organizationId, string? search, int? page, int? pageSize, ListUsersHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListUsers(organizationId, search, page, pageSize), ct))
            .WithSummary("用户列表（系统管理员，分页）");
        g.MapGet("/{id:guid}", (Guid id, GetUserHandler h, CancellationToken ct) => h.HandleAsync(new GetUser(id), ct))
            .WithSummary("用户详情");
        g.MapPost("", async (CreateUser cmd, CreateUserHandler h, CancellationToken ct) =>
            {
                var user = await h.HandleAsync(cmd, ct);
                return Results.Created($"/api/v1/users/{user.Id}", user);
            })
            .WithSummary("新增用户（系统管理员）");
        g.MapPut("/{id:guid}", (Guid id, UpdateUserRequest r, UpdateUserHandler h, CancellationToken ct) =>
                h.HandleAsync(new UpdateUser(id, r.DisplayName, r.Roles, r.Email, r.PhoneNumber), ct))
            .WithSummary("修改用户姓名、联系方式和角色");
        g.MapPost("/{id:guid}/deactivate", (Guid id, ReasonRequest r, SetUserActiveHandler h, CancellationToken ct) =>
                h.HandleAsync(new SetUserActive(id, false, r.Reason), ct))
            .WithSummary("停用用户（不删除，须说明原因）");
        g.MapPost("/{id:guid}/reactivate", (Guid id, ReasonRequest r, SetUserActiveHandler h, CancellationToken ct) =>
                h.HandleAsync(new SetUserActive(id, true, r.Reason), ct))
            .WithSummary("重新启用用户");
        g.MapPost("/{id:guid}/password", async (Guid id, ResetPasswordRequest r, ResetPasswordHandler h, CancellationToken ct) =>
            {
                await h.HandleAsync(new ResetPassword(id, r.NewPassword), ct);
                return Results.NoContent();
            })
            .WithSummary("重置密码并解除锁定（系统管理员）");
    }
}

internal static class AuditApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/audit").WithTags("审计链");
        g.MapGet("/history", (string subjectType, string subjectId, GetRecordHistoryHandler h, CancellationToken ct) =>
                h.HandleAsync(new GetRecordHistory(subjectType, subjectId), ct))
            .WithSummary("某条记录的变更历史（本单位审计链）");
        g.MapGet("/entries", (string? action, int? page, int? pageSize, ListAuditEntriesHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListAuditEntries(action, page, pageSize), ct))
            .WithSummary("本单位审计日志（分页，最新在前）");
        g.MapPost("/verify", (VerifyAuditChainsHandler h, CancellationToken ct) => h.HandleAsync(new VerifyAuditChains(), ct))
            .WithSummary("校验本单位及下级单位的审计链（系统管理员）");
    }
}

internal static class DeadlinesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/deadlines").WithTags("期限");
        g.MapGet("/mine", (int? page, int? pageSize, ListMyDeadlinesHandler h, CancellationToken ct) =>
                h.HandleAsync(new ListMyDeadlines(page, pageSize), ct))
            .WithSummary("我的待办：分配给我的未结期限，按到期日排序");
        g.MapGet("/{id:guid}", (Guid id, GetDeadlineHandler h, CancellationToken ct) => h.HandleAsync(new GetDeadline(id), ct))
            .WithSummary("期限详情");
    }
}

internal static class CalendarApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/calendar").WithTags("工作日历");
        g.MapGet("/due", async (DateOnly? from, int? count, string? unit, string? ruleId, ComputeDueDateHandler h, CancellationToken ct) =>
            {
                var d = await h.HandleAsync(new ComputeDueDate(from, count, unit, ruleId), ct);
                return new { d.RuleId, d.LegalBasis, Unit = d.Unit.ToWireName(), d.Count, d.Start, d.Due, d.RuleApplied };
            })
            .WithSummary("计算期限届满日（unit：working / calendar / months）");
        g.MapPost("/years", (CalendarImportRequest r, ImportCalendarYearHandler h, CancellationToken ct) =>
                h.HandleAsync(new ImportCalendarYear(r.Json ?? ""), ct))
            .WithSummary("导入某年度节假日安排（系统管理员）");
    }
}
