using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>提交法制审核 (R-PEN-20, R-TRS-8): the current draft version goes to review once the defence period is over.</summary>
public sealed record SubmitForLegalReview(Guid CaseId) : ICaseCommand;

public sealed class SubmitForLegalReviewHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(SubmitForLegalReview command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.SubmitForLegalReview, ct);
        c.SubmitForLegalReview(ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.SubmitForLegalReview, new { c.DraftVersion }, ct);
    }
}

/// <summary>
/// 法制审核 by a 法制审核人员 who is not a handler; a reviewer's first review needs the 法律职业资格 recorded in the
/// officer register (R-PEN-20). Approved, or returned for correction with the opinion.
/// </summary>
public sealed record CompleteLegalReview(Guid CaseId, string? Outcome, string? Opinion) : ICaseCommand;

public sealed class CompleteLegalReviewHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(CompleteLegalReview command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.CompleteLegalReview, ct);
        var outcome = CaseNames.Parse<ReviewOutcome>(command.Outcome, CaseNames.Of)
            ?? throw Input.Invalid("validation.review-outcome", "outcome", "请选择审核结论：审核通过或退回补正");
        var userId = db.Actor.UserId ?? throw DomainRuleException.Forbidden("auth.sign-in-required", "请先登录");
        var officer = await PenaltyCaseSteps.ActingOfficerAsync(db, ct);
        var marker = $"\"reviewerUserId\":\"{userId}\"";
        var reviewedBefore = await db.Set<PenaltyCase>().AsNoTracking()
            .AnyAsync(x => x.Id != c.Id && x.ReviewsJson.Contains(marker), ct);
        var qualified = officer?.HasLegalQualification == true || reviewedBefore;
        var review = c.CompleteLegalReview(outcome, command.Opinion, userId, db.Actor.Name, qualified, ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.CompleteLegalReview, new { Outcome = CaseNames.Of(outcome), review.DraftVersion, review.OutsideRangeSeen }, ct);
    }
}

/// <summary>集体讨论 (R-PEN-19, R-PEN-21): meeting, attendees (at least three heads), recusals, each opinion and the conclusion.</summary>
public sealed record RecordCollectiveDiscussion(
    Guid CaseId, DateOnly? HeldOn, string? Place, IReadOnlyList<string>? Attendees, IReadOnlyList<string>? Recusals,
    IReadOnlyList<DiscussionOpinion>? Opinions, string? Conclusion) : ICaseCommand;

public sealed class RecordCollectiveDiscussionHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(RecordCollectiveDiscussion command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.RecordCollectiveDiscussion, ct);
        var today = ChinaClock.Today(clock);
        var thresholds = await CaseThresholds.ResolveAsync(db, c.OrganizationId, c.ActDate ?? today, ct);
        var d = c.RecordDiscussion(
            command.HeldOn ?? today, command.Place, db.Actor.Name, command.Attendees ?? [], command.Recusals ?? [], command.Opinions ?? [], command.Conclusion,
            thresholds, today, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.RecordCollectiveDiscussion, new { d.HeldOn, d.Attendees, d.Recusals, d.Conclusion }, ct);
    }
}
