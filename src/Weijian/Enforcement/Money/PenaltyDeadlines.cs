using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Money;

/// <summary>
/// The legal clocks of a penalty case, as <see cref="Deadline"/>s computed on the official calendar. Units follow the
/// law that sets each period: 行政处罚法's 二/三/五/七日 are working days (R-CAL-1, Art.85), its other periods calendar
/// days; 行政强制法's periods of ten days or less are working days (R-CAL-4, Art.69); a calendar-day period ending on a
/// holiday or rest day ends on the next working day (R-CAL-5, R-CAL-11). The start day is never counted. Every date
/// the computation touches must be in a loaded calendar year (<c>calendar.year-not-loaded</c>).
/// </summary>
public static class PenaltyDeadlines
{
    public const string InvalidDefenseDaysCode = "penalty.defense-days";

    /// <summary>R-PEN-6: 90 days after filing.</summary>
    public const int DecisionDays = 90;

    /// <summary>
    /// R-PEN-6 (行政处罚法第六十条): decide within 90 calendar days of filing (<paramref name="filedOn"/>), the days of any
    /// approved <paramref name="extensions"/> (listed causes only, see <see cref="DecisionExtensionCause"/>) not counted.
    /// </summary>
    public static Deadline DecisionPeriod(
        BusinessCalendar calendar, DateOnly filedOn, IReadOnlyList<DecisionPeriodExtension>? extensions = null)
    {
        var pauses = (extensions ?? []).Select(e => (e ?? throw new ArgumentException("Extensions must not contain null.", nameof(extensions))).ToPause()).ToList();
        return Deadline.Compute(calendar, "R-PEN-6", "行政处罚法第六十条", filedOn, DecisionDays, DeadlineUnit.CalendarDays, pauses);
    }

    /// <summary>
    /// R-PEN-15 陈述、申辩: the period the party is given after the 事先告知书 is served. The law sets no length; three
    /// working days is the customary practice (local 文书 forms), so <paramref name="workingDays"/> defaults to 3 and a
    /// province may configure another value (≥ 1, else <c>penalty.defense-days</c>).
    /// </summary>
    public static Deadline DefensePeriod(BusinessCalendar calendar, DateOnly noticeServedOn, int workingDays = 3)
    {
        if (workingDays < 1)
        {
            throw Input.Invalid(InvalidDefenseDaysCode, "workingDays", $"陈述申辩期限应不少于1个工作日，实际为{workingDays}");
        }

        return Deadline.Compute(
            calendar,
            "R-PEN-15",
            "行政处罚法第四十四条、第四十五条（期限为实践惯例，法律未规定）",
            noticeServedOn,
            workingDays,
            DeadlineUnit.WorkingDays);
    }

    /// <summary>R-PEN-17 (行政处罚法第六十四条第一项, 第八十五条): the party asks for a hearing within 5 working days of the notice.</summary>
    public static Deadline HearingRequestPeriod(BusinessCalendar calendar, DateOnly noticeServedOn) =>
        Deadline.Compute(calendar, "R-PEN-17", "行政处罚法第六十四条第一项", noticeServedOn, 5, DeadlineUnit.WorkingDays);

    /// <summary>
    /// R-PEN-17 (行政处罚法第六十四条第二项, 第八十五条): the time and place are notified 7 working days before the hearing.
    /// The 7th working day after the hearing notice is served (<see cref="Deadline.Due"/>) is the earliest day the
    /// hearing may be held: counted back from the hearing day (not counted), the notice day is then the 7th working day.
    /// </summary>
    public static Deadline HearingNoticePeriod(BusinessCalendar calendar, DateOnly hearingNoticeServedOn) =>
        Deadline.Compute(calendar, "R-PEN-17", "行政处罚法第六十四条第二项", hearingNoticeServedOn, 7, DeadlineUnit.WorkingDays);

    /// <summary>R-PEN-17: the earliest hearing date for a hearing notice served on <paramref name="hearingNoticeServedOn"/>.</summary>
    public static DateOnly EarliestHearingDate(BusinessCalendar calendar, DateOnly hearingNoticeServedOn) =>
        HearingNoticePeriod(calendar, hearingNoticeServedOn).Due;

