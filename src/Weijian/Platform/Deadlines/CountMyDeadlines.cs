using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Deadlines;

/// <summary>The 工作台 counters of "我的待办": open clocks assigned to the signed-in user, how many are overdue, how many fall due within 3 days.</summary>
public sealed record CountMyDeadlines;

public sealed record MyDeadlineCounts(int Open, int Overdue, int DueSoon);

public sealed class CountMyDeadlinesHandler(WeijianDb db, TimeProvider clock)
{
    /// <summary>"Due soon" = due today or within the next 3 calendar days and not yet overdue.</summary>
    public const int DueSoonDays = 3;

    public async Task<MyDeadlineCounts> HandleAsync(CountMyDeadlines query, CancellationToken ct)
    {
        var userId = db.Actor.UserId ?? throw DomainRuleException.Forbidden("auth.sign-in-required", "请先登录");
        var today = ChinaClock.Today(clock);
        var soon = today.AddDays(DueSoonDays);
        var mine = db.DeadlineClocks.AsNoTracking().Where(d => d.AssigneeId == userId && d.Status == DeadlineStatus.Open);
        var open = await mine.CountAsync(ct);
        var overdue = await mine.CountAsync(d => d.Due < today, ct);
        var dueSoon = await mine.CountAsync(d => d.Due >= today && d.Due <= soon, ct);
        return new MyDeadlineCounts(open, overdue, dueSoon);
    }
}
