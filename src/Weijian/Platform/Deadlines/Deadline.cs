using Weijian.Platform.Calendar;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Deadlines;

/// <summary>
/// A legal period and its due date, computed from the official calendar (R-CAL-1 … R-CAL-5, R-CAL-11).
/// Immutable: build one with <see cref="Compute"/>; <see cref="WithPause"/> returns a recomputed copy.
/// <list type="bullet">
/// <item>The start day is never counted (R-CAL-5).</item>
/// <item><see cref="DeadlineUnit.WorkingDays"/>: <see cref="Due"/> is the Count-th working day after the start;
/// working days inside a pause are not counted.</item>
/// <item><see cref="DeadlineUnit.CalendarDays"/>: the Count-th calendar day after the start, paused days not
/// counted; if that day is a holiday or rest day, the period ends on the next working day (R-CAL-5, R-CAL-11).</item>
/// <item><see cref="DeadlineUnit.Months"/>: the same day of the month Count months later (the month's last day if it
/// has no such day), later by the paused days within the period, then the same rest-day extension.</item>
/// </list>
/// A pause only moves the due date for the days it overlaps the running period; a pause after the period has run
/// out does not revive it. Every date the computation inspects must be in a loaded calendar year, else
/// <c>calendar.year-not-loaded</c>.
/// </summary>
public sealed record Deadline
{
    public const string InvalidCountCode = "deadline.invalid-count";

    private Deadline(
        string ruleId,
        string legalBasis,
        DeadlineUnit unit,
        int count,
        DateOnly start,
        IReadOnlyList<PausedInterval> pauses,
        DateOnly nominalDue,
        DateOnly due,
        string ruleApplied)
    {
        RuleId = ruleId;
        LegalBasis = legalBasis;
        Unit = unit;
        Count = count;
        Start = start;
        Pauses = pauses;
        NominalDue = nominalDue;
        Due = due;
        RuleApplied = ruleApplied;
    }

    /// <summary>The rule that sets the period, e.g. "R-LIC-4".</summary>
    public string RuleId { get; }

    /// <summary>The legal text, e.g. "行政许可法第四十二条"; empty when a bare counting question is asked (期限计算器).</summary>
    public string LegalBasis { get; }

    public DeadlineUnit Unit { get; }

    public int Count { get; }

    /// <summary>The day the period is counted from; not itself counted.</summary>
    public DateOnly Start { get; }

    /// <summary>Pauses in the order given.</summary>
    public IReadOnlyList<PausedInterval> Pauses { get; }

    /// <summary>The day the count ends, before any rest-day extension; equals <see cref="Due"/> for working days.</summary>
    public DateOnly NominalDue { get; }

    /// <summary>The last day on which the act is on time.</summary>
    public DateOnly Due { get; }

    /// <summary>True when the count ended on a holiday or rest day and the period moved to the next working day.</summary>
    public bool IsExtended => Due != NominalDue;

    /// <summary>A Chinese sentence naming the counting rule and its rule ids, and any extension.</summary>
    public string RuleApplied { get; }

    /// <summary>Computes a deadline; see the type's remarks for the counting rules.</summary>
    public static Deadline Compute(
        BusinessCalendar calendar,
        string ruleId,
        string legalBasis,
        DateOnly start,
        int count,
        DeadlineUnit unit,
        IReadOnlyList<PausedInterval>? pauses = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleId);
        ArgumentNullException.ThrowIfNull(legalBasis);
        if (!Enum.IsDefined(unit))
        {
            throw DeadlineUnitNames.Unknown(unit.ToString());
        }

        if (count < 1)
        {
            throw new DomainRuleException(InvalidCountCode, $"期限数值必须是不小于1的整数，实际为{count}")
            {
                Fields = ["count"],
            };
        }

        PausedInterval[] pauseList = pauses is null ? [] : [.. pauses];
        if (pauseList.Any(p => p is null))
        {
            throw new ArgumentException("Pauses must not contain null.", nameof(pauses));
        }

