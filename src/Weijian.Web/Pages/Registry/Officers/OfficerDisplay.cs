using System.Globalization;
using Weijian.Registry.Entities;
using Weijian.Registry.Officers;

namespace Weijian.Web.Pages.Registry.Officers;

/// <summary>Badges and formatting shared by the officer pages.</summary>
public static class OfficerDisplay
{
    public static string ValidityCss(CredentialValidity v) => v switch
    {
        CredentialValidity.Valid => "badge-green",
        CredentialValidity.ExpiringSoon => "badge-amber",
        CredentialValidity.Expired => "badge-red",
        CredentialValidity.NotYetValid => "badge-blue",
        _ => "badge-gray",
    };

    public static string StatusCss(OfficerStatus s) => s switch
    {
        OfficerStatus.Active => "badge-green",
        OfficerStatus.Suspended => "badge-amber",
        _ => "badge-gray",
    };

    public static string Hours(decimal hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Display.Date(d) : "—";

    public static IReadOnlyList<(string Code, string Name)> SpecialtyChoices { get; } =
        Specialties.All.Select(s => (s.ToString(), Specialties.ChineseName(s))).ToList();

    public static IReadOnlyList<(string Code, string Name)> StatusChoices { get; } =
        Enum.GetValues<OfficerStatus>().Select(s => (s.ToString(), OfficerNames.Of(s))).ToList();

    public static IReadOnlyList<(string Code, string Name)> RelationChoices { get; } =
        Enum.GetValues<ConflictRelation>().Select(s => (s.ToString(), OfficerNames.Of(s))).ToList();
}
