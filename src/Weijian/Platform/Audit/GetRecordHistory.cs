using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;

namespace Weijian.Platform.Audit;

/// <summary>
/// A record's history, read from the audit chain of the actor's organisation (the tenant filter applies: another
/// organisation's record has no history here).
/// </summary>
public sealed record GetRecordHistory(string SubjectType, string SubjectId);

public sealed record AuditEntryView(
    long Sequence, DateTimeOffset RecordedAt, string ActorName, string Action, string ActionName, string SubjectType, string SubjectId, string Payload, string Hash);

public sealed class GetRecordHistoryHandler(WeijianDb db)
{
    public async Task<IReadOnlyList<AuditEntryView>> HandleAsync(GetRecordHistory query, CancellationToken ct)
    {
        db.Actor.RequireOrganization();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == query.SubjectType && a.SubjectId == query.SubjectId)
            .OrderBy(a => a.Sequence)
            .ToListAsync(ct);
        return entries.Select(AuditActions.View).ToList();
    }
}

/// <summary>The organisation's audit log, newest first, optionally filtered by action prefix.</summary>
public sealed record ListAuditEntries(string? Action = null, int? Page = 1, int? PageSize = 50);

public sealed class ListAuditEntriesHandler(WeijianDb db)
{
    public async Task<Paged<AuditEntryView>> HandleAsync(ListAuditEntries query, CancellationToken ct)
    {
        db.Actor.RequireOrganization();
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            q = q.Where(a => a.Action.StartsWith(query.Action.Trim()));
        }

        var page = await Paged.FromQueryAsync(q.OrderByDescending(a => a.Sequence), query.Page, query.PageSize, ct);
        return new Paged<AuditEntryView>(page.Items.Select(AuditActions.View).ToList(), page.Total, page.Page, page.PageSize);
    }
}

/// <summary>
/// Chinese names of audit actions for a module's history screens. Each module declares its own in one class
/// implementing this interface; <see cref="AuditActions"/> finds them all.
/// </summary>
public interface IAuditActionNames
{
    /// <summary>Action code → Chinese name, e.g. "entity.registered" → "登记监管对象".</summary>
    IReadOnlyDictionary<string, string> Names { get; }

    /// <summary>Subject type → Chinese name, e.g. "RegulatedEntity" → "监管对象".</summary>
    IReadOnlyDictionary<string, string> SubjectTypes => new Dictionary<string, string>();

    /// <summary>Payload field (camelCase) → Chinese label, e.g. "creditCode" → "统一社会信用代码".</summary>
    IReadOnlyDictionary<string, string> FieldLabels => new Dictionary<string, string>();
}

/// <summary>The platform's own audit actions.</summary>
public sealed class PlatformAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["organization.created"] = "新增单位",
        ["organization.updated"] = "修改单位信息",
        ["organization.deactivated"] = "停用单位",
        ["user.created"] = "新增用户",
        ["user.updated"] = "修改用户",
        ["user.deactivated"] = "停用用户",
        ["user.reactivated"] = "启用用户",
        ["user.password-reset"] = "重置密码",
        ["user.password-changed"] = "修改密码",
        ["user.signed-in"] = "登录",
        ["user.locked-out"] = "连续登录失败被锁定",
        ["calendar.imported"] = "导入节假日安排",
        ["rule-parameter.set"] = "设置规则参数",
        ["deadline.opened"] = "开始计时",
        ["deadline.paused"] = "期限中止",
        ["deadline.closed"] = "期限结束",
    };
}

/// <summary>Chinese names of audit actions, for history screens.</summary>
public static class AuditActions
{
    private static readonly IAuditActionNames[] Modules = typeof(AuditActions).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAuditActionNames).IsAssignableFrom(t))
        .Select(t => (IAuditActionNames)Activator.CreateInstance(t)!)
        .ToArray();

    private static readonly Dictionary<string, string> Names = Merge(m => m.Names);
    private static readonly Dictionary<string, string> SubjectTypes = Merge(m => m.SubjectTypes);
    private static readonly Dictionary<string, string> FieldLabels = Merge(m => m.FieldLabels);

    public static string ChineseName(string action) => Names.TryGetValue(action, out var name) ? name : action;

    /// <summary>The Chinese name of a subject type declared by its module, or null.</summary>
    public static string? SubjectTypeName(string subjectType) => SubjectTypes.GetValueOrDefault(subjectType);

    /// <summary>The Chinese label of a payload field declared by a module, or null.</summary>
    public static string? FieldLabel(string field) => FieldLabels.GetValueOrDefault(field);

    private static Dictionary<string, string> Merge(Func<IAuditActionNames, IReadOnlyDictionary<string, string>> part)
    {
        var merged = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in Modules.SelectMany(part))
        {
            merged.TryAdd(key, value);
        }

        return merged;
    }

    public static AuditEntryView View(AuditEntry a) =>
        new(a.Sequence, a.RecordedAt, a.ActorName, a.Action, ChineseName(a.Action), a.SubjectType, a.SubjectId, a.Payload, a.Hash);
}
