using Weijian.Platform.Audit;

namespace Weijian.Licensing.Items;

/// <summary>Audit actions of the licensing item list and their Chinese names.</summary>
public sealed class LicenseItemAudit : IAuditActionNames
{
    public const string SubjectType = nameof(LicenseItem);
    public const string Created = "licence-item.created";
    public const string Revised = "licence-item.revised";
    public const string Withdrawn = "licence-item.withdrawn";

    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        [Created] = "新增许可事项",
        [Revised] = "修订办事指南",
        [Withdrawn] = "停用许可事项",
    };

    public IReadOnlyDictionary<string, string> SubjectTypes { get; } = new Dictionary<string, string>
    {
        [SubjectType] = "许可事项",
    };

    public IReadOnlyDictionary<string, string> FieldLabels { get; } = new Dictionary<string, string>
    {
        ["code"] = "事项编码",
        ["previous"] = "修订前",
        ["current"] = "修订后",
    };
}
