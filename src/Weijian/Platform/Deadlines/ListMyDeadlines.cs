using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Deadlines;

/// <summary>"我的待办": the open clocks assigned to the signed-in user, most urgent first.</summary>
public sealed record ListMyDeadlines(int? Page = 1, int? PageSize = 50);

public sealed record DeadlineView(
    Guid Id, string Title, string SubjectType, string SubjectId, string RuleId, string LegalBasis, string Unit, int Count,
    DateOnly Start, DateOnly Due, string Status, bool IsOverdue, int CalendarDaysLeft, string RuleApplied);

public sealed class ListMyDeadlinesHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<Paged<DeadlineView>> HandleAsync(ListMyDeadlines query, CancellationToken ct)
    {
        var userId = db.Actor.UserId ?? throw DomainRuleException.Forbidden("auth.sign-in-required", "请先登录");
        var q = db.DeadlineClocks.AsNoTracking()
            .Where(d => d.AssigneeId == userId && d.Status == DeadlineStatus.Open)
            .OrderBy(d => d.Due).ThenBy(d => d.OpenedAt);
        var page = await Paged.FromQueryAsync(q, query.Page, query.PageSize, ct);
        var today = ChinaClock.Today(clock);
        return new Paged<DeadlineView>(page.Items.Select(d => DeadlineViews.From(d, today)).ToList(), page.Total, page.Page, page.PageSize);
    }
}

public sealed record GetDeadline(Guid Id);

public sealed class GetDeadlineHandler(WeijianDb db, TimeProvider clock)
{
    public async Task<DeadlineView> HandleAsync(GetDeadline query, CancellationToken ct)
    {
        db.Actor.RequireOrganization();
        var clockRow = await db.DeadlineClocks.AsNoTracking().SingleOrDefaultAsync(d => d.Id == query.Id, ct)
            ?? throw DomainRuleException.NotFound("deadline.not-found", "期限不存在或无权访问");
        return DeadlineViews.From(clockRow, ChinaClock.Today(clock));
    }
}

public static class DeadlineViews
{
    public static DeadlineView From(DeadlineClock d, DateOnly today) => new(
        d.Id, d.Title, d.SubjectType, d.SubjectId, d.RuleId, d.LegalBasis, d.Unit.ToWireName(), d.Count, d.Start, d.Due,
        d.Status.ToString(), d.IsOverdue(today), d.Due.DayNumber - today.DayNumber, d.RuleApplied);
}
