using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;

namespace Weijian.Licensing.Applications;

/// <summary>
/// The periods of a license application on the working-day calendar (R-CAL-2: 行政许可法第八十二条, the authority's
/// periods are working days, holidays excluded). Pure, so the worked examples across 国庆 and 春节 are unit-tested.
/// </summary>
public static class ApplicationDeadlines
{
    /// <summary>R-LIC-2: one-time notice on the spot or within 5 working days of the materials' arrival.</summary>
    public const int NoticeDays = 5;

    /// <summary>R-LIC-4: one extension of 10 working days.</summary>
    public const int ExtensionDays = 10;

    /// <summary>R-LIC-5: the certificate is served within 10 working days of the decision.</summary>
    public const int CertificateDays = 10;

    /// <summary>
    /// R-LIC-8 (行政许可法第五十条): a renewal is filed at least 30 days before expiry. The 30 days are the applicant's
    /// period, not the authority's, so they are counted in calendar days (Art.82 governs the authority's periods).
    /// </summary>
    public const int RenewalLeadDays = 30;

    public static Deadline Notice(BusinessCalendar calendar, DateOnly receivedOn) =>
        Deadline.Compute(calendar, "R-LIC-2", "行政许可法第三十二条", receivedOn, NoticeDays, DeadlineUnit.WorkingDays);

    /// <summary>Deemed acceptance applies once the notice window has run out without a notice (R-LIC-2).</summary>
    public static bool NoticeWindowPassed(BusinessCalendar calendar, DateOnly receivedOn, DateOnly today) => today > Notice(calendar, receivedOn).Due;

    /// <summary>
    /// The legal deadline of the decision: the item's statutory working days from acceptance (20 under Art.42 unless a
    /// special law says otherwise), 10 more once extended (R-LIC-4), excluded periods not counted (R-LIC-6).
    /// </summary>
    public static Deadline Decision(BusinessCalendar calendar, DateOnly acceptedOn, int statutoryDays, bool extended, IEnumerable<ExcludedPeriod> pauses) =>
        Deadline.Compute(
            calendar, "R-LIC-4", extended ? "行政许可法第四十二条（已延长10个工作日）" : "行政许可法第四十二条", acceptedOn, statutoryDays + (extended ? ExtensionDays : 0),
            DeadlineUnit.WorkingDays, Closed(pauses));

    /// <summary>The window's promised target (R-LIC-14); the day of acceptance for an on-the-spot item.</summary>
    public static DateOnly Promised(BusinessCalendar calendar, DateOnly acceptedOn, int promisedDays, IEnumerable<ExcludedPeriod> pauses) =>
        promisedDays <= 0
            ? acceptedOn
            : Deadline.Compute(calendar, "R-LIC-14", "承诺办结时限", acceptedOn, promisedDays, DeadlineUnit.WorkingDays, Closed(pauses)).Due;

    public static Deadline Certificate(BusinessCalendar calendar, DateOnly decidedOn) =>
        Deadline.Compute(calendar, "R-LIC-5", "行政许可法第四十四条", decidedOn, CertificateDays, DeadlineUnit.WorkingDays);

    public static Deadline Rongque(BusinessCalendar calendar, DateOnly acceptedOn, int days) =>
        Deadline.Compute(calendar, "R-LIC-14", "容缺受理补齐材料时限", acceptedOn, Math.Max(days, 1), DeadlineUnit.WorkingDays);

    /// <summary>R-LIC-8: the last day a renewal may be filed.</summary>
    public static DateOnly LastRenewalFilingDay(DateOnly validUntil) => validUntil.AddDays(-RenewalLeadDays);

    /// <summary>R-LIC-8: undecided on the expiry day → deemed renewed on the day after.</summary>
    public static bool RenewalDeemed(DateOnly validUntil, DateOnly today) => today > validUntil;

    /// <summary>The new period of a renewed license: from the day after the old one ends, for the item's years.</summary>
    public static DateOnly RenewedUntil(DateOnly validUntil, int years) => validUntil.AddYears(years);

    /// <summary>Working days left until <paramref name="due"/> (negative when overdue), today not counted.</summary>
    public static int WorkingDaysLeft(BusinessCalendar calendar, DateOnly today, DateOnly due)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var sign = due >= today ? 1 : -1;
        var (from, to) = sign > 0 ? (today, due) : (due, today);
        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (!calendar.IsYearLoaded(d.Year))
            {
                break;
            }

            if (calendar.IsWorkingDay(d))
            {
                n++;
            }
        }

        return sign * n;
    }

    /// <summary>Working days from <paramref name="from"/> (not counted) to <paramref name="to"/>, for the statistics.</summary>
    public static int WorkingDaysBetween(BusinessCalendar calendar, DateOnly from, DateOnly to) => to <= from ? 0 : WorkingDaysLeft(calendar, from, to);

    private static List<PausedInterval> Closed(IEnumerable<ExcludedPeriod> pauses) =>
        [.. pauses.Where(p => p.To is not null).Select(p => new PausedInterval(p.From, p.To!.Value, ApplicationNames.Of(p.Kind)))];
}
