using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Visits;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Licensing.Commitments;

/// <summary>
/// 记录告知承诺核查结果 (R-LIC-11/12), by an officer, from the completed verification inspection or directly: 属实 closes
/// the verification; 不属实 orders rectification by a date (责令整改, an event on the license and a clock on 我的待办).
/// </summary>
public sealed record RecordCommitmentVerification(Guid LicenseId, bool? Kept, string? Finding, DateOnly? RectificationDueOn, Guid? InspectionId = null);

public sealed class RecordCommitmentVerificationHandler(WeijianDb db, TimeProvider clock, CalendarSource calendars, GetLicenseHandler get)
{
    public async Task<LicenseDetails> HandleAsync(RecordCommitmentVerification command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer);
        db.Actor.RequireOrganization();
        var l = await LicenseRegister.LoadAsync(db, command.LicenseId, ct);
        var v = await CommitmentSteps.LoadAsync(db, l.Id, ct);
        var kept = Input.Required(command.Kept, "kept", "核查结论（属实/不属实）");
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        if (command.InspectionId is { } inspectionId)
        {
            var inspection = await db.Set<Inspection>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == inspectionId, ct)
                ?? throw Input.Invalid("inspection.not-found", "inspectionId", "检查记录不存在");
            if (inspection.EntityId != l.EntityId || inspection.Status != InspectionStatus.Completed)
            {
                throw Input.Invalid("validation.inspection", "inspectionId", "核查结果须取自对该持证人已完成的检查");
            }
        }

        if (kept)
        {
            var note = Input.OptionalText(command.Finding, "finding", "核查情况", CommitmentVerification.TextMax);
            v.RecordKept(today, command.InspectionId, note, db.Actor.Name, now);
            await CommitmentSteps.CloseClocksAsync(db, l, CommitmentRoute.SubjectType, DeadlineStatus.Met, "告知承诺核查属实", now, ct);
            db.Audit(l.OrganizationId, LicenseAudit.VerificationKept, LicenseRegister.SubjectType, l.Id.ToString(), new { l.Number, Holder = l.HolderName, Finding = note, command.InspectionId });
        }
        else
        {
            var finding = Input.Text(command.Finding, "finding", "核查发现的不实情况", CommitmentVerification.TextMax);
            var due = Input.Required(command.RectificationDueOn, "rectificationDueOn", "整改期限");
            v.RecordNotKept(today, command.InspectionId, finding, due, db.Actor.Name, now);
            l.OrderRectification(today, $"告知承诺核查不属实，责令于{due:yyyy-MM-dd}前整改：{finding}", db.Actor.Name, now);
            await CommitmentSteps.CloseClocksAsync(db, l, CommitmentRoute.SubjectType, DeadlineStatus.Met, "告知承诺核查已完成（不属实）", now, ct);
            var calendar = await calendars.GetAsync(db, ct);
            var deadline = Deadline.Compute(calendar, "R-LIC-12", "告知承诺不实的，责令限期整改；逾期未整改到位的撤销许可（R-LIC-11/12）", today, due.DayNumber - today.DayNumber, DeadlineUnit.CalendarDays);
            db.DeadlineClocks.Add(DeadlineClock.Open(l.OrganizationId, db.Actor.UserId, CommitmentRoute.RectificationSubjectType, l.Id.ToString(),
                $"告知承诺整改复查：{l.HolderName}（{l.Number}）", deadline, now));
            db.Audit(l.OrganizationId, LicenseAudit.RectificationOrdered, LicenseRegister.SubjectType, l.Id.ToString(), new { l.Number, Holder = l.HolderName, Finding = finding, RectificationDueOn = due, command.InspectionId });
        }

        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(new GetLicense(l.Id), ct);
    }
}

/// <summary>
/// 整改结果认定 (R-LIC-12): 整改到位 keeps the license; 未整改到位 is a false commitment — the license is revoked through
/// the one revocation path (ground 以欺骗等不正当手段取得, so a bureau head decides and confirms the public-interest bar,
/// R-LIC-9), <see cref="FalseCommitmentFound"/> is raised for the credit record (R-CRD-6) and the applicant loses the
/// commitment route until repaired (R-LIC-11).
/// </summary>
public sealed record ConcludeRectification(Guid LicenseId, bool? Rectified, string? Note, bool PublicInterestConsidered = false, bool SeriousPublicHarm = false);

