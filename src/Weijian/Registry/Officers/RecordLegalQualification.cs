using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Officers;

/// <summary>
/// Records the officer's 法律职业资格 (certificate number and date): R-PEN-20 requires it of first-time legal reviewers.
/// Recording again corrects it (audited as before/after).
/// </summary>
public sealed record RecordLegalQualification(Guid Id, string? CertificateNumber, DateOnly? ObtainedOn);

public sealed class RecordLegalQualificationHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerView> HandleAsync(RecordLegalQualification command, CancellationToken ct)
    {
        OfficerAccess.RequireEditor(db);
        var officer = await OfficerAccess.FindAsync(db, command.Id, ct);
        var today = ChinaClock.Today(clock);
        var before = new { CertificateNumber = officer.LegalQualificationNumber, ObtainedOn = officer.LegalQualificationDate };
        officer.RecordLegalQualification(command.CertificateNumber, command.ObtainedOn, today, clock.GetUtcNow());
        db.Audit(officer.OrganizationId, "officer.legal-qualification-recorded", nameof(Officer), officer.Id.ToString(), new
        {
            Before = before,
            After = new { CertificateNumber = officer.LegalQualificationNumber, ObtainedOn = officer.LegalQualificationDate },
        });
        await db.SaveChangesAsync(ct);
        return await OfficerViews.FromAsync(db, officer, today, ct);
    }
}
