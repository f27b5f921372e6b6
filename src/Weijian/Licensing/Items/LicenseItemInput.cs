using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Catalogs;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Items;

/// <summary>The 办事指南 as typed by the editor (API body and page form); <see cref="LicenseItemInputs.Validate"/> turns it into content.</summary>
public sealed record LicenseItemInput(
    string? Code,
    string? Name,
    string? Kind,
    string? Specialty,
    string? LicenseType,
    string? LegalBasis,
    string? Conditions,
    string? QuantityLimit,
    int? StatutoryDays,
    int? PromisedDays,
    string? Fees,
    bool CommitmentAllowed,
    string? CommitmentObligations,
    bool SiteCheckRequired,
    bool AllowRongque,
    int? RongqueDueDays,
    int? ValidityYears,
    string? AcceptingUnit,
    string? ApprovingUnit,
    string? ServiceChannel,
    IReadOnlyList<LicenseMaterialInput>? Materials,
    IReadOnlyList<LicenseStepInput>? Steps);

public sealed record LicenseMaterialInput(string? Name, bool Key, bool MayBeMissing, string? Form, int? Copies, string? Note);

public sealed record LicenseStepInput(string? Name, string? Actor, int? Days);

/// <summary>Validation of a guide with field-named Chinese messages, and who may edit the list.</summary>
public static class LicenseItemInputs
{
    /// <summary>The bureau's list is kept by those who keep its catalogues (系统管理员, 局领导, 法制审核).</summary>
    public static readonly string[] Editors = [.. CatalogRoles.Editors];

    public static LicenseItemContent Validate(LicenseItemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = Input.Text(input.Code, "code", "事项编码", LicenseItem.CodeMax);
        var name = Input.Text(input.Name, "name", "事项名称", LicenseItem.NameMax);
        var kind = LicenseItemNames.Parse(input.Kind);
        var specialty = Specialties.Parse(input.Specialty) ?? throw Input.Invalid("validation.specialty", "specialty", "请选择专业类别");
        var licenseType = Input.Text(input.LicenseType, "licenseType", "许可证类别", 60);
        var basis = Input.Text(input.LegalBasis, "legalBasis", "设定和实施依据", LicenseItem.TextMax);
        var conditions = Input.Text(input.Conditions, "conditions", "受理条件", LicenseItem.TextMax);
        var statutory = Input.Required(input.StatutoryDays, "statutoryDays", "法定办结时限");
        if (statutory < 1 || statutory > 365)
        {
            throw Input.Invalid("validation.statutory-days", "statutoryDays", "法定办结时限应为1至365个工作日（R-CAL-2）");
        }

        var promised = Input.Required(input.PromisedDays, "promisedDays", "承诺办结时限");
        if (promised < 0)
        {
            throw Input.Invalid("validation.promised-days", "promisedDays", "承诺办结时限不能为负数（0表示即办）");
        }

        if (promised > statutory)
        {
            throw Input.Invalid("validation.promised-exceeds-statutory", "promisedDays", $"承诺办结时限（{promised}个工作日）不得超过法定办结时限（{statutory}个工作日）");
        }

        var obligations = Input.OptionalText(input.CommitmentObligations, "commitmentObligations", "承诺事项", LicenseItem.TextMax);
        if (input.CommitmentAllowed && obligations is null)
        {
            // R-LIC-11: the bureau gives written notice of the obligations the applicant commits to.
            throw Input.Invalid("validation.required", "commitmentObligations", "实行告知承诺的事项须写明申请人承诺履行的义务（R-LIC-11）");
        }

        var materials = (input.Materials ?? []).Select((m, n) => Material(m, n + 1)).ToList();
        if (!materials.Any(m => m.Key))
        {
            throw Input.Invalid("validation.key-material", "materials", "申请材料须至少有一项关键材料（关键材料不可容缺，R-LIC-14）");
        }

        var rongqueDays = input.RongqueDueDays ?? 0;
        if (input.AllowRongque)
        {
            if (!materials.Any(m => m.MayBeMissing))
            {
                throw Input.Invalid("validation.rongque-materials", "materials", "允许容缺受理的事项须标明可容缺的材料（R-LIC-14）");
            }

            if (rongqueDays < 1)
            {
                throw Input.Invalid("validation.rongque-days", "rongqueDueDays", "请填写容缺材料补正期限（工作日，R-LIC-14）");
            }
        }
        else if (materials.Any(m => m.MayBeMissing))
        {
            throw Input.Invalid("validation.rongque-materials", "materials", "未实行容缺受理的事项不能标注可容缺材料");
        }

        var steps = (input.Steps ?? []).Select((s, n) => Step(s, n + 1)).ToList();
        if (steps.Count == 0)
        {
            throw Input.Invalid("validation.required", "steps", "请填写办理流程（至少一个环节，用于绘制流程图，R-TRS-2）");
        }

        if (input.ValidityYears is { } years && (years < 1 || years > 20))
        {
            throw Input.Invalid("validation.validity-years", "validityYears", "许可有效期应为1至20年，不设有效期的请留空");
        }

        return new LicenseItemContent(
            code, name, kind, specialty, licenseType, basis, conditions,
            Input.OptionalText(input.QuantityLimit, "quantityLimit", "数量限制", 500), statutory, promised,
            Input.OptionalText(input.Fees, "fees", "收费标准", 500), input.CommitmentAllowed, input.CommitmentAllowed ? obligations : null,
            input.SiteCheckRequired, input.AllowRongque, input.AllowRongque ? rongqueDays : 0, input.ValidityYears,
            Input.Text(input.AcceptingUnit, "acceptingUnit", "受理单位", 200), Input.Text(input.ApprovingUnit, "approvingUnit", "决定单位", 200),
            Input.OptionalText(input.ServiceChannel, "serviceChannel", "办理地点、时间和咨询电话", 500), materials, steps);
    }

