using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Applicants;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Items;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.PublicApplications;

/// <summary>
/// 网上申请 (no sign-in needed): applies for an active item of a bureau and shows the receipt number and query code. A
/// signed-in applicant applies at /applicant/apply/… (a personal page, not a shared public one), the form pre-filled from
/// the account, and the application is linked to it (我的申请).
/// </summary>
[AllowAnonymous]
public sealed class ApplyModel(WeijianDb db, SubmitApplicationHandler submit, GetMyApplicantAccountHandler account) : ApplicantPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ItemId { get; set; }

    [BindProperty]
    public string? ApplicantName { get; set; }

    [BindProperty]
    public string? ApplicantKind { get; set; }

    [BindProperty]
    public string? CreditCode { get; set; }

    [BindProperty]
    public string? ContactPerson { get; set; }

    [BindProperty]
    public string? ContactPhone { get; set; }

    [BindProperty]
    public string? Scope { get; set; }

    public LicenseItem? Item { get; private set; }

    public SubmittedApplication? Submitted { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        if (SignedIn && Request.Path.StartsWithSegments("/public"))
        {
            return Redirect($"/applicant/apply/{ItemId}");
        }

        await LoadAsync(ct);
        if (SignedIn)
        {
            var me = await account.HandleAsync(new GetMyApplicantAccount(), ct);
            ApplicantName ??= me.DisplayName;
            ApplicantKind ??= me.KindName;
            CreditCode ??= me.CreditCode;
            ContactPhone ??= me.Phone;
        }

        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            await LoadAsync(ct);
            var materials = Request.Form.Where(f => f.Key.StartsWith("material:", StringComparison.Ordinal))
                .Select(f => new MaterialInput(f.Key["material:".Length..], f.Value.ToString())).ToList();
            Submitted = await submit.HandleAsync(
                new SubmitApplication(Item!.OrganizationId, Item.Code, ApplicantName, ApplicantKind, CreditCode, ContactPerson, ContactPhone, Scope, null, materials), ct);
            return Page();
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) =>
        Item = await db.Set<LicenseItem>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(i => i.Id == ItemId && i.Status == LicenseItemStatus.Active, ct)
            ?? throw Weijian.Platform.Rules.DomainRuleException.NotFound("licensing.item-not-found", "该许可事项不存在或已停止办理");
}
