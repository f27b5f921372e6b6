using System.Text.RegularExpressions;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Catalogs;

/// <summary>What a user or a starter file gives for an item (unvalidated; names as in the API, Chinese or identifier values).</summary>
public sealed record CatalogItemFields(
    string? Name = null,
    string? LegalBasis = null,
    IReadOnlyList<ProvisionReference>? Provisions = null,
    string? PowerType = null,
    string? ResponsibleUnit = null,
    string? Responsibilities = null,
    string? Accountability = null,
    string? Specialty = null,
    string? Level = null,
    string? Targets = null,
    string? CheckContent = null,
    IReadOnlyList<string>? ChecklistLines = null,
    string? Activity = null,
    bool? ContinuousRecording = null,
    string? RecordingRequirement = null);

/// <summary>The validated content of one version of an item; only the fields of its kind are set.</summary>
public sealed partial record CatalogItemContent(
    CatalogKind Kind,
    string Name,
    string LegalBasis,
    IReadOnlyList<ProvisionReference> Provisions,
    PowerType? PowerType,
    string? ResponsibleUnit,
    string? Responsibilities,
    string? Accountability,
    Specialty? Specialty,
    InspectionLevel? Level,
    string? Targets,
    string? CheckContent,
    IReadOnlyList<string> ChecklistLines,
    AvActivity? Activity,
    bool? ContinuousRecording,
    string? RecordingRequirement)
{
    public const int MaxChecklistLines = 50;

    public static CatalogItemContent Validate(CatalogKind kind, CatalogItemFields? fields)
    {
        var f = fields ?? new CatalogItemFields();
        var name = Input.Text(f.Name, "name", "事项名称", 200);
        var basis = Input.Text(f.LegalBasis, "legalBasis", "法律依据", 4000);
        var provisions = (f.Provisions ?? []).Select(p =>
        {
            if (p is null || string.IsNullOrWhiteSpace(p.Code) || p.Article is < 1 or > 9999)
            {
                throw Input.Invalid("validation.provision-reference", "provisions", "引用条文应包含法规代码和 1 至 9999 的条文序号");
            }

            return p with { Code = p.Code.Trim() };
        }).Distinct().ToList();
        if (provisions.Count > 30)
        {
            throw Input.Invalid("validation.too-many", "provisions", "引用条文不能超过30条");
        }

        return kind switch
        {
            CatalogKind.PowerItem => new(
                kind, name, basis, provisions,
                CatalogNames.Parse<PowerType>(f.PowerType, CatalogNames.ChineseName, "powerType", "职权类型")
                    ?? throw Input.Invalid("validation.required", "powerType", "职权类型不能为空"),
                Input.Text(f.ResponsibleUnit, "responsibleUnit", "实施主体（承办机构）", 200),
                Input.Text(f.Responsibilities, "responsibilities", "责任事项", 4000),
                Input.Text(f.Accountability, "accountability", "追责情形", 4000),
                null, null, null, null, [], null, null, null),
            CatalogKind.InspectionItem => new(
                kind, name, basis, provisions, null, null, null, null,
                Specialties.Parse(f.Specialty) ?? throw Input.Invalid(
                    "validation.specialty", "specialty", $"专业应为：{string.Join("、", Specialties.All.Select(Specialties.ChineseName))}"),
                CatalogNames.Parse<InspectionLevel>(f.Level, CatalogNames.ChineseName, "level", "事项类别")
                    ?? throw Input.Invalid("validation.required", "level", "事项类别（一般/重点）不能为空"),
                Input.Text(f.Targets, "targets", "检查对象", 500),
                Input.Text(f.CheckContent, "checkContent", "检查内容", 4000),
                Checklist(f.ChecklistLines),
                null, null, null),
            _ => new(
                kind, name, basis, provisions, null, null, null, null, null, null, null, null, [],
                CatalogNames.Parse<AvActivity>(f.Activity, CatalogNames.ChineseName, "activity", "执法环节")
                    ?? throw Input.Invalid("validation.required", "activity", "执法环节不能为空"),
                f.ContinuousRecording ?? throw Input.Invalid("validation.required", "continuousRecording", "请选择是否须全程连续音像记录"),
                Input.Text(f.RecordingRequirement, "recordingRequirement", "记录要求", 2000)),
        };
    }

    /// <summary>事项编码: letters, digits and hyphens, e.g. CF-012.</summary>
    public static string ValidCode(string? code)
    {
        var c = Input.Text(code, "code", "事项编码", 40);
        return CodePattern().IsMatch(c)
            ? c.ToUpperInvariant()
            : throw Input.Invalid("validation.catalog-code", "code", "事项编码只能包含字母、数字和连字符，如 CF-012");
    }

    private static List<string> Checklist(IReadOnlyList<string>? lines)
    {
        var result = (lines ?? []).Select(l => l?.Trim() ?? "").Where(l => l.Length > 0).ToList();
        if (result.Count == 0)
        {
            throw Input.Invalid("validation.required", "checklistLines", "检查要点（现场记录项）至少填写一条");
        }

        if (result.Count > MaxChecklistLines)
        {
            throw Input.Invalid("validation.too-many", "checklistLines", $"检查要点不能超过{MaxChecklistLines}条");
        }

        if (result.FirstOrDefault(l => l.Length > 300) is { } longLine)
        {
            throw Input.Invalid("validation.too-long", "checklistLines", $"每条检查要点不能超过300个字：{longLine[..20]}…");
        }

        return result;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]*$")]
    private static partial Regex CodePattern();
}
