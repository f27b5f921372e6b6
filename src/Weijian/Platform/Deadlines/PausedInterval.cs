using System.Text.Json.Serialization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Deadlines;

/// <summary>
/// Days a legal clock stands still because the law excludes them (hearing, testing, appraisal, time in
/// transit — R-CAL-5, e.g. R-MED-3 "appraisal time is excluded"). <see cref="From"/> and <see cref="To"/> are
/// both inclusive; <see cref="Reason"/> says why (e.g. "听证"). Serializable with System.Text.Json.
/// </summary>
public sealed record PausedInterval
{
    public const string InvalidPauseCode = "deadline.invalid-pause";

    public PausedInterval(DateOnly from, DateOnly to, string reason = "")
    {
        if (from > to)
        {
            throw new DomainRuleException(
                InvalidPauseCode,
                $"暂停期间的开始日{CalendarText.Iso(from)}晚于结束日{CalendarText.Iso(to)}")
            {
                Fields = ["from", "to"],
            };
        }

        From = from;
        To = to;
        Reason = reason?.Trim() ?? "";
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public string Reason { get; }

    /// <summary>Number of calendar days in the interval.</summary>
    [JsonIgnore]
    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly date) => From <= date && date <= To;

    /// <summary>E.g. "2026-03-05至2026-03-10（听证）".</summary>
    public override string ToString() =>
        Reason.Length == 0
            ? $"{CalendarText.Iso(From)}至{CalendarText.Iso(To)}"
            : $"{CalendarText.Iso(From)}至{CalendarText.Iso(To)}（{Reason}）";
}
