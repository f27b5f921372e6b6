using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Web.Pages.Calendar;

/// <summary>期限计算: "when is this due?" from the official calendar, and the loaded 放假调休 schedules.</summary>
public sealed class IndexModel(ComputeDueDateHandler compute, CalendarSource calendars, WeijianDb db) : WeijianPageModel
{
    /// <summary>起算日, yyyy-MM-dd (a date input).</summary>
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Count { get; set; }

    /// <summary>working / calendar / months.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; } = "working";

    [BindProperty(SupportsGet = true)]
    public string? RuleId { get; set; }

    public Deadline? Result { get; private set; }

    public IReadOnlyList<CalendarYear> Years { get; private set; } = [];

    /// <summary>What kind of day the due date is (工作日 / 调休上班日 …), when computed.</summary>
    public CalendarDayInfo? DueDay { get; private set; }

    public static IReadOnlyList<(string Value, string Name)> Units { get; } =
    [
        (DeadlineUnit.WorkingDays.ToCliName(), DeadlineUnit.WorkingDays.ToChineseName()),
        (DeadlineUnit.CalendarDays.ToCliName(), DeadlineUnit.CalendarDays.ToChineseName()),
        (DeadlineUnit.Months.ToCliName(), DeadlineUnit.Months.ToChineseName()),
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var asked = Request.Query.ContainsKey(nameof(From)); // query keys are case-insensitive
        var result = await RunAsync(async () =>
        {
            if (asked)
            {
                var from = ParseDate();
                var count = ParseCount();
                if (ModelState.IsValid)
                {
                    Result = await compute.HandleAsync(new ComputeDueDate(from, count, Unit, RuleId), ct);
                }
            }

            return Page();
        });
        try
        {
            var calendar = await calendars.GetAsync(db, ct);
            Years = calendar.Years;
            DueDay = Result is not null && calendar.IsYearLoaded(Result.Due.Year) ? calendar.Describe(Result.Due) : null;
        }
        catch (DomainRuleException e)
        {
            AddRuleError(e);
        }

        return result;
    }

    private DateOnly? ParseDate()
    {
        if (string.IsNullOrWhiteSpace(From))
        {
            return null; // the handler says "起算日不能为空"
        }

        if (DateOnly.TryParseExact(From.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        AddFieldError(nameof(From), "起算日格式不正确，应为“年-月-日”，如 2026-03-02");
        return null;
    }

    private int? ParseCount()
    {
        if (string.IsNullOrWhiteSpace(Count))
        {
            return null; // the handler says "期限天数不能为空"
        }

        if (int.TryParse(Count.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        AddFieldError(nameof(Count), "期限应为整数，如 20");
        return null;
    }
}
