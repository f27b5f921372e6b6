using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Plans;
using Weijian.Inspections.Visits;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Commitments;

/// <summary>
/// The 告知承诺 route (R-LIC-11/12): who may take it, and the post-issue verification every commitment license gets.
/// Called by the application workflow inside its own unit of work.
/// </summary>
public static class CommitmentRoute
{
    /// <summary>R-LIC-12: window after issue within which the commitment is verified on site (provincial; default 2 months).</summary>
    public static readonly RuleParameterDefinition VerificationWindowMonths = new(
        "licensing.commitment-verification-months", "R-LIC-12", "告知承诺核查时限", "月", 2m, "R-LIC-12 默认值（发证后2个月内核查，各省规定不一）");

    public const string RefusedCode = "licensing.commitment-refused";

    /// <summary>Subject type of the verification clocks on 我的待办 (the subject id is the license).</summary>
    public const string SubjectType = "licence-commitment";

    /// <summary>Subject type of the rectification clocks after a failed verification (责令整改, R-LIC-12).</summary>
    public const string RectificationSubjectType = "licence-rectification";

    /// <summary>
    /// R-LIC-11: an applicant with a false-commitment record or serious bad credit (credit grade D) is refused the
    /// commitment route until repaired; the ordinary route stays open.
    /// </summary>
    public static async Task EnsureEligibleAsync(WeijianDb db, Guid entityId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var grade = await db.Set<RegulatedEntity>().AsNoTracking().Where(e => e.Id == entityId).Select(e => e.CreditGrade).SingleOrDefaultAsync(ct);
        if (string.Equals(grade, "D", StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException(RefusedCode, "申请人存在严重失信记录（信用等级D），修复前不适用告知承诺，请按一般程序申请（R-LIC-11）");
        }

        // R-LIC-11: a past false commitment bars the route until the finding is repaired (信用修复).
        var falseCommitment = await db.Set<CommitmentVerification>().AsNoTracking()
            .Where(v => v.EntityId == entityId && v.Status == CommitmentVerificationStatus.FalseCommitment && v.RepairedOn == null && v.ConcludedOn <= today)
            .Select(v => new { v.LicenseNumber, v.ConcludedOn })
            .FirstOrDefaultAsync(ct);
        if (falseCommitment is not null)
        {
            throw new DomainRuleException(RefusedCode,
                $"申请人于{falseCommitment.ConcludedOn:yyyy年M月d日}被认定虚假承诺（许可证{falseCommitment.LicenseNumber}已撤销），信用修复前不适用告知承诺，请按一般程序申请（R-LIC-11）");
        }
    }

    /// <summary>
    /// 信用修复 of a false-commitment finding (R-LIC-11): called by the credit module when the bureau that made the credit
    /// record approves its repair (谁认定、谁修复, R-CRD-2/4) — the one repair path — inside that decision's unit of work;
    /// from then on <see cref="EnsureEligibleAsync"/> admits the applicant again. A finding already repaired is left alone.
    /// </summary>
    public static async Task MarkRepairedAsync(WeijianDb db, Guid licenseId, DateOnly on, string note, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var v = await db.Set<CommitmentVerification>().SingleOrDefaultAsync(x => x.LicenseId == licenseId, ct);
        if (v is null || v.Status != CommitmentVerificationStatus.FalseCommitment || v.RepairedOn is not null)
        {
            return;
        }

        v.Repair(on, note, now);
        db.Audit(v.OrganizationId, LicenseAudit.FalseCommitmentRepaired, LicenseRegister.SubjectType, licenseId.ToString(), new { v.LicenseNumber, Holder = v.HolderName, Note = note });
    }

    /// <summary>
    /// R-LIC-11/12: a license granted on commitment gets its verification within the configured window, on 我的待办 of
    /// the bureau until a verification inspection is arranged.
    /// </summary>
    public static async Task ScheduleVerificationAsync(
        WeijianDb db, License license, CalendarSource calendars, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(license);
        ArgumentNullException.ThrowIfNull(calendars);
        var months = (int)(await RuleParameters.ResolveAsync(db, VerificationWindowMonths, license.OrganizationId, today, ct)).Value;
        var calendar = await calendars.GetAsync(db, ct);
        var deadline = Deadline.Compute(calendar, "R-LIC-12", $"告知承诺发证后{months}个月内核查承诺内容（R-LIC-11/12，月数为规则参数）", today, months, DeadlineUnit.Months);
        var entity = await db.Set<RegulatedEntity>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == license.EntityId, ct)
            ?? throw DomainRuleException.NotFound("entity.not-found", "许可证持有人不在监管对象名录中");

        // The verification is a real inspection task (许可现场核查, exempt from the yearly cap, R-INS-9), so it is
        // arranged, merged (综合查一次) and recorded like any other check; the verification keeps the link.
        var task = await OpenTargetedTaskHandler.OpenWithinAsync(
            db, entity, InspectionKind.LicensingSiteCheck, $"告知承诺核查：许可证{license.Number}，{today:yyyy-MM-dd}当场发证（R-LIC-12）", deadline.Due, today, now, db.Actor.Name, ct);
        db.Set<CommitmentVerification>().Add(CommitmentVerification.Schedule(license, deadline.Due, task.TaskId, now));
        db.Audit(license.OrganizationId, LicenseAudit.VerificationScheduled, LicenseRegister.SubjectType, license.Id.ToString(), new
        {
            license.Number,
            Holder = license.HolderName,
            DueOn = deadline.Due,
            Months = months,
            InspectionTaskId = task.TaskId,
        });
        db.DeadlineClocks.Add(DeadlineClock.Open(
            license.OrganizationId, db.Actor.UserId, SubjectType, license.Id.ToString(), $"告知承诺核查：{license.HolderName}（{license.Number}）", deadline, now));
    }
}
