using Weijian.Platform.Rules;

namespace Weijian.Registry.Catalogs;

/// <summary>The three item catalogues a bureau keeps and publishes (R-TRS-2, R-INS-2, R-TRS-6).</summary>
public enum CatalogKind
{
    /// <summary>权力清单/责任清单.</summary>
    PowerItem,

    /// <summary>随机抽查事项清单 (R-INS-2).</summary>
    InspectionItem,

    /// <summary>音像记录事项清单 (R-TRS-6).</summary>
    AvRecordingItem,
}

/// <summary>Type of a power item: 行政许可 / 行政处罚 / 行政检查 / 行政强制 / 其他.</summary>
public enum PowerType
{
    Licensing,
    Penalty,
    Inspection,
    Coercion,
    Other,
}

/// <summary>An inspection item is 一般 or 重点; 重点 items have no ratio cap (R-INS-2).</summary>
public enum InspectionLevel
{
    General,
    Key,
}

/// <summary>The enforcement activities of the 音像记录事项清单 (R-TRS-6).</summary>
public enum AvActivity
{
    Complaint,
    Inspection,
    Sampling,
    EvidencePreservation,
    Seizure,
    Interview,
    Hearing,
    LeftOrPublicService,
    CorrectionReview,
}

public static class CatalogNames
{
    /// <summary>The kind as it appears in API routes: power-items, inspection-items, av-items.</summary>
    public static string WireName(CatalogKind kind) => kind switch
    {
        CatalogKind.PowerItem => "power-items",
        CatalogKind.InspectionItem => "inspection-items",
        _ => "av-items",
    };

    public static string ChineseName(CatalogKind kind) => kind switch
    {
        CatalogKind.PowerItem => "权责清单",
        CatalogKind.InspectionItem => "随机抽查事项清单",
        _ => "音像记录事项清单",
    };

    /// <summary>Accepts the wire name (power-items), the identifier (PowerItem) or the Chinese name.</summary>
    public static CatalogKind ParseKind(string? value)
    {
        var v = value?.Trim();
        foreach (var k in Enum.GetValues<CatalogKind>())
        {
            if (string.Equals(v, WireName(k), StringComparison.OrdinalIgnoreCase) || string.Equals(v, k.ToString(), StringComparison.OrdinalIgnoreCase)
                || v == ChineseName(k))
            {
                return k;
            }
        }

        throw Input.Invalid("validation.catalog-kind", "kind", "清单类别应为 power-items（权责清单）、inspection-items（随机抽查事项清单）或 av-items（音像记录事项清单）");
    }

    public static string ChineseName(PowerType t) => t switch
    {
        PowerType.Licensing => "行政许可",
        PowerType.Penalty => "行政处罚",
        PowerType.Inspection => "行政检查",
        PowerType.Coercion => "行政强制",
        _ => "其他",
    };

    public static string ChineseName(InspectionLevel l) => l == InspectionLevel.Key ? "重点" : "一般";

    public static string ChineseName(AvActivity a) => a switch
    {
        AvActivity.Complaint => "举报",
        AvActivity.Inspection => "检查",
        AvActivity.Sampling => "抽样",
        AvActivity.EvidencePreservation => "先行登记保存",
        AvActivity.Seizure => "查封扣押",
        AvActivity.Interview => "询问",
        AvActivity.Hearing => "听证",
        AvActivity.LeftOrPublicService => "留置/公告送达",
        _ => "责令改正复查",
    };

    /// <summary>Parses an enum by identifier or by its Chinese name; null when empty, an error naming the field when unknown.</summary>
    public static T? Parse<T>(string? value, Func<T, string> chinese, string field, string label)
        where T : struct, Enum
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        foreach (var e in Enum.GetValues<T>())
        {
            if (string.Equals(e.ToString(), v, StringComparison.OrdinalIgnoreCase) || chinese(e) == v)
            {
                return e;
            }
        }

        var choices = string.Join("、", Enum.GetValues<T>().Select(chinese));
        throw Input.Invalid("validation.catalog-choice", field, $"{label}应为：{choices}");
    }
}