    /// <summary>Codes are unique within the bureau's list (also a unique index).</summary>
    public static async Task EnsureCodeFreeAsync(WeijianDb db, Guid orgId, string code, Guid? except, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Set<LicenseItem>().AnyAsync(i => i.OrganizationId == orgId && i.Code == code && i.Id != except, ct))
        {
            throw Input.Invalid("licence-item.code-taken", "code", $"事项编码{code}已被本单位其他事项使用");
        }
    }

    public static async Task<LicenseItem> LoadAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<LicenseItem>().SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw DomainRuleException.NotFound("licence-item.not-found", "许可事项不存在或不属于本单位");
    }

    /// <summary>The guide's text as an audit payload: a revision records the previous and the new one.</summary>
    public static object Payload(LicenseItem i)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new
        {
            i.Code,
            i.Name,
            Kind = LicenseItemNames.Of(i.Kind),
            Specialty = i.Specialty.ToString(),
            i.LicenseType,
            i.LegalBasis,
            i.Conditions,
            i.QuantityLimit,
            i.StatutoryDays,
            i.PromisedDays,
            i.Fees,
            i.CommitmentAllowed,
            i.CommitmentObligations,
            i.SiteCheckRequired,
            i.AllowRongque,
            i.RongqueDueDays,
            i.ValidityYears,
            i.AcceptingUnit,
            i.ApprovingUnit,
            i.ServiceChannel,
            Materials = i.Materials.Select(m => $"{m.Name}（{(m.Key ? "关键" : m.MayBeMissing ? "可容缺" : "一般")}，{m.Form}，{m.Copies}份）").ToList(),
            Steps = i.Steps.Select(s => $"{s.Name}（{s.Actor}，{s.Days}个工作日）").ToList(),
        };
    }

    private static LicenseMaterial Material(LicenseMaterialInput m, int n)
    {
        var name = Input.Text(m.Name, "materials", $"第{n}项材料名称", 200);
        if (m.Key && m.MayBeMissing)
        {
            throw Input.Invalid("validation.key-material", "materials", $"第{n}项材料“{name}”是关键材料，不能容缺（R-LIC-14）");
        }

        var copies = m.Copies ?? 1;
        if (copies < 1 || copies > 20)
        {
            throw Input.Invalid("validation.copies", "materials", $"第{n}项材料份数应为1至20份");
        }

        return new LicenseMaterial(name, m.Key, m.MayBeMissing, Input.OptionalText(m.Form, "materials", $"第{n}项材料形式", 50), copies, Input.OptionalText(m.Note, "materials", $"第{n}项材料说明", 500));
    }

    private static LicenseStep Step(LicenseStepInput s, int n)
    {
        var days = s.Days ?? 0;
        if (days < 0 || days > 365)
        {
            throw Input.Invalid("validation.step-days", "steps", $"第{n}个环节时限应为0至365个工作日");
        }

        return new LicenseStep(Input.Text(s.Name, "steps", $"第{n}个环节名称", 50), Input.Text(s.Actor, "steps", $"第{n}个环节承办岗位", 50), days);
    }
}

public static class LicenseItemNames
{
    public static string Of(LicenseItemKind k) => k switch
    {
        LicenseItemKind.New => "新办",
        LicenseItemKind.Change => "变更",
        LicenseItemKind.Renewal => "延续",
        LicenseItemKind.Cancellation => "注销",
        LicenseItemKind.Validation => "校验",
        LicenseItemKind.Filing => "备案",
        LicenseItemKind.Registration => "执业注册",
        _ => k.ToString(),
    };

    public static string Of(LicenseItemStatus s) => s == LicenseItemStatus.Active ? "在用" : "已停用";

    public static LicenseItemKind Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Input.Invalid("validation.required", "kind", "请选择事项类型");
        }

        var v = value.Trim();
        foreach (var k in Enum.GetValues<LicenseItemKind>())
        {
            if (string.Equals(k.ToString(), v, StringComparison.OrdinalIgnoreCase) || Of(k) == v)
            {
                return k;
            }
        }

        throw Input.Invalid("validation.kind", "kind", $"事项类型不正确：{v}");
    }
}
