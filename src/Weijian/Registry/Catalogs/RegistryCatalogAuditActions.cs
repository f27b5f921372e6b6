using Weijian.Platform.Audit;

namespace Weijian.Registry.Catalogs;

/// <summary>Chinese names of the provision-library and catalogue audit actions.</summary>
public sealed class CatalogAuditActions : IAuditActionNames
{
    public IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["provisions.loaded"] = "加载法律法规库",
        ["catalog-item.created"] = "新增清单事项",
        ["catalog-item.revised"] = "修订清单事项（新版本）",
        ["catalog-item.retired"] = "清单事项停止执行",
    };
}
