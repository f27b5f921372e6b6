using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Officers;

/// <summary>Corrects an officer's particulars (renewed credential, new specialties …); the change is audited as before/after.</summary>
public sealed record UpdateOfficer(
    Guid Id,
    string? Name,
    Guid? UserId,
    string? CredentialNumber,
    string? IssuingAuthority,
    string? EnforcementCategory,
    string? EnforcementArea,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    IReadOnlyList<string>? Specialties,
    string? Notes = null)
{
    public OfficerDetails ToDetails() => new(
        Name, UserId, CredentialNumber, IssuingAuthority, EnforcementCategory, EnforcementArea, ValidFrom, ValidUntil,
        OfficerDetails.ParseSpecialties(Specialties), Notes);
}

public sealed class UpdateOfficerHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerView> HandleAsync(UpdateOfficer command, CancellationToken ct)
    {
        OfficerAccess.RequireEditor(db);
        var officer = await OfficerAccess.FindAsync(db, command.Id, ct);
        var details = await OfficerRules.PrepareAsync(db, officer.OrganizationId, officer.Id, command.ToDetails(), ct);
        var before = officer.Details();
        if (officer.Update(details, clock.GetUtcNow()))
        {
            db.Audit(officer.OrganizationId, "officer.updated", nameof(Officer), officer.Id.ToString(), new
            {
                Before = await OfficerViews.PayloadAsync(db, before, ct),
                After = await OfficerViews.PayloadAsync(db, details, ct),
            });
            await db.SaveChangesAsync(ct);
        }

        return await OfficerViews.FromAsync(db, officer, ChinaClock.Today(clock), ct);
    }
}
