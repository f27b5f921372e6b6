using Weijian.Platform.Audit;

namespace Weijian.Licensing.Applications;

/// <summary>Chinese names of the application audit actions.</summary>
public sealed class LicensingApplicationAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [ApplicationSteps.AuditAction("receive")] = "窗口收件",
        [ApplicationSteps.AuditAction("submit")] = "网上申请",
        [ApplicationSteps.AuditAction("accept")] = "受理许可申请",
        [ApplicationSteps.AuditAction("deemed-accepted")] = "视为受理（逾期未一次性告知）",
        [ApplicationSteps.AuditAction("notify-deficiency")] = "一次性告知补正",
        [ApplicationSteps.AuditAction("reject-intake")] = "不予受理",
        [ApplicationSteps.AuditAction("grant-on-commitment")] = "告知承诺当场发证",
        [ApplicationSteps.AuditAction("supply-rongque")] = "补齐容缺材料",
        [ApplicationSteps.AuditAction("site-check")] = "许可现场核查",
        [ApplicationSteps.AuditAction("review")] = "许可审查意见",
        [ApplicationSteps.AuditAction("extend")] = "延长许可审查期限",
        [ApplicationSteps.AuditAction("start-excluded-period")] = "启动特殊程序（期限暂停）",
        [ApplicationSteps.AuditAction("schedule-hearing")] = "安排许可听证",
        [ApplicationSteps.AuditAction("end-excluded-period")] = "特殊程序结束",
        [ApplicationSteps.AuditAction("grant")] = "准予行政许可",
        [ApplicationSteps.AuditAction("refuse")] = "不予行政许可",
        [ApplicationSteps.AuditAction("withdraw")] = "撤回许可申请",
        [ApplicationSteps.AuditAction("serve-certificate")] = "送达许可证件",
        [ApplicationSteps.AuditAction("deemed-renewed")] = "视为准予延续",
        [ApplicationSteps.AuditAction("rate")] = "办件好差评",
        ["licence-item.starter-loaded"] = "载入示范许可事项",
        ["licence.ledger-imported"] = "录入原许可台账",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [ApplicationSteps.SubjectType] = "行政许可申请",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["number"] = "受理编号",
        ["itemName"] = "许可事项",
        ["applicantName"] = "申请人",
        ["status"] = "状态",
        ["detail"] = "详情",
    };
}
