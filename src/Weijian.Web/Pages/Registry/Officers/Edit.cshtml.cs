using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Registry.Officers;
using RoleCodes = Weijian.Platform.Authorization.Roles;

namespace Weijian.Web.Pages.Registry.Officers;

/// <summary>修改执法人员信息: particulars and credential (renewal), audited as before/after.</summary>
[Authorize(Roles = RoleCodes.SystemAdministrator + "," + RoleCodes.BureauHead)]
public sealed class EditModel(GetOfficerHandler get, UpdateOfficerHandler update, ListLinkableUsersHandler users) : OfficerFormModel
{
    public OfficerView? Officer { get; private set; }

    public override string SubmitText => "保存";

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(id, fillForm: true, ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var officer = await update.HandleAsync(
                new UpdateOfficer(
                    id, Name, UserId, CredentialNumber, IssuingAuthority, EnforcementCategory, EnforcementArea, ValidFrom, ValidUntil, [.. Specialties], Notes),
                ct);
            SetFlash($"已保存执法人员“{officer.Name}”的信息。");
            return RedirectToPage("/Registry/Officers/Details", new { id });
        },
        () => LoadAsync(id, fillForm: false, ct));

    private async Task LoadAsync(Guid id, bool fillForm, CancellationToken ct)
    {
        Officer = await get.HandleAsync(new GetOfficer(id), ct);
        Users = await users.HandleAsync(new ListLinkableUsers(id), ct);
        if (fillForm)
        {
            Name = Officer.Name;
            UserId = Officer.UserId;
            CredentialNumber = Officer.CredentialNumber;
            IssuingAuthority = Officer.IssuingAuthority;
            EnforcementCategory = Officer.EnforcementCategory;
            EnforcementArea = Officer.EnforcementArea;
            ValidFrom = Officer.ValidFrom;
            ValidUntil = Officer.ValidUntil;
            Specialties = [.. Officer.Specialties.Select(s => s.ToString())];
            Notes = Officer.Notes;
        }
    }
}
