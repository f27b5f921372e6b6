using Microsoft.EntityFrameworkCore;
using Weijian.Inspections.Visits;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Publicity.Officers;

public sealed record HandlerChoice(Guid UserId, string Name);

public sealed record VisitComplaintView(
    Guid Id, Guid OrganizationId, string OrganizationName, string InspectionNumber, string Text, string Status, DateOnly ReceivedOn, DateOnly DueOn,
    string? HandlerName, DateOnly? AssignedOn, string? Reply, DateOnly? AnsweredOn, string? AnsweredBy, bool Overdue,
    string? Satisfaction, bool? CredentialsShown, bool? AskedBeyondLaw, string? Comment,
    IReadOnlyList<string> AllowedActions, IReadOnlyList<HandlerChoice> Handlers);

/// <summary>
/// One complaint with its rating: for the bureau head (who assigns), the assigned handler (who answers) and 上级监督 of the
/// subtree (read-only). The inspecting officers are refused like anyone else not named here.
/// </summary>
public sealed record GetVisitComplaint(Guid Id);

public sealed class GetVisitComplaintHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<VisitComplaintView> HandleAsync(GetVisitComplaint query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var k = await VisitComplaintSteps.LoadReadableAsync(db, query.Id, ct);
        return await VisitComplaintSteps.ViewAsync(db, clock, k, ct);
    }
}

/// <summary>指定办理人: the bureau head names a user of the bureau who took no part in the visit (<c>visit-complaint.handler-involved</c>).</summary>
public sealed record AssignVisitComplaint(Guid Id, Guid? HandlerUserId);

public sealed class AssignVisitComplaintHandler(WeijianDb db, TimeProvider clock, CalendarSource calendars)
{
    public async Task<VisitComplaintView> HandleAsync(AssignVisitComplaint command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.BureauHead);
        var orgId = db.Actor.RequireOrganization();
        var k = await db.Set<VisitComplaint>().SingleOrDefaultAsync(x => x.Id == command.Id, ct) ?? throw VisitComplaintSteps.NotFound();
        var userId = Input.Required(command.HandlerUserId, "handlerUserId", "办理人");
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.OrganizationId == orgId && u.IsActive, ct)
            ?? throw Input.Invalid("visit-complaint.handler-unknown", "handlerUserId", "办理人应为本单位在职用户");
        var involved = await VisitComplaintSteps.InvolvedUsersAsync(db, k.InspectionId, ct);
        var today = ChinaClock.Today(clock);
        var now = clock.GetUtcNow();
        k.Assign(user.Id, user.DisplayName, involved, db.Actor, today, now);

        // The answer clock moves from the bureau heads to the handler, with the same start and due date.
        var subject = k.Id.ToString();
        var open = await db.DeadlineClocks.Where(d => d.SubjectType == OfficerCodeSteps.ComplaintSubject && d.SubjectId == subject && d.Status == DeadlineStatus.Open).ToListAsync(ct);
        foreach (var d in open)
        {
            d.Close(DeadlineStatus.Cancelled, $"已指定{user.DisplayName}办理", now);
        }

        var deadline = Deadline.Compute(await calendars.GetAsync(db, ct), "R-OFF-5", RateVisitHandler.ReplyBasis, k.ReceivedOn, (int)(await RuleParameters.ResolveAsync(db, OfficerCodeRules.ComplaintReplyWorkingDays, orgId, k.ReceivedOn, ct)).Value, DeadlineUnit.WorkingDays);
        db.DeadlineClocks.Add(DeadlineClock.Open(orgId, user.Id, OfficerCodeSteps.ComplaintSubject, subject, $"检查{k.InspectionNumber}评价投诉：答复", deadline, now));
        db.Audit(orgId, OfficerCodeSteps.Assign, OfficerCodeSteps.ComplaintSubject, subject, new { Inspection = k.InspectionNumber, Handler = user.DisplayName, Due = k.DueOn });
        await db.SaveChangesAsync(ct);
        return await VisitComplaintSteps.ViewAsync(db, clock, k, ct);
    }
}

/// <summary>答复投诉: the assigned handler answers with the reply text; the clock closes (met or late, as the dates say).</summary>
public sealed record AnswerVisitComplaint(Guid Id, string? Reply);

