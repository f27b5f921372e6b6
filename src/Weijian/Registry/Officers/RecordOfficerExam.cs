using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;

namespace Weijian.Registry.Officers;

/// <summary>Records an exam taken (执法资格考试, 年度法律知识考试 …): name, date, score, passed (R-OFF-2, R-OFF-6).</summary>
public sealed record RecordOfficerExam(Guid Id, string? Name, DateOnly? Date, decimal? Score, bool? Passed);

public sealed class RecordOfficerExamHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<OfficerView> HandleAsync(RecordOfficerExam command, CancellationToken ct)
    {
        OfficerAccess.RequireEditor(db);
        var officer = await OfficerAccess.FindAsync(db, command.Id, ct);
        var today = ChinaClock.Today(clock);
        var exam = officer.AddExam(command.Name, command.Date, command.Score, command.Passed, today, clock.GetUtcNow());
        db.Audit(officer.OrganizationId, "officer.exam-recorded", nameof(Officer), officer.Id.ToString(), new
        {
            ExamId = exam.Id,
            exam.Name,
            exam.Date,
            exam.Score,
            exam.Passed,
        });
        await db.SaveChangesAsync(ct);
        return await OfficerViews.FromAsync(db, officer, today, ct);
    }
}
