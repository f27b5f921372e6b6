namespace Weijian.Reports.Figures;

/// <summary>
/// Every figure the platform computes, by stable id (issue #8). A module's figures enter the catalogue when the module is
/// built; a figure of a module still to come is absent — never zero-filled or invented.
/// </summary>
public static class FigureCatalogue
{
    public static IReadOnlyList<Figure> All { get; } =
    [
        .. EnforcementFigures.All(),
        .. InspectionFigures.All(),
        .. LicensingFigures.All(),
        .. PublicityFigures.All(),
        .. CreditFigures.All(),
        .. RegistryFigures.All(),
    ];

    private static readonly Dictionary<string, Figure> ById = All.ToDictionary(f => f.Definition.Id, StringComparer.Ordinal);

    public static Figure? Find(string id) => ById.GetValueOrDefault(id);
}
