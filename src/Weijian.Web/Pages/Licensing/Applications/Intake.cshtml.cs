using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Weijian.Licensing.Applications;
using Weijian.Licensing.Items;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Registry.Entities;

namespace Weijian.Web.Pages.Licensing.Applications;

/// <summary>
/// 窗口受理: the clerk picks an item of the bureau's list, the applicant from the entity register (or types a new one),
/// ticks the checklist generated from the item, and chooses the outcome: receive only, accept (容缺), 一次性告知, or 告知承诺.
/// </summary>
public sealed class IntakeModel(WeijianDb db, ReceiveApplicationHandler receive) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ItemId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Party { get; set; }

    [BindProperty]
    public Guid? EntityId { get; set; }

    [BindProperty]
    public string? ApplicantName { get; set; }

    [BindProperty]
    public string? CreditCode { get; set; }

    [BindProperty]
    public string? ContactPhone { get; set; }

    [BindProperty]
    public string? Scope { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Corrections { get; set; }

    [BindProperty]
    public bool CommitmentSigned { get; set; }

    public IReadOnlyList<LicenseItem> Items { get; private set; } = [];

    public LicenseItem? Item { get; private set; }

    public IReadOnlyList<(Guid Id, string Name, string? CreditCode)> Entities { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            Actor.Require(Roles.WindowClerk);
            var materials = Request.Form.Where(f => f.Key.StartsWith("material:", StringComparison.Ordinal))
                .Select(f => new MaterialInput(f.Key["material:".Length..], f.Value.ToString())).ToList();
            var view = await receive.HandleAsync(new ReceiveApplication(ItemId, EntityId, ApplicantName, null, CreditCode, null, ContactPhone, Scope, null, materials), ct);
            var message = view.Message;
            var action = ApplicationWorkflow.Parse(Outcome);
            if (action is not null)
            {
                object command = action switch
                {
                    ApplicationAction.Accept => new Accept(view.Id, null, materials),
                    ApplicationAction.NotifyDeficiency => new NotifyDeficiency(view.Id, materials, (Corrections ?? "").Split('\n').Select(c => c.Trim()).Where(c => c.Length > 0).ToList()),
                    ApplicationAction.GrantOnCommitment => new GrantOnCommitment(view.Id, null, CommitmentSigned),
                    _ => throw Weijian.Platform.Rules.Input.Invalid("validation.outcome", "outcome", "请选择受理结果"),
                };
                try
                {
                    await ApplicationCommands.RunAsync(HttpContext.RequestServices, action.Value, command, ct);
                    message += $"；已办理“{ApplicationWorkflow.Find(action.Value).Label}”";
                }
                catch (Weijian.Platform.Rules.DomainRuleException e)
                {
                    message += $"；“{ApplicationWorkflow.Find(action.Value).Label}”未办理：{e.Message}";
                }
            }

            SetFlash(message ?? "已收件");
            return RedirectToPage("/Licensing/Applications/Details", new { id = view.Id });
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await db.Set<LicenseItem>().AsNoTracking().Where(i => i.Status == LicenseItemStatus.Active).OrderBy(i => i.Code).ToListAsync(ct);
        Item = Items.FirstOrDefault(i => i.Id == ItemId);
        if (!string.IsNullOrWhiteSpace(Party))
        {
            var text = Party.Trim();
            Entities = [.. (await db.Set<RegulatedEntity>().AsNoTracking().Where(e => e.Name.Contains(text) || e.CreditCode == text).OrderBy(e => e.Name).Take(20)
                .Select(e => new { e.Id, e.Name, e.CreditCode }).ToListAsync(ct)).Select(e => (e.Id, e.Name, (string?)e.CreditCode))];
        }
    }
}
