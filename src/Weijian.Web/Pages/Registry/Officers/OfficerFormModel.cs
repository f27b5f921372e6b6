using Microsoft.AspNetCore.Mvc;
using Weijian.Registry.Officers;

namespace Weijian.Web.Pages.Registry.Officers;

/// <summary>The particulars form shared by 登记 (Create) and 修改 (Edit): the inputs bound and the users that may be linked.</summary>
public abstract class OfficerFormModel : WeijianPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public Guid? UserId { get; set; }

    [BindProperty]
    public string? CredentialNumber { get; set; }

    [BindProperty]
    public string? IssuingAuthority { get; set; }

    [BindProperty]
    public string? EnforcementCategory { get; set; }

    [BindProperty]
    public string? EnforcementArea { get; set; }

    [BindProperty]
    public DateOnly? ValidFrom { get; set; }

    [BindProperty]
    public DateOnly? ValidUntil { get; set; }

    [BindProperty]
    public IList<string> Specialties { get; set; } = [];

    [BindProperty]
    public string? Notes { get; set; }

    public IReadOnlyList<LinkableUser> Users { get; protected set; } = [];

    /// <summary>The label of the submit button.</summary>
    public abstract string SubmitText { get; }
}
