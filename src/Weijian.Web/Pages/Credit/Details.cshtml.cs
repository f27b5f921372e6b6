using Microsoft.AspNetCore.Mvc;
using Weijian.Credit;

namespace Weijian.Web.Pages.Credit;

/// <summary>One credit record: grade, rule set, window, history and repair requests with the decision form (谁认定、谁修复).</summary>
public sealed class DetailsModel(GetCreditRecordHandler get, DecideCreditRepairHandler decide) : WeijianPageModel
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

    private async Task LoadAsync(CancellationToken ct) => Record = await get.HandleAsync(new GetCreditRecord(Id), ct);
}
