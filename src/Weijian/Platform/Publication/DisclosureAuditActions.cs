using Weijian.Platform.Audit;

namespace Weijian.Platform.Publication;

/// <summary>Chinese names of the publication audit actions.</summary>
public sealed class DisclosureAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [DisclosureSchedule.AuditAction("schedule")] = "列入执法公示",
        [DisclosureSchedule.AuditAction("publish")] = "公示执法决定",
        [DisclosureSchedule.AuditAction("request-withdrawal")] = "申请撤回公示",
        [DisclosureSchedule.AuditAction("withdraw")] = "撤回公示",
        [DisclosureSchedule.AuditAction("take-offline")] = "公示期满下线",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [DisclosureSchedule.SubjectType] = "行政执法公示",
        [nameof(AuditCheckpoint)] = "审计日检查点",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["decisionNumber"] = "决定文号",
        ["kind"] = "公示类别",
        ["decidedOn"] = "决定日期",
        ["due"] = "应公示日期",
        ["publishedOn"] = "公示日期",
        ["late"] = "逾期",
        ["retentionEnd"] = "公示截止日期",
        ["reason"] = "撤回原因",
        ["text"] = "撤回理由",
        ["withdrawnOn"] = "撤回日期",
        ["offlineOn"] = "下线日期",
        ["day"] = "日期",
        ["headHash"] = "审计链末项哈希",
    };
}
