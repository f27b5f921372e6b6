using Weijian.Registry.Catalogs;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Plans;

public sealed record PlanItemView(string Code, string Name, Specialty Specialty, string SpecialtyName, InspectionLevel Level, string LevelName)
{
    public static PlanItemView From(PlanItem i) =>
        new(i.Code, i.Name, i.Specialty, Specialties.ChineseName(i.Specialty), i.Level, CatalogNames.ChineseName(i.Level));
}

public sealed record PlanStratumView(
    string Label, string Name, Specialty Specialty, string? SubType, string? RegionCode, decimal? Ratio, int? Quota, IReadOnlyList<string> ItemCodes)
{
    public static PlanStratumView From(PlanStratum s) => new(s.Label, s.ChineseLabel, s.Specialty, s.SubType, s.RegionCode, s.Ratio, s.Quota, s.ItemCodes);
}

public sealed record RiskWeightView(RiskTier? RiskTier, string? RiskTierName, string? CreditGrade, decimal Multiplier)
{
    public static RiskWeightView From(RiskWeight w) =>
        new(w.RiskTier, w.RiskTier is { } t ? EntityNames.Of(t) : null, w.CreditGrade, w.Multiplier);
}

public sealed record OrganizationRef(Guid Id, string Name);

public sealed record PlanView(
    Guid Id, Guid OrganizationId, int Year, string Title, PlanLevel Level, string LevelName, InspectionKind Kind, string KindName,
    PlanStatus Status, string StatusName, DateOnly Deadline, string? Notes, IReadOnlyList<PlanItemView> Items,
    IReadOnlyList<PlanStratumView> Strata, IReadOnlyList<RiskWeightView> RiskWeights, IReadOnlyList<OrganizationRef> IssuedTo,
    DateOnly? IssuedOn, DateTimeOffset CreatedAt, string CreatedBy)
{
    public static PlanView From(InspectionPlan p, IReadOnlyDictionary<Guid, string> names)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(names);
        return new(
            p.Id, p.OrganizationId, p.Year, p.Title, p.Level, InspectionNames.Of(p.Level), p.Kind, InspectionNames.Of(p.Kind), p.Status,
            InspectionNames.Of(p.Status), p.Deadline, p.Notes, p.Items.Select(PlanItemView.From).ToList(), p.Strata.Select(PlanStratumView.From).ToList(),
            p.RiskWeights.Select(RiskWeightView.From).ToList(),
            p.IssuedTo.Select(id => new OrganizationRef(id, names.GetValueOrDefault(id, ""))).ToList(), p.IssuedOn, p.CreatedAt, p.CreatedBy);
    }
}

public sealed record PlanSummary(
    Guid Id, int Year, string Title, PlanLevel Level, string LevelName, InspectionKind Kind, string KindName, PlanStatus Status, string StatusName,
    DateOnly Deadline, int Strata, int Bureaus, DateOnly? IssuedOn)
{
    public static PlanSummary From(InspectionPlan p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Year, p.Title, p.Level, InspectionNames.Of(p.Level), p.Kind, InspectionNames.Of(p.Kind), p.Status, InspectionNames.Of(p.Status),
            p.Deadline, p.Strata.Count, p.IssuedTo.Count, p.IssuedOn);
    }
}
