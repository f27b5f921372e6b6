using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Officers;

/// <summary>Records a training attended (course, provider, date, 学时); the yearly total counts against R-OFF-4.</summary>
public sealed record RecordOfficerTraining(Guid Id, string? Course, string? Provider, DateOnly? Date, decimal? Hours);

public sealed class RecordOfficerTrainingHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerView> HandleAsync(RecordOfficerTraining command, CancellationToken ct)
    {
        OfficerAccess.RequireReader(db);
        var officer = await OfficerAccess.FindAsync(db, command.Id, ct);
        OfficerAccess.RequireEditorOrSelf(db, officer);
        var today = ChinaClock.Today(clock);
        var training = officer.AddTraining(command.Course, command.Provider, command.Date, command.Hours, today, clock.GetUtcNow());
        db.Audit(officer.OrganizationId, "officer.training-recorded", nameof(Officer), officer.Id.ToString(), new
        {
            TrainingId = training.Id,
            training.Course,
            training.Provider,
            training.Date,
            training.Hours,
        });
        await db.SaveChangesAsync(ct);
        return await OfficerViews.FromAsync(db, officer, today, ct);
    }
}
