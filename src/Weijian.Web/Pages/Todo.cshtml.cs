using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages;

/// <summary>我的待办: the open legal clocks assigned to me, most urgent first.</summary>
public sealed class TodoModel(ListMyDeadlinesHandler deadlines) : WeijianPageModel
{
    public Paged<DeadlineView> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager => Pager.From(Result, "/Todo", RequestedPageSize);

    private int? RequestedPageSize { get; set; }

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        RequestedPageSize = pageSize;
        Result = await deadlines.HandleAsync(new ListMyDeadlines(page, pageSize ?? 20), ct);
        return Page();
    });

    /// <summary>已逾期 / 3天内到期 / 正常, with its badge colour.</summary>
    public static (string Text, string Css) Status(DeadlineView d) =>
        d.IsOverdue || d.CalendarDaysLeft < 0 ? ("已逾期", "badge-red")
        : d.CalendarDaysLeft <= CountMyDeadlinesHandler.DueSoonDays ? ("3天内到期", "badge-amber")
        : ("正常", "badge-green");

    public static string DaysLeft(DeadlineView d) =>
        d.CalendarDaysLeft switch
        {
            < 0 => $"逾期 {-d.CalendarDaysLeft} 天",
            0 => "今日届满",
            _ => $"{d.CalendarDaysLeft} 天",
        };
}