        var stops = new Stops(start, pauseList);
        return unit == DeadlineUnit.WorkingDays
            ? ComputeWorkingDays(calendar, ruleId, legalBasis, start, count, pauseList, stops)
            : ComputeCalendarPeriod(calendar, ruleId, legalBasis, start, count, unit, pauseList, stops);
    }

    /// <summary>The same period recomputed with one more pause (e.g. a hearing that stops the clock).</summary>
    public Deadline WithPause(BusinessCalendar calendar, PausedInterval pause)
    {
        ArgumentNullException.ThrowIfNull(pause);
        return Compute(calendar, RuleId, LegalBasis, Start, Count, Unit, [.. Pauses, pause]);
    }

    public bool Equals(Deadline? other) =>
        other is not null
        && RuleId == other.RuleId
        && LegalBasis == other.LegalBasis
        && Unit == other.Unit
        && Count == other.Count
        && Start == other.Start
        && Pauses.SequenceEqual(other.Pauses)
        && NominalDue == other.NominalDue
        && Due == other.Due
        && RuleApplied == other.RuleApplied;

    public override int GetHashCode() => HashCode.Combine(RuleId, Unit, Count, Start, Pauses.Count, Due);

    /// <summary>E.g. "R-LIC-4（行政许可法第四十二条）：2026-03-02起20个工作日，届满日2026-03-30".</summary>
    public override string ToString() =>
        (LegalBasis.Length == 0 ? RuleId : $"{RuleId}（{LegalBasis}）") + $"：{Iso(Start)}起{Count}{CountWord(Unit)}，届满日{Iso(Due)}";

    private static Deadline ComputeWorkingDays(
        BusinessCalendar calendar,
        string ruleId,
        string legalBasis,
        DateOnly start,
        int count,
        PausedInterval[] pauses,
        Stops stops)
    {
        var day = start;
        var counted = 0;
        while (counted < count)
        {
            day = BusinessCalendar.NextDay(day);
            if (stops.EndOfStopContaining(day) is { } stopEnd)
            {
                day = stopEnd;
                continue;
            }

            if (calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }

        var cite = Cite(LawCountingRule(ruleId, DeadlineUnit.WorkingDays), "R-CAL-11");
        var pausePart = PausesWithin(pauses, start, day) is { Length: > 0 } list
            ? $"，暂停期间（{list}）内的工作日不计"
            : "";
        var text = $"{cite}：按工作日计算，起算日{Iso(start)}不计入，法定节假日及休息日不计，调休上班日计入{pausePart}；"
            + $"第{count}个工作日为{Iso(day)}";
        return new Deadline(ruleId, legalBasis, DeadlineUnit.WorkingDays, count, start, pauses, day, day, text);
    }

    private static Deadline ComputeCalendarPeriod(
        BusinessCalendar calendar,
        string ruleId,
        string legalBasis,
        DateOnly start,
        int count,
        DeadlineUnit unit,
        PausedInterval[] pauses,
        Stops stops)
    {
        // The period's length in calendar days: count days, or up to the corresponding day count months later.
        DateOnly? anniversary = unit == DeadlineUnit.Months ? AddMonths(start, count) : null;
        long length = anniversary is { } corresponding ? corresponding.DayNumber - start.DayNumber : count;

        var nominal = stops.CountUnpausedDays(length);
        var pausedDays = nominal.DayNumber - start.DayNumber - length;

        // R-CAL-5/R-CAL-11: a last day that is a holiday or rest day moves to the next working day
        // (and past any pause the clock is standing in).
        var due = nominal;
        while (true)
        {
            if (stops.EndOfStopContaining(due) is { } stopEnd)
            {
                due = BusinessCalendar.NextDay(stopEnd);
                continue;
            }

            if (calendar.IsWorkingDay(due))
            {
                break;
            }

            due = BusinessCalendar.NextDay(due);
        }

        string text;
        var pausePart = PausesWithin(pauses, start, nominal) is { Length: > 0 } list
            ? $"，暂停期间（{list}）共{pausedDays}日不计入"
            : "";
        if (anniversary is { } monthEnd)
        {
            var clampNote = monthEnd.Day < start.Day ? "（该月无对应日，以该月最后一日为准）" : "";
            var movedByPauses = pausedDays > 0 ? $"，届满日相应顺延为{Iso(nominal)}" : "";
            text = $"{Cite("R-CAL-5", "R-CAL-11")}：按月计算，起算日{Iso(start)}不计入，期间届至{count}个月后的对应日{Iso(monthEnd)}"
                + $"{clampNote}{pausePart}{movedByPauses}";
        }
        else
        {
            var cite = Cite(LawCountingRule(ruleId, DeadlineUnit.CalendarDays), "R-CAL-5", "R-CAL-11");
            text = $"{cite}：按自然日计算，起算日{Iso(start)}不计入{pausePart}；第{count}日为{Iso(nominal)}";
        }

        text += EndOfPeriod(calendar.Describe(nominal), due);
        return new Deadline(ruleId, legalBasis, unit, count, start, pauses, nominal, due, text);
    }

    private static string EndOfPeriod(CalendarDayInfo last, DateOnly due) => last.Kind switch
    {
        CalendarDayKind.StatutoryHoliday => $"；届满日{Iso(last.Date)}为法定节假日（{last.Name}），顺延至{Iso(due)}",
        CalendarDayKind.RestDay => $"；届满日{Iso(last.Date)}为休息日，顺延至{Iso(due)}",
        CalendarDayKind.AdjustedWorkday => $"；届满日{Iso(due)}为调休上班日（{last.Name}），按工作日计，不顺延",
        _ => $"；届满日{Iso(due)}为工作日",
    };

    /// <summary>
    /// Which CAL rule says how this law counts its periods, from the rule family of <paramref name="ruleId"/>:
    /// 行政处罚 R-CAL-1, 行政许可 R-CAL-2 (working days only), 行政复议 R-CAL-3, 政府信息公开/信访/医疗纠纷 R-CAL-6.
    /// </summary>
    private static string? LawCountingRule(string ruleId, DeadlineUnit unit)
    {
        var parts = ruleId.Split('-');
        var family = parts.Length >= 2 ? parts[1].ToUpperInvariant() : "";
        return family switch
        {
            "PEN" => "R-CAL-1",
            "LIC" when unit == DeadlineUnit.WorkingDays => "R-CAL-2",
            "REC" => "R-CAL-3",
            "OGI" or "PET" or "MED" => "R-CAL-6",
            _ => null,
        };
    }

    private static string Cite(params string?[] ruleIds) => string.Join("/", ruleIds.Where(r => r is not null));

    private static string PausesWithin(PausedInterval[] pauses, DateOnly start, DateOnly end) =>
        string.Join("、", pauses.Where(p => p.To > start && p.From <= end).Select(p => p.ToString()));

    private static DateOnly AddMonths(DateOnly start, int count)
    {
        var targetYear = start.Year + ((start.Month - 1L + count) / 12);
        return targetYear > DateOnly.MaxValue.Year
            ? throw BusinessCalendar.YearNotLoaded(targetYear > int.MaxValue ? int.MaxValue : (int)targetYear)
            : start.AddMonths(count);
    }

    private static string CountWord(DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.WorkingDays => "个工作日",
        DeadlineUnit.Months => "个月",
        _ => "日",
    };

    private static string Iso(DateOnly date) => CalendarText.Iso(date);

    /// <summary>The pauses after the start day, merged into disjoint ascending day-number intervals.</summary>
    private sealed class Stops
    {
        private readonly List<(int From, int To)> _intervals = [];
        private readonly DateOnly _start;

        public Stops(DateOnly start, PausedInterval[] pauses)
        {
            _start = start;
            foreach (var (from, to) in pauses
                .Where(p => p.To > start)
                .Select(p => (From: Math.Max(p.From.DayNumber, start.DayNumber + 1), To: p.To.DayNumber))
                .OrderBy(i => i.From))
            {
                if (_intervals.Count > 0 && from <= _intervals[^1].To + 1)
                {
                    _intervals[^1] = (_intervals[^1].From, Math.Max(_intervals[^1].To, to));
                }
                else
                {
                    _intervals.Add((from, to));
                }
            }
        }

        /// <summary>The last day of the pause containing <paramref name="date"/>, or null if the clock runs that day.</summary>
        public DateOnly? EndOfStopContaining(DateOnly date)
        {
            foreach (var (from, to) in _intervals)
            {
                if (from <= date.DayNumber && date.DayNumber <= to)
                {
                    return DateOnly.FromDayNumber(to);
                }
            }

            return null;
        }

        /// <summary>The day on which the <paramref name="length"/>-th unpaused day after the start falls.</summary>
        public DateOnly CountUnpausedDays(long length)
        {
            long cursor = _start.DayNumber;
            var remaining = length;
            foreach (var (from, to) in _intervals)
            {
                var free = from - 1 - cursor;
                if (remaining <= free)
                {
                    break;
                }

                remaining -= free;
                cursor = to;
            }

            var day = cursor + remaining;
            if (day > DateOnly.MaxValue.DayNumber)
            {
                throw BusinessCalendar.YearNotLoaded(DateOnly.MaxValue.Year + 1);
            }

            return DateOnly.FromDayNumber((int)day);
        }
    }
}
