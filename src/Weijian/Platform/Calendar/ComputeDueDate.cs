using Weijian.Platform.Deadlines;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Calendar;

/// <summary>"When is this due?" — the 期限计算器 of the UI, the API and <c>weijian calendar due</c>.</summary>
public sealed record ComputeDueDate(DateOnly? From, int? Count, string? Unit, string? RuleId = null, string? LegalBasis = null);

public sealed class ComputeDueDateHandler(WeijianDb db, CalendarSource calendars)
{
    public async Task<Deadline> HandleAsync(ComputeDueDate query, CancellationToken ct)
    {
        var from = Input.Required(query.From, "from", "起算日");
        var count = Input.Required(query.Count, "count", "期限天数");
        var unit = DeadlineUnitNames.Parse(Input.Text(query.Unit, "unit", "计算单位", 20));
        var calendar = await calendars.GetAsync(db, ct);
        return Deadline.Compute(
            calendar,
            string.IsNullOrWhiteSpace(query.RuleId) ? DefaultRule(unit) : query.RuleId.Trim(),
            string.IsNullOrWhiteSpace(query.LegalBasis) ? "" : query.LegalBasis.Trim(),
            from,
            count,
            unit);
    }

    /// <summary>The counting rule itself, when the caller names no statute: R-CAL-11 for working days, R-CAL-5 otherwise.</summary>
    private static string DefaultRule(DeadlineUnit unit) => unit == DeadlineUnit.WorkingDays ? "R-CAL-11" : "R-CAL-5";
}
