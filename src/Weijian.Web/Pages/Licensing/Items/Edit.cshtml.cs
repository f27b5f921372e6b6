using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Weijian.Licensing.Items;
using Weijian.Platform.Rules;

namespace Weijian.Web.Pages.Licensing.Items;

/// <summary>
/// The guide editor: every 办事指南 field; materials one per line (名称｜关键/容缺/一般｜形式｜份数｜说明) and flow steps
/// one per line (环节｜岗位｜工作日). Creating or revising goes through the handlers, which validate with field messages.
/// </summary>
[BindProperties]
public sealed class EditModel(CreateLicenseItemHandler create, ReviseLicenseItemHandler revise, GetLicenseItemHandler get) : WeijianPageModel
{
    [BindNever]
    public Guid? Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; } = nameof(LicenseItemKind.New);

    public string? Specialty { get; set; }

    public string? LicenseType { get; set; }

    public string? LegalBasis { get; set; }

    public string? Conditions { get; set; }

    public string? QuantityLimit { get; set; }

    public int? StatutoryDays { get; set; }

    public int? PromisedDays { get; set; }

    public string? Fees { get; set; }

    public bool CommitmentAllowed { get; set; }

    public string? CommitmentObligations { get; set; }

    public bool SiteCheckRequired { get; set; }

    public bool AllowRongque { get; set; }

    public int? RongqueDueDays { get; set; }

    public int? ValidityYears { get; set; }

    public string? AcceptingUnit { get; set; }

    public string? ApprovingUnit { get; set; }

    public string? ServiceChannel { get; set; }

    public string? Materials { get; set; }

    public string? Steps { get; set; }

    public Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct) => RunAsync(async () =>
    {
        Id = id;
        if (id is { } itemId)
        {
            Fill(await get.HandleAsync(new GetLicenseItem(itemId), ct));
        }

        return Page();
    });

    public Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        return RunAsync(async () =>
        {
            var input = ToInput();
            var item = id is { } itemId
                ? await revise.HandleAsync(new ReviseLicenseItem(itemId, input), ct)
                : await create.HandleAsync(new CreateLicenseItem(input), ct);
            SetFlash(id is null ? $"已新增事项 {item.Code}。" : $"办事指南 {item.Code} 已修订。");
            return RedirectToPage("/Licensing/Items/Details", new { id = item.Id });
        });
    }

    private void Fill(LicenseItemView i)
    {
        Code = i.Code;
        Name = i.Name;
        Kind = i.Kind;
        Specialty = i.Specialty;
        LicenseType = i.LicenseType;
        LegalBasis = i.LegalBasis;
        Conditions = i.Conditions;
        QuantityLimit = i.QuantityLimit;
        StatutoryDays = i.StatutoryDays;
        PromisedDays = i.PromisedDays;
        Fees = i.Fees;
        CommitmentAllowed = i.CommitmentAllowed;
        CommitmentObligations = i.CommitmentObligations;
        SiteCheckRequired = i.SiteCheckRequired;
        AllowRongque = i.AllowRongque;
        RongqueDueDays = i.AllowRongque ? i.RongqueDueDays : null;
        ValidityYears = i.ValidityYears;
        AcceptingUnit = i.AcceptingUnit;
        ApprovingUnit = i.ApprovingUnit;
        ServiceChannel = i.ServiceChannel;
        Materials = string.Join('\n', i.Materials.Select(m =>
            string.Join('｜', m.Name, m.Key ? "关键" : m.MayBeMissing ? "容缺" : "一般", m.Form ?? "", m.Copies.ToString(CultureInfo.InvariantCulture), m.Note ?? "")));
        Steps = string.Join('\n', i.Steps.Select(s => string.Join('｜', s.Name, s.Actor, s.Days.ToString(CultureInfo.InvariantCulture))));
    }

    private LicenseItemInput ToInput() => new(
        Code, Name, Kind, Specialty, LicenseType, LegalBasis, Conditions, QuantityLimit, StatutoryDays, PromisedDays, Fees, CommitmentAllowed,
        CommitmentObligations, SiteCheckRequired, AllowRongque, RongqueDueDays, ValidityYears, AcceptingUnit, ApprovingUnit, ServiceChannel,
        Lines(Materials).Select((l, n) => ParseMaterial(l, n + 1)).ToList(),
        Lines(Steps).Select((l, n) => ParseStep(l, n + 1)).ToList());

    private static IEnumerable<string[]> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => l.Split('｜', '|').Select(p => p.Trim()).ToArray());

    private static LicenseMaterialInput ParseMaterial(string[] p, int n)
    {
        var kind = p.ElementAtOrDefault(1) ?? "一般";
        if (kind is not ("关键" or "容缺" or "一般"))
        {
            throw Input.Invalid("validation.material-kind", "materials", $"第{n}行材料类别应为“关键”“容缺”或“一般”");
        }

        int? copies = null;
        if (p.ElementAtOrDefault(3) is { Length: > 0 } c)
        {
            copies = int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw Input.Invalid("validation.copies", "materials", $"第{n}行份数应为数字");
        }

        return new LicenseMaterialInput(p[0], kind == "关键", kind == "容缺", p.ElementAtOrDefault(2) is { Length: > 0 } f ? f : null, copies, p.ElementAtOrDefault(4) is { Length: > 0 } note ? note : null);
    }

    private static LicenseStepInput ParseStep(string[] p, int n)
    {
        int? days = 0;
        if (p.ElementAtOrDefault(2) is { Length: > 0 } d)
        {
            days = int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : throw Input.Invalid("validation.step-days", "steps", $"第{n}行时限应为工作日数");
        }

        return new LicenseStepInput(p[0], p.ElementAtOrDefault(1), days);
    }
}
