using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Officers;

/// <summary>
/// A 系统管理员 or 局领导 enters an officer in the 执法人员名录库 (R-OFF-6): 姓名, the linked user (optional), the
/// 行政执法证 (number, issuing authority, category, area, validity — none for auxiliary staff, R-OFF-3) and specialties.
/// <paramref name="OrganizationId"/> is only for the system actor; users register into their own organisation.
/// </summary>
public sealed record RegisterOfficer(
    string? Name,
    Guid? UserId,
    string? CredentialNumber,
    string? IssuingAuthority,
    string? EnforcementCategory,
    string? EnforcementArea,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    IReadOnlyList<string>? Specialties,
    string? Notes = null,
    Guid? OrganizationId = null)
{
    public OfficerDetails ToDetails() => new(
        Name, UserId, CredentialNumber, IssuingAuthority, EnforcementCategory, EnforcementArea, ValidFrom, ValidUntil,
        OfficerDetails.ParseSpecialties(Specialties), Notes);
}

public sealed class RegisterOfficerHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerView> HandleAsync(RegisterOfficer command, CancellationToken ct)
    {
        OfficerAccess.RequireEditor(db);
        var orgId = OfficerAccess.TargetOrganization(db, command.OrganizationId);
        var details = await OfficerRules.PrepareAsync(db, orgId, null, command.ToDetails(), ct);
        var now = clock.GetUtcNow();
        var officer = Officer.Register(orgId, details, now);
        db.Set<Officer>().Add(officer);
        db.Audit(orgId, "officer.registered", nameof(Officer), officer.Id.ToString(), await OfficerViews.PayloadAsync(db, details, ct));
        await db.SaveChangesAsync(ct);
        return await OfficerViews.FromAsync(db, officer, ChinaClock.Today(clock), ct);
    }
}
