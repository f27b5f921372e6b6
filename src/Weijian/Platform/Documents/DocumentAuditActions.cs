using Weijian.Platform.Audit;

namespace Weijian.Platform.Documents;

/// <summary>Chinese names of the document audit actions.</summary>
public sealed class DocumentAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["document.issued"] = "制发执法文书",
        ["document.voided"] = "作废执法文书",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [nameof(IssuedDocument)] = "执法文书",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["template"] = "文书模板",
        ["title"] = "文书名称",
        ["number"] = "文书编号",
        ["subject"] = "所属记录",
        ["sha256"] = "文件SHA-256",
        ["reason"] = "作废原因",
        ["replacedBy"] = "替代文书",
    };
}