    /// <summary>R-PEN-17: whether a hearing on <paramref name="hearingOn"/> respects the 7-working-day notice.</summary>
    public static bool IsHearingNoticeTimely(BusinessCalendar calendar, DateOnly hearingNoticeServedOn, DateOnly hearingOn) =>
        hearingOn >= EarliestHearingDate(calendar, hearingNoticeServedOn);

    /// <summary>
    /// R-PEN-24 (行政处罚法第六十一条第一款): a decision not handed over when announced (<paramref name="announcedOn"/>)
    /// is served within 7 working days.
    /// </summary>
    public static Deadline ServicePeriod(BusinessCalendar calendar, DateOnly announcedOn) =>
        Deadline.Compute(calendar, "R-PEN-24", "行政处罚法第六十一条第一款", announcedOn, 7, DeadlineUnit.WorkingDays);

    /// <summary>
    /// R-PEN-25 (民事诉讼法第九十五条): 公告送达 is deemed served 30 days after publication. <see cref="Deadline.Due"/> is
    /// used as the day service takes effect: when the 30th day is a holiday it moves to the next working day (R-CAL-5),
    /// which can only start the party's own periods (payment, 复议, 诉讼) later, never earlier.
    /// </summary>
    public static Deadline PublicNoticeService(BusinessCalendar calendar, DateOnly publishedOn) =>
        Deadline.Compute(calendar, "R-PEN-25", "民事诉讼法第九十五条", publishedOn, 30, DeadlineUnit.CalendarDays);

    /// <summary>R-PEN-26 (行政处罚法第六十七条第三款): pay within 15 calendar days of receiving the decision.</summary>
    public static Deadline PaymentPeriod(BusinessCalendar calendar, DateOnly decisionReceivedOn) =>
        PaymentPlan.StatutoryPaymentPeriod(calendar, decisionReceivedOn);

    /// <summary>
    /// R-PEN-14 (行政处罚法第五十六条, 第八十五条): evidence under 先行登记保存 is disposed of within 7 working days of the
    /// preservation.
    /// </summary>
    public static Deadline PreservationDisposalPeriod(BusinessCalendar calendar, DateOnly preservedOn) =>
        Deadline.Compute(calendar, "R-PEN-14", "行政处罚法第五十六条", preservedOn, 7, DeadlineUnit.WorkingDays);

    /// <summary>
    /// R-PEN-30 (行政执法机关移送涉嫌犯罪案件的规定第五条): the head decides on a criminal referral within 3 days of the
    /// officers' report. That regulation does not say working days and 行政处罚法第八十五条 covers only that law's own
    /// periods, so the days are calendar days with the holiday rule (R-CAL-5) — the stricter reading.
    /// </summary>
    public static Deadline ReferralDecisionPeriod(BusinessCalendar calendar, DateOnly reportedOn) =>
        Deadline.Compute(calendar, "R-PEN-30", "行政执法机关移送涉嫌犯罪案件的规定第五条", reportedOn, 3, DeadlineUnit.CalendarDays);

    /// <summary>
    /// R-PEN-30 (同规定第五条): once the head approves a referral, the case is transferred to the police within 24 hours —
    /// a period in hours, so it is the exact moment, unaffected by holidays.
    /// </summary>
    public static DateTimeOffset ReferralTransferDueBy(DateTimeOffset approvedAt) => approvedAt.AddHours(24);

    /// <summary>
    /// R-PEN-28 (行政强制法第五十四条, 第六十九条): the party has 10 working days after the written 催告 is served; the
    /// application to court may be made once they have passed. See <see cref="CourtEnforcementWindow"/> for the whole window.
    /// </summary>
    public static Deadline ReminderPeriod(BusinessCalendar calendar, DateOnly reminderServedOn) =>
        Deadline.Compute(calendar, "R-PEN-28", "行政强制法第五十四条", reminderServedOn, 10, DeadlineUnit.WorkingDays);
}
