using Microsoft.AspNetCore.Mvc;
using Weijian.Registry.Entities;

namespace Weijian.Web.Pages.Registry.Entities;

/// <summary>
/// The fields of the 登记/修改监管对象 forms (Create and Edit share them and the <c>_EntityForm</c> partial). Specialty and
/// sub-type are chosen together in one list (<see cref="Category"/> = "PublicPlaces:hotel").
/// </summary>
public abstract class EntityFormModel : WeijianPageModel
{
    [BindProperty]
    public string? PartyKind { get; set; } = nameof(Weijian.Registry.Entities.PartyKind.Organization);

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? CreditCode { get; set; }

    [BindProperty]
    public string? LegalRepresentative { get; set; }

    [BindProperty]
    public string? Address { get; set; }

    [BindProperty]
    public string? RegionCode { get; set; }

    /// <summary>"Specialty:subType", e.g. PublicPlaces:hotel.</summary>
    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? BusinessScale { get; set; }

    [BindProperty]
    public string? RiskTier { get; set; }

    [BindProperty]
    public string? CreditGrade { get; set; }

    [BindProperty]
    public string? HygieneGrade { get; set; }

    [BindProperty]
    public string? ContactPerson { get; set; }

    [BindProperty]
    public string? ContactPhone { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    public static string CategoryValue(Specialty specialty, string subType) => $"{specialty}:{subType}";

    protected EntityDetails ToDetails()
    {
        var parts = (Category ?? "").Split(':', 2);
        return new EntityDetails(
            PartyKind, Name, CreditCode, LegalRepresentative, Address, RegionCode,
            parts.Length == 2 ? parts[0] : null, parts.Length == 2 ? parts[1] : null,
            BusinessScale, RiskTier, CreditGrade, HygieneGrade, ContactPerson, ContactPhone, Notes);
    }

    protected void Fill(RegulatedEntityView e)
    {
        ArgumentNullException.ThrowIfNull(e);
        PartyKind = e.PartyKind.ToString();
        Name = e.Name;
        CreditCode = e.CreditCode;
        LegalRepresentative = e.LegalRepresentative;
        Address = e.Address;
        RegionCode = e.RegionCode;
        Category = CategoryValue(e.Specialty, e.SubType);
        BusinessScale = e.BusinessScale?.ToString();
        RiskTier = e.RiskTier?.ToString();
        CreditGrade = e.CreditGrade;
        HygieneGrade = e.HygieneGrade?.ToString();
        ContactPerson = e.ContactPerson;
        ContactPhone = e.ContactPhone;
        Notes = e.Notes;
    }

    /// <summary>Errors about specialty or sub-type belong to the combined list.</summary>
    protected Task<IActionResult> RunFormAsync(Func<Task<IActionResult>> action, Func<Task>? reload = null) => RunAsync(
        async () =>
        {
            try
            {
                return await action();
            }
            catch (Weijian.Platform.Rules.DomainRuleException e) when (e.Fields.Any(f => f is "specialty" or "subType"))
            {
                AddFieldError(nameof(Category), e.Message);
                if (reload is not null)
                {
                    await reload();
                }

                return Page();
            }
        },
        reload);
}
