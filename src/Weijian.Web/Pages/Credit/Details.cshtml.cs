using Microsoft.AspNetCore.Mvc;
using Weijian.Credit;
using Weijian.Platform.Documents;

namespace Weijian.Web.Pages.Credit;

/// <summary>
/// One credit record: grade, rule set, window, history and repair requests with the decision form (谁认定、谁修复) and the
/// 准予/不予信用修复决定书 of each decided request to download.
/// </summary>
public sealed class DetailsModel(GetCreditRecordHandler get, DecideCreditRepairHandler decide, OpenIssuedDocumentFileHandler openDocument) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid RequestId { get; set; }

    [BindProperty]
    public bool? Approve { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    public CreditRecordView? Record { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostDecideAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var r = await decide.HandleAsync(new DecideCreditRepair(Id, RequestId, Approve, Reasons), ct);
            SetFlash(r.Status == CreditRecordStatus.Repaired ? "已准予信用修复，停止公示" : "已作出不予信用修复的决定");
            return RedirectToPage(new { id = Id });
        },
        () => LoadAsync(ct));

    public Task<IActionResult> OnGetDocumentAsync(Guid documentId, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        if (Record!.RepairRequests.All(q => q.DocumentId != documentId))
        {
            return NotFound();
        }

        var download = await openDocument.HandleAsync(new OpenIssuedDocumentFile(documentId), ct);
        return File(download.Content, download.ContentType, download.FileName);
    });

    private async Task LoadAsync(CancellationToken ct) => Record = await get.HandleAsync(new GetCreditRecord(Id), ct);
}
