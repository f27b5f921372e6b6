using Weijian.Platform.Audit;

namespace Weijian.Enforcement.Discretion;

/// <summary>Chinese names of the discretion-baseline audit actions, subject types and payload fields.</summary>
public sealed class DiscretionAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["discretion-baseline.sample-loaded"] = "加载裁量基准示例数据",
        ["discretion-baseline.imported"] = "导入裁量基准（新版本）",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [nameof(DiscretionBaseline)] = "裁量基准",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["versionLabel"] = "版本",
        ["effectiveFrom"] = "生效日期",
        ["issuingDocument"] = "发布文件",
        ["items"] = "事项数",
        ["noPenaltyItems"] = "不予处罚清单事项数",
        ["supersedes"] = "替代的版本",
        ["rejectedRows"] = "被拒绝的行",
        ["notice"] = "提示",
        ["sha256"] = "文件 SHA-256",
        ["jurisdiction"] = "适用辖区",
    };
}
