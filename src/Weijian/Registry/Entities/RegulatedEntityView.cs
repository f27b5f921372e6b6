namespace Weijian.Registry.Entities;

/// <summary>A regulated entity as the API and the pages show it: stored codes with their Chinese names.</summary>
public sealed record RegulatedEntityView(
    Guid Id,
    Guid OrganizationId,
    PartyKind PartyKind,
    string PartyKindName,
    string Name,
    string CreditCode,
    string? LegalRepresentative,
    string Address,
    string RegionCode,
    Specialty Specialty,
    string SpecialtyName,
    string SubType,
    string SubTypeName,
    string? SubTypeClass,
    BusinessScale? BusinessScale,
    string? BusinessScaleName,
    RiskTier? RiskTier,
    string? RiskTierName,
    string? CreditGrade,
    HygieneGrade? HygieneGrade,
    string? HygieneGradeName,
    string? ContactPerson,
    string? ContactPhone,
    string? Notes,
    EntityStatus Status,
    string StatusName,
    DateOnly? StatusChangedOn,
    string? StatusReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string HistoryPath)
{
    public static RegulatedEntityView From(RegulatedEntity e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var subType = Specialties.SubTypes(e.Specialty).FirstOrDefault(t => t.Code == e.SubType);
        return new(
            e.Id,
            e.OrganizationId,
            e.PartyKind,
            EntityNames.Of(e.PartyKind),
            e.Name,
            e.CreditCode,
            e.LegalRepresentative,
            e.Address,
            e.RegionCode,
            e.Specialty,
            Specialties.ChineseName(e.Specialty),
            e.SubType,
            subType?.Name ?? e.SubType,
            subType?.Class,
            e.BusinessScale,
            e.BusinessScale is { } s ? EntityNames.Of(s) : null,
            e.RiskTier,
            e.RiskTier is { } r ? EntityNames.Of(r) : null,
            e.CreditGrade,
            e.HygieneGrade,
            e.HygieneGrade is { } g ? EntityNames.Of(g) : null,
            e.ContactPerson,
            e.ContactPhone,
            e.Notes,
            e.Status,
            EntityNames.Of(e.Status),
            e.StatusChangedOn,
            e.StatusReason,
            e.CreatedAt,
            e.UpdatedAt,
            $"/api/v1/audit/history?subjectType={EntityRegister.SubjectType}&subjectId={e.Id}");
    }
}
