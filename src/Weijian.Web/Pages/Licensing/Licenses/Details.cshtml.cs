using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Commitments;
using Weijian.Licensing.Licenses;

namespace Weijian.Web.Pages.Licensing.Licenses;

/// <summary>
/// 许可证详情: history, dates, documents and 告知承诺 verification, with the forms of the actions the transition table
/// allows the user (re-check, 注销, 撤销) and the verification steps.
/// </summary>
public sealed class DetailsModel(
    GetLicenseHandler get, RecheckLicenseHandler recheck, CancelLicenseHandler cancel, RevokeLicenseHandler revoke,
    RecordCommitmentVerificationHandler verify, ConcludeRectificationHandler conclude) : WeijianPageModel
{
    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Ground { get; set; }

    [BindProperty]
    public List<string> Grounds { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool PublicInterestConsidered { get; set; }

    [BindProperty]
    public bool? Kept { get; set; }

    [BindProperty]
    public string? Finding { get; set; }

    [BindProperty]
    public DateOnly? RectificationDueOn { get; set; }

    [BindProperty]
    public bool? Rectified { get; set; }

    public LicenseDetails? License { get; private set; }

    public bool Can(LicenseAction action) => License?.Actions.Contains(action.ToString()) == true;

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        License = await get.HandleAsync(new GetLicense(id), ct);
        return Page();
    });

    public Task<IActionResult> OnPostRecheckAsync(Guid id, CancellationToken ct) =>
        Act(id, () => recheck.HandleAsync(new RecheckLicense(id, null, Note), ct), "已记录复核。", ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct) =>
        Act(id, () => cancel.HandleAsync(new CancelLicense(id, Ground, Note), ct), "许可证已注销，注销公告已生成。", ct);

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) =>
        Act(id, () => revoke.HandleAsync(new RevokeLicense(id, Grounds, Reason, PublicInterestConsidered, false), ct), "行政许可已撤销，撤销决定书已生成。", ct);

    public Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct) =>
        Act(id, () => verify.HandleAsync(new RecordCommitmentVerification(id, Kept, Finding, RectificationDueOn), ct), "已记录告知承诺核查结果。", ct);

    public Task<IActionResult> OnPostConcludeAsync(Guid id, CancellationToken ct) =>
        Act(id, () => conclude.HandleAsync(new ConcludeRectification(id, Rectified, Note, PublicInterestConsidered, false), ct), "已认定整改结果。", ct);

    private Task<IActionResult> Act(Guid id, Func<Task<LicenseDetails>> action, string done, CancellationToken ct) => RunAsync(
        async () =>
        {
            await action();
            SetFlash(done);
            return RedirectToPage("/Licensing/Licenses/Details", new { id });
        },
        async () => License = await get.HandleAsync(new GetLicense(id), ct));
}
