using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.Discretion;

namespace Weijian.Web.Pages.Enforcement.Discretion;

/// <summary>
/// 版本与导入: every version that applies to the organisation with its status; the jurisdiction's 系统管理员 imports the
/// province's (or bureau's) published baseline as a new version, optionally checking the file first.
/// </summary>
[RequestSizeLimit(ImportDiscretionBaselineHandler.MaxFileBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ImportDiscretionBaselineHandler.MaxFileBytes + (1024 * 1024))]
public sealed class VersionsModel(ListDiscretionBaselinesHandler list, ImportDiscretionBaselineHandler import) : WeijianPageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? VersionLabel { get; set; }

    [BindProperty]
    public string? IssuingDocument { get; set; }

    [BindProperty]
    public DateOnly? EffectiveFrom { get; set; }

    [BindProperty]
    public int? RepeatViolationThreshold { get; set; } = 1;

    [BindProperty]
    public string? Note { get; set; }

    public DiscretionBaselineList Versions { get; private set; } = new(default, null, []);

    public DiscretionImportResult? Result { get; private set; }

    public bool CanImport => DiscretionAccess.CanImport(Actor);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostCheckAsync(CancellationToken ct) => ImportAsync(true, ct);

    public Task<IActionResult> OnPostImportAsync(CancellationToken ct) => ImportAsync(false, ct);

    private Task<IActionResult> ImportAsync(bool checkOnly, CancellationToken ct) => RunAsync(
        async () =>
        {
            await using var content = Upload?.OpenReadStream();
            Result = await import.HandleAsync(new ImportDiscretionBaseline(
                Upload?.FileName, content, Title, VersionLabel, IssuingDocument, EffectiveFrom, null, RepeatViolationThreshold, Note, checkOnly), ct);
            await LoadAsync(ct);
            return Page();
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => Versions = await list.HandleAsync(new ListDiscretionBaselines(), ct);
}
