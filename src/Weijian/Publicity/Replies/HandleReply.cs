using Microsoft.EntityFrameworkCore;
using Weijian.Credit;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Inspections.Visits;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Publicity.Replies;

/// <summary>
/// 审核 (公开显示 / 不予显示, reason required for a refusal) of a 说明/申辩, or 决定 (维持 / 变更 / 撤销, reasons required) of a
/// 申诉 — one use case driven by <see cref="ReplyWorkflow"/>. An appeal is decided only by someone who took no part in the
/// original act (R-PEN-12 recusal; <c>reply.decider-involved</c>): for an inspection result not one of its officers; for a
/// credit record not a handler or the decider of the penalty case behind it, nor the record's responsible officer; for a grade
/// none of those for any of the entity's records. A 变更/撤销 takes effect on the subject through its own module
/// (<see cref="InspectionAppeals"/>: the public result is taken down with the reason, or shows the changed conclusion;
/// <see cref="CreditAppeals"/>: the record ends publication as 申诉撤销, or gets its changed grade/window, and the entity's
/// grade is recomputed) and is recorded as its own event and audit entry on the subject. An appeal on the grade itself
/// (R-CRD-5, computed from the records) is decided and audited; the grade follows the records it is computed from.
/// Closes the clock on 我的待办.
/// </summary>
/// <param name="Conclusion">变更 of an inspection result: the changed 检查结论.</param>
/// <param name="Severity">变更 of a credit record under a graded rule set (R-CRD-2): the changed 失信程度.</param>
/// <param name="Until">变更 of a credit record under the ungraded rule set (R-CRD-1): the earlier end of publication.</param>
public sealed record HandleReply(Guid Id, string? Action, string? Reasons, string? Conclusion = null, string? Severity = null, DateOnly? Until = null);

