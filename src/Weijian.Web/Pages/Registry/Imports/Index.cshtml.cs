using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Persistence;
using Weijian.Platform.Spreadsheets;

namespace Weijian.Web.Pages.Registry.Imports;

/// <summary>
/// 批量导入: upload an .xlsx/.csv of 监管对象 or 执法人员, download the templates, see the result of the upload (counts,
/// rows/second, the first rejected rows, the error workbook) and the organisation's past imports. Works without
/// JavaScript: the result is shown when the upload has been processed.
/// </summary>
[RequestSizeLimit(ImportSpreadsheet.MaxFileBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ImportSpreadsheet.MaxFileBytes + (1024 * 1024))]
public sealed class IndexModel(ImportSpreadsheetHandler import, ListSpreadsheetImportsHandler list) : WeijianPageModel
{
    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public SpreadsheetImportView? Result { get; private set; }

    public IReadOnlyList<ISpreadsheetImportKind> Kinds { get; private set; } = [];

    public Paged<SpreadsheetImportView> Past { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Registry/Imports/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] string? kind, CancellationToken ct) => RunAsync(async () =>
    {
        Kind ??= kind;
        await LoadAsync(page, ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            await using var content = Upload?.OpenReadStream();
            Result = await import.HandleAsync(new ImportSpreadsheet(Kind, Upload?.FileName, content), ct);
            await LoadAsync(1, ct);
            return Page();
        },
        () => LoadAsync(1, ct));

    private async Task LoadAsync(int? page, CancellationToken ct)
    {
        Kinds = SpreadsheetImports.KindsFor(HttpContext.RequestServices.GetRequiredService<WeijianDb>());
        Past = await list.HandleAsync(new ListSpreadsheetImports(null, page, 20), ct);
        Pager = Pager.From(Past, "/Registry/Imports/Index", null);
    }

    public static string StatusCss(SpreadsheetImportView i) => i.Status switch
    {
        nameof(SpreadsheetImportStatus.Completed) => i.Rejected > 0 ? "badge-amber" : "badge-green",
        nameof(SpreadsheetImportStatus.Running) => "badge-blue",
        _ => "badge-red",
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / 1024.0 / 1024.0:0.#} MB",
    };
}
