using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Money;

/// <summary>
/// When a health authority (which has no enforcement power of its own) may apply to court to enforce a decision the
/// party neither challenged nor obeyed (R-PEN-28):
/// <list type="number">
/// <item>Not before the party's remedy periods have run out: 行政复议 60 days (R-REC-1, 行政复议法第二十条) and 行政诉讼
/// 6 months (R-LIT-1, 行政诉讼法第四十六条) from service of the decision — or, after a 复议 decision the party accepted,
/// 15 days from receiving it (行政诉讼法第四十五条). With an approved deferral or instalments the period runs from the
/// end of the plan instead, if later (行政处罚法第七十二条第二款).</item>
/// <item>Within 3 months after that day (行政强制法第五十三条).</item>
/// <item>Only after a written 催告 was served and 10 working days passed without compliance (行政强制法第五十四条,
/// 第六十九条); a court accepts on working days, so the earliest day is the next working day after both.</item>
/// </list>
/// Computed only for the case of Art.53 (no pending 复议/诉讼); a party who sues leaves enforcement to the judgment.
/// </summary>
public sealed record CourtEnforcementWindow
{
    public const string InvalidDatesCode = "penalty.court-enforcement-dates";

    /// <summary>The 60-day 复议 period, or null when the party already applied and <see cref="LitigationPeriod"/> runs from the 复议 decision.</summary>
    public required Deadline? ReconsiderationPeriod { get; init; }

    /// <summary>The 6-month (or 15 days after a 复议 decision) period to sue.</summary>
    public required Deadline LitigationPeriod { get; init; }

    /// <summary>The end of an approved deferral or instalment plan, when there is one.</summary>
    public required DateOnly? PaymentPlanEnd { get; init; }

    /// <summary>The day the 3 months are counted from (not counted): the later of the remedy periods' ends and the plan's end.</summary>
    public required DateOnly PeriodsExpireOn { get; init; }

    /// <summary>The 3-month application period (行政强制法第五十三条); its <see cref="Deadline.Due"/> is the last day to apply.</summary>
    public required Deadline ApplicationPeriod { get; init; }

    /// <summary>The 10 working days after the 催告 was served, or null while no 催告 has been served.</summary>
    public required Deadline? ReminderPeriod { get; init; }

    /// <summary>The first day an application may be filed, or null while no 催告 has been served.</summary>
    public required DateOnly? EarliestApplication { get; init; }

    /// <summary>The last day an application may be filed.</summary>
    public DateOnly LatestApplication => ApplicationPeriod.Due;

    /// <summary>True when the 催告 came so late that its 10 working days end after the last day to apply.</summary>
    public bool IsMissed => EarliestApplication is { } earliest && earliest > LatestApplication;

    /// <summary>A Chinese explanation of the window and its legal basis.</summary>
    public required string Explanation { get; init; }

    /// <summary>Whether an application filed on <paramref name="date"/> is within the window (false while no 催告 was served).</summary>
    public bool AllowsApplicationOn(DateOnly date) =>
        EarliestApplication is { } earliest && earliest <= date && date <= LatestApplication;