public sealed class ConcludeRectificationHandler(WeijianDb db, TimeProvider clock, DocumentIssuer documents, GetLicenseHandler get)
{
    public async Task<LicenseDetails> HandleAsync(ConcludeRectification command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.Officer, Roles.BureauHead);
        db.Actor.RequireOrganization();
        var l = await LicenseRegister.LoadAsync(db, command.LicenseId, ct);
        var v = await CommitmentSteps.LoadAsync(db, l.Id, ct);
        var rectified = Input.Required(command.Rectified, "rectified", "整改结果（到位/未到位）");
        var note = Input.Text(command.Note, "note", "整改复查情况", 1000);
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        v.Conclude(rectified, today, note, now);
        await CommitmentSteps.CloseClocksAsync(db, l, CommitmentRoute.RectificationSubjectType, DeadlineStatus.Met, rectified ? "整改到位" : "未整改到位", now, ct);
        if (rectified)
        {
            db.Audit(l.OrganizationId, LicenseAudit.Rectified, LicenseRegister.SubjectType, l.Id.ToString(), new { l.Number, Holder = l.HolderName, Note = note });
        }
        else
        {
            var finding = $"告知承诺核查不属实（{v.Finding}），责令整改期满未整改到位：{note}";
            await LicenseRevocation.RevokeAsync(db, documents, clock, l, [RevocationGround.Fraud], finding, command.PublicInterestConsidered, command.SeriousPublicHarm, ct);
            db.Raise(new FalseCommitmentFound(l.Id, l.OrganizationId, l.EntityId, l.HolderName, l.HolderCreditCode, l.Number, today, finding));
            db.Audit(l.OrganizationId, LicenseAudit.FalseCommitmentFound, LicenseRegister.SubjectType, l.Id.ToString(), new { l.Number, Holder = l.HolderName, CreditCode = l.HolderCreditCode, Finding = finding });
        }

        await db.SaveChangesAsync(ct);
        return await get.HandleAsync(new GetLicense(l.Id), ct);
    }
}

/// <summary>告知承诺核查统计 for the licensing statistics: kept, rectified, revoked, pending, overdue.</summary>
public sealed record CommitmentVerificationStatistics(int? Year = null);

public sealed record CommitmentVerificationFigures(int Total, int Kept, int Rectified, int RectificationOrdered, int Revoked, int Pending, int Overdue);

public sealed class CommitmentVerificationStatisticsHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<CommitmentVerificationFigures> HandleAsync(CommitmentVerificationStatistics query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.RequireOrganization();
        var q = db.Set<CommitmentVerification>().AsNoTracking();
        if (query.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            q = q.Where(v => v.IssuedOn >= from && v.IssuedOn <= to);
        }

        var rows = await q.ToListAsync(ct);
        var today = ChinaClock.Today(clock);
        return new CommitmentVerificationFigures(
            rows.Count,
            rows.Count(v => v.Status == CommitmentVerificationStatus.Kept),
            rows.Count(v => v.Status == CommitmentVerificationStatus.Rectified),
            rows.Count(v => v.Status == CommitmentVerificationStatus.RectificationOrdered),
            rows.Count(v => v.Status == CommitmentVerificationStatus.FalseCommitment),
            rows.Count(v => v.Status == CommitmentVerificationStatus.Pending),
            rows.Count(v => v.IsOverdue(today)));
    }
}

internal static class CommitmentSteps
{
    public static async Task<CommitmentVerification> LoadAsync(WeijianDb db, Guid licenseId, CancellationToken ct) =>
        await db.Set<CommitmentVerification>().SingleOrDefaultAsync(v => v.LicenseId == licenseId, ct)
            ?? throw DomainRuleException.Conflict("licensing.no-commitment-verification", "该许可证不是告知承诺发证，无需核查");

    public static async Task CloseClocksAsync(WeijianDb db, License l, string subjectType, DeadlineStatus outcome, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var id = l.Id.ToString();
        foreach (var c in await db.DeadlineClocks.Where(d => d.SubjectType == subjectType && d.SubjectId == id && d.Status == DeadlineStatus.Open).ToListAsync(ct))
        {
            if (c.Status != DeadlineStatus.Open)
            {
                continue;
            }

            c.Close(outcome, reason, now);
        }
    }
}
