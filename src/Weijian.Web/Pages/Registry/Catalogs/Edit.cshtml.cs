using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Calendar;
using Weijian.Registry.Catalogs;

namespace Weijian.Web.Pages.Registry.Catalogs;

/// <summary>
/// Adds an item (no id) or records a new version of one (with id): the form starts from the latest version; saving never
/// overwrites it, the new version takes effect on the chosen date and the previous one ends the day before.
/// </summary>
public sealed partial class EditModel(
    GetCatalogItemHandler get, CreateCatalogItemHandler create, ReviseCatalogItemHandler revise, TimeProvider clock) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public DateOnly? EffectiveFrom { get; set; }

    [BindProperty]
    public string? ChangeNote { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? LegalBasis { get; set; }

    /// <summary>Cited provisions, one per line: "administrative-penalty-law 28".</summary>
    [BindProperty]
    public string? Provisions { get; set; }

    [BindProperty]
    public string? PowerType { get; set; }

    [BindProperty]
    public string? ResponsibleUnit { get; set; }

    [BindProperty]
    public string? Responsibilities { get; set; }

    [BindProperty]
    public string? Accountability { get; set; }

    [BindProperty]
    public string? Specialty { get; set; }

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? Targets { get; set; }

    [BindProperty]
    public string? CheckContent { get; set; }

    /// <summary>Checklist lines, one per line.</summary>
    [BindProperty]
    public string? ChecklistLines { get; set; }

    [BindProperty]
    public string? Activity { get; set; }

    [BindProperty]
    public bool? ContinuousRecording { get; set; }

    [BindProperty]
    public string? RecordingRequirement { get; set; }

    public Guid? Id { get; private set; }

    public CatalogKind Current { get; private set; } = CatalogKind.PowerItem;

    public CatalogItemView? Item { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(id, fill: true, ct);
        if (!CatalogRoles.CanEdit(Actor))
        {
            return Forbid();
        }

        return Page();
    });

    public Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct) => RunAsync(
        async () =>
        {
            await LoadAsync(id, fill: false, ct);
            var references = ParseProvisions();
            if (references is null)
            {
                return Page();
            }

            var fields = new CatalogItemFields(
                Name, LegalBasis, references, PowerType, ResponsibleUnit, Responsibilities, Accountability, Specialty, Level, Targets, CheckContent,
                (ChecklistLines ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), Activity, ContinuousRecording,
                RecordingRequirement);
            var saved = id is { } existing
                ? await revise.HandleAsync(new ReviseCatalogItem(existing, null, EffectiveFrom, fields, ChangeNote), ct)
                : await create.HandleAsync(new CreateCatalogItem(CatalogNames.WireName(Current), Code, EffectiveFrom, fields, ChangeNote), ct);
            SetFlash(id is null
                ? $"已新增事项 {saved.Code}，自 {Display.Date(EffectiveFrom!.Value)} 起生效。"
                : $"已保存事项 {saved.Code} 的第 {saved.Versions[0].Number} 版，自 {Display.Date(EffectiveFrom!.Value)} 起生效，原版本同时截止。");
            return RedirectToPage("/Registry/Catalogs/Details", new { id = saved.Id });
        },
        () => LoadAsync(id, fill: false, ct));

    private async Task LoadAsync(Guid? id, bool fill, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            Item = await get.HandleAsync(new GetCatalogItem(existing), ct);
            Current = CatalogNames.ParseKind(Item.Kind);
            if (fill)
            {
                Fill(Item.Versions[0]);
                Code = Item.Code;
                EffectiveFrom = ChinaClock.Today(clock);
            }
        }
        else
        {
            Current = string.IsNullOrWhiteSpace(Kind) ? CatalogKind.PowerItem : CatalogNames.ParseKind(Kind);
            if (fill)
            {
                EffectiveFrom = ChinaClock.Today(clock);
            }
        }

        Kind = CatalogNames.WireName(Current);
    }

    private void Fill(CatalogItemVersionView v)
    {
        Name = v.Name;
        LegalBasis = v.LegalBasis;
        Provisions = string.Join('\n', v.Provisions.Select(p => $"{p.Code} {p.Article.ToString(CultureInfo.InvariantCulture)}"));
        PowerType = v.PowerType;
        ResponsibleUnit = v.ResponsibleUnit;
        Responsibilities = v.Responsibilities;
        Accountability = v.Accountability;
        Specialty = v.Specialty;
        Level = v.Level;
        Targets = v.Targets;
        CheckContent = v.CheckContent;
        ChecklistLines = string.Join('\n', v.ChecklistLines);
        Activity = v.Activity;
        ContinuousRecording = v.ContinuousRecording;
        RecordingRequirement = v.RecordingRequirement;
    }

    /// <summary>"code 28", "code#28" or "code 第28条" per line; null (with a field error) when a line does not parse.</summary>
    private List<ProvisionReference>? ParseProvisions()
    {
        var result = new List<ProvisionReference>();
        var lines = (Provisions ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var n = 0; n < lines.Length; n++)
        {
            var m = ReferencePattern().Match(lines[n]);
            if (!m.Success)
            {
                AddFieldError(nameof(Provisions), $"第{n + 1}行格式不正确，应为“法规代码 条号”，如 administrative-penalty-law 28");
                return null;
            }

            result.Add(new ProvisionReference(m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
        }

        return result;
    }

    [GeneratedRegex(@"^([A-Za-z0-9-]+)\s*[#:：\s]\s*第?(\d{1,4})条?$")]
    private static partial Regex ReferencePattern();
}
