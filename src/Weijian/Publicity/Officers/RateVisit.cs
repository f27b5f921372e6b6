using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Visits;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Publicity.Officers;

/// <summary>
/// 检查评价 (深圳 执法监督码 model, issue #7): after the inspection is completed, the entity rates it once with the
/// one-time token from its confirmation — conduct (满意/基本满意/不满意), whether credentials were shown (R-TRS-3), whether
/// anything beyond the law was asked (R-OFF-5) — and may file a complaint. The rating and the complaint go to the
/// supervising level (bureau head, parent's 上级监督), never to the inspecting officers. A complaint opens the answer
/// clock (<see cref="OfficerCodeRules.ComplaintReplyWorkingDays"/>) on the bureau heads' 我的待办.
/// </summary>
public sealed record RateVisit(string? RatingToken, string? Satisfaction, bool? CredentialsShown, bool? AskedBeyondLaw, string? Comment, string? Complaint);

public sealed record RateVisitResult(string InspectionNumber, string Satisfaction, bool ComplaintFiled, DateOnly? ComplaintDue, string Message);

public sealed class RateVisitHandler(WeijianDb db, CurrentActor current, TimeProvider clock, CalendarSource calendars)
{
    public async Task<RateVisitResult> HandleAsync(RateVisit command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (string.IsNullOrWhiteSpace(command.RatingToken) || !OfficerCode.IsWellFormed(command.RatingToken.Trim()))
        {
            throw Input.Invalid("visit.rating-token-unknown", "ratingToken", "评价码不正确，请输入确认检查时取得的评价码");
        }

        var hash = VisitConfirmation.HashToken(command.RatingToken.Trim());
        var confirmation = await db.Set<VisitConfirmation>().IgnoreQueryFilters().SingleOrDefaultAsync(c => c.RatingTokenHash == hash, ct)
            ?? throw Input.Invalid("visit.rating-token-unknown", "ratingToken", "评价码不正确，请输入确认检查时取得的评价码");
        var satisfaction = VisitRatingNames.ParseSatisfaction(command.Satisfaction)
            ?? throw Input.Invalid("validation.satisfaction", "satisfaction", "请选择满意、基本满意或不满意");
        var shown = Input.Required(command.CredentialsShown, "credentialsShown", "执法人员是否出示执法证件");
        var beyond = Input.Required(command.AskedBeyondLaw, "askedBeyondLaw", "是否有超出法定要求的索取或要求");

        current.ActAsVisitorOf(confirmation.OrganizationId, "被检查单位（匿名评价）");
        var inspection = await db.Set<Inspection>().AsNoTracking().SingleAsync(i => i.Id == confirmation.InspectionId, ct);
        if (inspection.Status != InspectionStatus.Completed)
        {
            throw DomainRuleException.Conflict("visit.not-completed", $"检查{inspection.Number}尚未结束，请在检查完成后再评价");
        }

        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        confirmation.Rate(satisfaction, shown, beyond, command.Comment, today, now);
        db.Audit(confirmation.OrganizationId, OfficerCodeSteps.Rate, OfficerCodeSteps.ConfirmationSubject, confirmation.Id.ToString(), new { Inspection = confirmation.InspectionNumber });
        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(command.Complaint))
        {
            var days = (int)(await RuleParameters.ResolveAsync(db, OfficerCodeRules.ComplaintReplyWorkingDays, confirmation.OrganizationId, today, ct)).Value;
            var deadline = Deadline.Compute(await calendars.GetAsync(db, ct), "R-OFF-5", ReplyBasis, today, days, DeadlineUnit.WorkingDays);
            var complaint = VisitComplaint.File(confirmation, command.Complaint, today, deadline.Due, now);
            db.Set<VisitComplaint>().Add(complaint);
            foreach (var head in await BureauHeadsAsync(db, confirmation.OrganizationId, ct))
            {
                db.DeadlineClocks.Add(DeadlineClock.Open(confirmation.OrganizationId, head, OfficerCodeSteps.ComplaintSubject, complaint.Id.ToString(), $"检查{complaint.InspectionNumber}评价投诉：指定办理人并答复", deadline, now));
            }

            db.Audit(confirmation.OrganizationId, OfficerCodeSteps.Complain, OfficerCodeSteps.ComplaintSubject, complaint.Id.ToString(), new { Inspection = complaint.InspectionNumber, Due = deadline.Due });
            due = deadline.Due;
        }

        await db.SaveChangesAsync(ct);
        return new RateVisitResult(
            confirmation.InspectionNumber, VisitRatingNames.Of(satisfaction), due is not null, due,
            due is null ? "感谢您的评价。评价由上级监督部门查看，不向检查人员公开。" : $"感谢您的评价。投诉已转上级监督部门，将于{due:yyyy年M月d日}前答复；评价和投诉不向检查人员公开。");
    }

    internal const string ReplyBasis = "被检查单位对执法检查的投诉由监督层级指定未参与检查的人员办理并在规定工作日内答复（R-OFF-5 行政执法监督条例；天数为规则参数）";

    internal static async Task<List<Guid>> BureauHeadsAsync(WeijianDb db, Guid organizationId, CancellationToken ct) =>
        await db.Users.Where(u => u.OrganizationId == organizationId && u.IsActive)
            .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => new { u.Id, ur.RoleId })
            .Join(db.Roles.Where(r => r.Name == Roles.BureauHead), x => x.RoleId, r => r.Id, (x, _) => x.Id)
            .Distinct().ToListAsync(ct);
}
