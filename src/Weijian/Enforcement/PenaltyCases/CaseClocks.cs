using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// The legal periods of a penalty case, each a <see cref="Deadline"/> with its rule id. 行政处罚法 Art.85 makes its
/// "二日/三日/五日/七日" working days and every other "N日" calendar days (R-CAL-1); 行政强制法 periods of 10 days or
/// less are working days (R-CAL-4).
/// </summary>
public static class CaseClocks
{
    /// <summary>R-PEN-6: decision within 90 days of filing (calendar days).</summary>
    public static Deadline Decision(BusinessCalendar calendar, DateOnly filedOn) =>
        Deadline.Compute(calendar, "R-PEN-6", "行政处罚法第六十条", filedOn, 90, DeadlineUnit.CalendarDays);

    /// <summary>R-PEN-15: statement and defence — 3 working days is the customary period stated in the notice (practice, not statute).</summary>
    public static Deadline Statement(BusinessCalendar calendar, DateOnly noticeServedOn) =>
        Deadline.Compute(calendar, "R-PEN-15", "行政处罚法第四十四条、第四十五条（告知书载明的陈述申辩期限）", noticeServedOn, 3, DeadlineUnit.WorkingDays);

    /// <summary>R-PEN-17: hearing request within 5 working days of the notice.</summary>
    public static Deadline HearingRequest(BusinessCalendar calendar, DateOnly noticeServedOn) =>
        Deadline.Compute(calendar, "R-PEN-17", "行政处罚法第六十四条第一项", noticeServedOn, 5, DeadlineUnit.WorkingDays);

    /// <summary>R-PEN-17: the hearing notice 7 working days before the hearing — the earliest hearing date for a notice day.</summary>
    public static Deadline HearingNotice(BusinessCalendar calendar, DateOnly notifiedOn) =>
        Deadline.Compute(calendar, "R-PEN-17", "行政处罚法第六十四条第二项", notifiedOn, 7, DeadlineUnit.WorkingDays);

    /// <summary>R-PEN-24: service within 7 working days of the decision when not handed over on announcement.</summary>
    public static Deadline Service(BusinessCalendar calendar, DateOnly decidedOn) =>
        Deadline.Compute(calendar, "R-PEN-24", "行政处罚法第六十一条", decidedOn, 7, DeadlineUnit.WorkingDays);

    /// <summary>R-PEN-26: payment within 15 (calendar) days of receiving the decision.</summary>
    public static Deadline Payment(BusinessCalendar calendar, DateOnly servedOn) =>
        Deadline.Compute(calendar, "R-PEN-26", "行政处罚法第六十七条第三款", servedOn, 15, DeadlineUnit.CalendarDays);

    /// <summary>R-PEN-14: preserved items dealt with within 7 working days.</summary>
    public static Deadline PreservationDisposal(BusinessCalendar calendar, DateOnly approvedOn) =>
        Deadline.Compute(calendar, "R-PEN-14", "行政处罚法第五十六条", approvedOn, 7, DeadlineUnit.WorkingDays);

    /// <summary>R-PEN-30: the head decides on a criminal referral within 3 days (行政执法机关移送涉嫌犯罪案件的规定 Art.5; counted as calendar days, that rule has no working-day clause).</summary>
    public static Deadline ReferralDecision(BusinessCalendar calendar, DateOnly proposedOn) =>
        Deadline.Compute(calendar, "R-PEN-30", "行政执法机关移送涉嫌犯罪案件的规定第五条", proposedOn, 3, DeadlineUnit.CalendarDays);

    /// <summary>R-PEN-30: transfer within 24 hours of approval — the next calendar day.</summary>
    public static Deadline Transfer(BusinessCalendar calendar, DateOnly approvedOn) =>
        Deadline.Compute(calendar, "R-PEN-30", "行政执法机关移送涉嫌犯罪案件的规定第五条（24小时内移送）", approvedOn, 1, DeadlineUnit.CalendarDays);

    /// <summary>R-PEN-25: a public notice is deemed served 30 days after publication (民诉法 Art.95).</summary>
    public static DateOnly PublicNoticeServed(BusinessCalendar calendar, DateOnly publishedOn) =>
        Deadline.Compute(calendar, "R-PEN-25", "民事诉讼法第九十五条", publishedOn, 30, DeadlineUnit.CalendarDays).Due;

    /// <summary>R-PEN-28: the court application comes no earlier than 10 working days after the 催告 was served (行政强制法 Art.54).</summary>
    public static DateOnly CourtApplicationEarliest(BusinessCalendar calendar, DateOnly reminderServedOn) =>
        Deadline.Compute(calendar, "R-PEN-28", "行政强制法第五十四条", reminderServedOn, 10, DeadlineUnit.WorkingDays).Due;
}