    /// <summary>
    /// Computes the window for a decision served on <paramref name="decisionServedOn"/>. <paramref name="reminderServedOn"/>
    /// is the day the 催告书 was served (null if not yet); <paramref name="reconsiderationDecisionReceivedOn"/> the day the
    /// party received a 复议 decision it did not sue against; <paramref name="paymentPlan"/> the approved plan, if any.
    /// A reminder or 复议 decision dated before the decision's service throws <c>penalty.court-enforcement-dates</c>.
    /// </summary>
    public static CourtEnforcementWindow Compute(
        BusinessCalendar calendar,
        DateOnly decisionServedOn,
        DateOnly? reminderServedOn = null,
        DateOnly? reconsiderationDecisionReceivedOn = null,
        PaymentPlan? paymentPlan = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (reminderServedOn is { } r && r < decisionServedOn)
        {
            throw Input.Invalid(InvalidDatesCode, "reminderServedOn", $"催告书送达日{LegalDate.Chinese(r)}早于处罚决定书送达日{LegalDate.Chinese(decisionServedOn)}");
        }

        if (reconsiderationDecisionReceivedOn is { } rd && rd < decisionServedOn)
        {
            throw Input.Invalid(
                InvalidDatesCode, "reconsiderationDecisionReceivedOn", $"复议决定收到日{LegalDate.Chinese(rd)}早于处罚决定书送达日{LegalDate.Chinese(decisionServedOn)}");
        }

        Deadline? reconsideration;
        Deadline litigation;
        if (reconsiderationDecisionReceivedOn is { } received)
        {
            reconsideration = null;
            litigation = Deadline.Compute(calendar, "R-LIT-1", "行政诉讼法第四十五条", received, 15, DeadlineUnit.CalendarDays);
        }
        else
        {
            reconsideration = Deadline.Compute(calendar, "R-REC-1", "行政复议法第二十条第一款", decisionServedOn, 60, DeadlineUnit.CalendarDays);
            litigation = Deadline.Compute(calendar, "R-LIT-1", "行政诉讼法第四十六条第一款", decisionServedOn, 6, DeadlineUnit.Months);
        }

        var remediesEnd = reconsideration is { } rec && rec.Due > litigation.Due ? rec.Due : litigation.Due;
        DateOnly? planEnd = paymentPlan is { Kind: not PaymentPlanKind.Standard } plan ? plan.FinalDue : null;
        var expire = planEnd is { } end && end > remediesEnd ? end : remediesEnd;
        var application = Deadline.Compute(calendar, "R-PEN-28", "行政强制法第五十三条", expire, 3, DeadlineUnit.Months);

        Deadline? reminder = reminderServedOn is { } served ? PenaltyDeadlines.ReminderPeriod(calendar, served) : null;
        DateOnly? earliest = null;
        if (reminder is not null)
        {
            var after = reminder.Due > expire ? reminder.Due : expire;
            earliest = calendar.NextWorkingDayOnOrAfter(after.AddDays(1));
        }

        var periods = reconsideration is null
            ? $"复议决定收到后十五日起诉期限至{LegalDate.Chinese(litigation.Due)}届满"
            : $"申请行政复议期限（六十日）至{LegalDate.Chinese(reconsideration.Due)}、提起行政诉讼期限（六个月）至{LegalDate.Chinese(litigation.Due)}届满";
        var planNote = planEnd is { } pe && pe > remediesEnd
            ? $"；经批准暂缓或分期缴纳，期限自缴纳期限结束之日{LegalDate.Chinese(pe)}起计算（行政处罚法第七十二条第二款）"
            : "";
        var reminderNote = reminder is null
            ? "；尚未送达催告书，申请前应先书面催告，催告书送达十个工作日后当事人仍未履行的方可申请（行政强制法第五十四条）"
            : $"；催告书于{LegalDate.Chinese(reminder.Start)}送达，十个工作日至{LegalDate.Chinese(reminder.Due)}届满（行政强制法第五十四条、第六十九条）";
        var window = earliest is { } e
            ? (e > application.Due
                ? $"；催告期满晚于申请期限，已错过申请期限{LegalDate.Chinese(application.Due)}"
                : $"；可申请期间为{LegalDate.Range(e, application.Due)}")
            : $"；最迟应于{LegalDate.Chinese(application.Due)}前申请";
        var text = $"R-PEN-28：当事人{periods}{planNote}，应自{LegalDate.Chinese(expire)}起三个月内申请人民法院强制执行（行政强制法第五十三条），"
            + $"至{LegalDate.Chinese(application.Due)}{reminderNote}{window}";

        return new CourtEnforcementWindow
        {
            ReconsiderationPeriod = reconsideration,
            LitigationPeriod = litigation,
            PaymentPlanEnd = planEnd,
            PeriodsExpireOn = expire,
            ApplicationPeriod = application,
            ReminderPeriod = reminder,
            EarliestApplication = earliest,
            Explanation = text,
        };
    }
}
