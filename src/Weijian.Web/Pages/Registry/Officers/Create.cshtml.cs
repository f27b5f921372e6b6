using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Registry.Officers;
using RoleCodes = Weijian.Platform.Authorization.Roles;

namespace Weijian.Web.Pages.Registry.Officers;

/// <summary>登记执法人员: a new entry of the register, optionally linked to a colleague's account.</summary>
[Authorize(Roles = RoleCodes.SystemAdministrator + "," + RoleCodes.BureauHead)]
public sealed class CreateModel(RegisterOfficerHandler register, ListLinkableUsersHandler users) : OfficerFormModel
{
    public override string SubmitText => "登记";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        IssuingAuthority = "湖南省人民政府";
        EnforcementCategory = "卫生健康";
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var officer = await register.HandleAsync(
                new RegisterOfficer(
                    Name, UserId, CredentialNumber, IssuingAuthority, EnforcementCategory, EnforcementArea, ValidFrom, ValidUntil, [.. Specialties], Notes),
                ct);
            SetFlash($"已登记执法人员“{officer.Name}”。");
            return RedirectToPage("/Registry/Officers/Details", new { id = officer.Id });
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => Users = await users.HandleAsync(new ListLinkableUsers(), ct);
}