public sealed class AnswerVisitComplaintHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<VisitComplaintView> HandleAsync(AnswerVisitComplaint command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var orgId = db.Actor.RequireOrganization();
        var k = await db.Set<VisitComplaint>().SingleOrDefaultAsync(x => x.Id == command.Id, ct) ?? throw VisitComplaintSteps.NotFound();
        var now = clock.GetUtcNow();
        k.Answer(command.Reply, db.Actor, ChinaClock.Today(clock), now);
        var subject = k.Id.ToString();
        foreach (var d in await db.DeadlineClocks.Where(d => d.SubjectType == OfficerCodeSteps.ComplaintSubject && d.SubjectId == subject && d.Status == DeadlineStatus.Open).ToListAsync(ct))
        {
            d.Close(DeadlineStatus.Met, "已答复", now);
        }

        db.Audit(orgId, OfficerCodeSteps.Answer, OfficerCodeSteps.ComplaintSubject, subject, new { Inspection = k.InspectionNumber, Handler = k.HandlerName, k.AnsweredOn });
        await db.SaveChangesAsync(ct);
        return await VisitComplaintSteps.ViewAsync(db, clock, k, ct);
    }
}

internal static class VisitComplaintSteps
{
    public static DomainRuleException NotFound() => DomainRuleException.NotFound("visit-complaint.not-found", "投诉不存在或无权查看");

    /// <summary>The users who took part in the visit (its officers' accounts): they may neither handle nor read the complaint.</summary>
    public static async Task<IReadOnlyCollection<Guid>> InvolvedUsersAsync(WeijianDb db, Guid inspectionId, CancellationToken ct)
    {
        var inspection = await db.Set<Inspection>().IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == inspectionId, ct);
        return inspection.Officers.Select(o => o.UserId).OfType<Guid>().ToHashSet();
    }

    public static async Task<VisitComplaint> LoadReadableAsync(WeijianDb db, Guid id, CancellationToken ct)
    {
        db.Actor.RequireOrganization();
        var k = await db.Set<VisitComplaint>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw NotFound();
        if (k.HandlerUserId is { } handler && handler == db.Actor.UserId && k.OrganizationId == db.Actor.OrganizationId)
        {
            return k;
        }

        if (!db.Actor.IsInRole(Roles.BureauHead) && !db.Actor.IsInRole(Roles.Supervisor))
        {
            throw NotFound();
        }

        // Own bureau for the head; the subtree for 上级监督 (OrganizationScope answers 404 outside it).
        var org = await OrganizationScope.VisibleAsync(db, k.OrganizationId, ct);
        if (org.Id != db.Actor.OrganizationId && !db.Actor.IsInRole(Roles.Supervisor))
        {
            throw NotFound();
        }

        return k;
    }

    public static async Task<VisitComplaintView> ViewAsync(WeijianDb db, TimeProvider clock, VisitComplaint k, CancellationToken ct)
    {
        var c = await db.Set<VisitConfirmation>().IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == k.ConfirmationId, ct);
        var orgName = await db.Organizations.Where(o => o.Id == k.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        var inOwn = k.OrganizationId == db.Actor.OrganizationId;
        var actions = ComplaintWorkflow.Table
            .Where(t => inOwn && t.From.Contains(k.Status) && t.Roles.Any(db.Actor.IsInRole))
            .Where(t => t.Action != ComplaintAction.Answer || k.HandlerUserId == db.Actor.UserId)
            .Select(t => t.Action.ToString()).ToList();
        IReadOnlyList<HandlerChoice> handlers = [];
        if (actions.Contains(nameof(ComplaintAction.Assign)))
        {
            var involved = await InvolvedUsersAsync(db, k.InspectionId, ct);
            handlers = await db.Users.AsNoTracking().Where(u => u.OrganizationId == k.OrganizationId && u.IsActive && !involved.Contains(u.Id))
                .OrderBy(u => u.DisplayName).Select(u => new HandlerChoice(u.Id, u.DisplayName)).ToListAsync(ct);
        }

        var today = ChinaClock.Today(clock);
        return new VisitComplaintView(
            k.Id, k.OrganizationId, orgName, k.InspectionNumber, k.Text, VisitRatingNames.Of(k.Status), k.ReceivedOn, k.DueOn, k.HandlerName, k.AssignedOn, k.Reply,
            k.AnsweredOn, k.AnsweredBy, k.Status != ComplaintStatus.Answered && today > k.DueOn,
            c.Satisfaction is { } s ? VisitRatingNames.Of(s) : null, c.CredentialsShown, c.AskedBeyondLaw, c.Comment, actions, handlers);
    }
}