public sealed class HandleReplyHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<ReplyView> HandleAsync(HandleReply command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var action = SubmitReplyHandler.ParseEnum<ReplyAction>(command.Action, "action", "处理方式");
        var t = ReplyWorkflow.Find(action);
        ReplyWorkflow.CheckRole(t, db.Actor);
        db.Actor.RequireOrganization();
        var reasons = t.NeedsReason
            ? Input.Text(command.Reasons, "reasons", action == ReplyAction.Refuse ? "不予显示的理由" : "决定理由", 1000)
            : Input.OptionalText(command.Reasons, "reasons", "备注", 1000);
        var reply = await db.Set<EntityReply>().SingleOrDefaultAsync(r => r.Id == command.Id, ct)
            ?? throw DomainRuleException.NotFound("reply.not-found", "回应或申诉不存在");
        ReplyWorkflow.Check(action, reply.Kind, reply.Status);

        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        var id = reply.Id.ToString();
        if (reply.Kind == ReplyKind.Appeal)
        {
            await EnsureNotInvolvedAsync(reply, ct);
            reply.Decide(action, reasons!, today, db.Actor.UserId, db.Actor.Name, now);
            var effect = await ApplyAsync(reply, command, reasons!, today, now, ct);
            db.Audit(reply.OrganizationId, ReplyAuditActions.Decided, ReplyAuditActions.SubjectType, id, new { Status = ReplyNames.Of(reply.Status), Reasons = reasons });
            if (reply.Status is ReplyStatus.Changed or ReplyStatus.Revoked)
            {
                // Nothing is changed silently: the change of the result stands in the subject's own audit trail too.
                db.Audit(reply.OrganizationId, ReplyAuditActions.SubjectChanged, SubjectType(reply.SubjectKind), reply.SubjectId.ToString(), new
                {
                    reply.SubjectNumber,
                    Status = ReplyNames.Of(reply.Status),
                    Reasons = reasons,
                    Appeal = id,
                    Effect = effect,
                });
            }
        }
        else
        {
            reply.Review(action, reasons, today, db.Actor.UserId, db.Actor.Name, now);
            db.Audit(reply.OrganizationId, ReplyAuditActions.Reviewed, ReplyAuditActions.SubjectType, id, new { Status = ReplyNames.Of(reply.Status), Reasons = reasons });
        }

        foreach (var open in await db.DeadlineClocks.Where(d => d.SubjectType == ReplyAuditActions.SubjectType && d.SubjectId == id && d.Status == DeadlineStatus.Open).ToListAsync(ct))
        {
            open.Close(DeadlineStatus.Met, ReplyNames.Of(reply.Status), now);
        }

        await db.SaveChangesAsync(ct);
        return ReplyView.Of(reply);
    }

    /// <summary>The decision's effect on the subject, described for the audit entry; null when it changes nothing (维持, or a grade).</summary>
    private async Task<string?> ApplyAsync(EntityReply reply, HandleReply command, string reasons, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        switch (reply.SubjectKind, reply.Status)
        {
            case (ReplySubjectKind.InspectionResult, ReplyStatus.Revoked):
                await InspectionAppeals.RevokeAsync(db, reply.SubjectId, reasons, today, now, ct);
                return "检查结果已撤下公示";
            case (ReplySubjectKind.InspectionResult, ReplyStatus.Changed):
                var inspection = await InspectionAppeals.ChangeConclusionAsync(db, reply.SubjectId, command.Conclusion, reasons, today, now, ct);
                return $"检查结论变更为{InspectionVisitNames.Of(inspection.Conclusion!.Value)}";
            case (ReplySubjectKind.CreditRecord, ReplyStatus.Revoked):
                await CreditAppeals.RevokeAsync(db, reply.SubjectId, reasons, clock, ct);
                return "信用记录申诉撤销，停止公示";
            case (ReplySubjectKind.CreditRecord, ReplyStatus.Changed):
                var record = await CreditAppeals.ChangeAsync(db, reply.SubjectId, command.Severity, command.Until, reasons, clock, ct);
                return record.History[^1].What;
            default:
                return null;
        }
    }

    private static string SubjectType(ReplySubjectKind k) => k switch
    {
        ReplySubjectKind.InspectionResult => nameof(Inspection),
        ReplySubjectKind.CreditRecord => nameof(CreditRecord),
        _ => "RegulatedEntity",
    };

    private async Task EnsureNotInvolvedAsync(EntityReply reply, CancellationToken ct)
    {
        var user = db.Actor.UserId;
        var name = db.Actor.Name;
        var involved = reply.SubjectKind switch
        {
            ReplySubjectKind.InspectionResult => await db.Set<Inspection>().AsNoTracking().Where(i => i.Id == reply.SubjectId).Select(i => i.OfficersJson).SingleOrDefaultAsync(ct) is { } officers
                && ChildRecordsJson.List<InspectionOfficer>(officers).Any(o => o.UserId == user),
            ReplySubjectKind.CreditRecord => await InvolvedInRecordsAsync(db.Set<CreditRecord>().AsNoTracking().Where(r => r.Id == reply.SubjectId), user, name, ct),
            _ => await InvolvedInRecordsAsync(db.Set<CreditRecord>().AsNoTracking().Where(r => r.EntityId == reply.SubjectId), user, name, ct),
        };
        if (involved)
        {
            throw DomainRuleException.Conflict(
                "reply.decider-involved", $"{name}参与了原{ReplyNames.Of(reply.SubjectKind)}的作出，应当回避，申诉须由未参与原行为的人员决定");
        }
    }

    private async Task<bool> InvolvedInRecordsAsync(IQueryable<CreditRecord> records, Guid? user, string name, CancellationToken ct)
    {
        var list = await records.Select(r => new { r.Source, r.SourceId, r.ResponsibleUserId }).ToListAsync(ct);
        if (list.Any(r => r.ResponsibleUserId is { } u && u == user))
        {
            return true;
        }

        var caseIds = list.Where(r => r.Source == CreditSource.Penalty).Select(r => r.SourceId).ToList();
        var cases = await db.Set<PenaltyCase>().AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToListAsync(ct);
        return cases.Any(c => c.IsHandler(user) || c.Steps.Any(s => s.Action is CaseAction.DecidePenalty or CaseAction.DecideSummarily && s.Actor == name));
    }
}
