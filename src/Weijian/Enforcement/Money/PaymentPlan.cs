using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Money;

/// <summary>How a fine is to be paid (R-PEN-26).</summary>
public enum PaymentPlanKind
{
    /// <summary>One payment within the statutory 15 days after the decision is received (行政处罚法第六十七条第三款).</summary>
    Standard,

    /// <summary>暂缓缴纳: one payment by a later date approved on the party's application (第六十六条第二款).</summary>
    Deferred,

    /// <summary>分期缴纳: several payments on approved dates whose amounts sum to the fine (第六十六条第二款).</summary>
    Instalments,
}

/// <summary>
/// One amount of the fine and the last day to pay it. <see cref="ApprovedDue"/> is the date written in the decision or
/// the approval; <see cref="Due"/> is the day the payment is still on time: the same day, or the next working day when
/// the approved day is a statutory holiday or rest day (R-CAL-5: a period whose last day is a holiday ends on the next
/// working day — the party cannot be late on a day the banks' counters are closed).
/// </summary>
public sealed record FineInstalment(int Number, DateOnly ApprovedDue, DateOnly Due, decimal Amount);

/// <summary>A term a party asked for and the authority approved: pay <see cref="Amount"/> by <see cref="Due"/>.</summary>
public sealed record InstalmentTerm(DateOnly Due, decimal Amount);

/// <summary>
/// When a fine must be paid (R-PEN-26): 15 calendar days after the party receives the decision (R-CAL-1: only
/// 二/三/五/七日 of 行政处罚法 are working days), the last day moving to the next working day when it is a holiday or
/// rest day (R-CAL-5, R-CAL-11); or, on the party's application and the authority's approval, a deferral to a later
/// date or instalments summing exactly to the fine. Immutable; build with <see cref="Standard"/>, <see cref="Deferred"/>
/// or <see cref="InInstalments"/>. Invalid input throws <see cref="DomainRuleException"/> with a <c>penalty.*</c> code.
/// </summary>
public sealed class PaymentPlan
{
    public const string FineAmountCode = "penalty.fine-amount";
    public const string DeferralDateCode = "penalty.deferral-date";
    public const string InstalmentCountCode = "penalty.instalment-count";
    public const string InstalmentAmountCode = "penalty.instalment-amount";
    public const string InstalmentsSumCode = "penalty.instalments-sum";
    public const string InstalmentDatesCode = "penalty.instalment-dates";

    /// <summary>R-PEN-26: 15 days to pay.</summary>
    public const int StatutoryPaymentDays = 15;

    private PaymentPlan(
        PaymentPlanKind kind, decimal fine, DateOnly decisionReceivedOn, Deadline statutoryPeriod, IReadOnlyList<FineInstalment> instalments)
    {
        Kind = kind;
        Fine = fine;
        DecisionReceivedOn = decisionReceivedOn;
        StatutoryPeriod = statutoryPeriod;
        Instalments = instalments;
    }

    public PaymentPlanKind Kind { get; }

    /// <summary>The fine in the decision (罚款数额), in 元, exact to the 分.</summary>
    public decimal Fine { get; }

    /// <summary>The day the party received (was served) the decision; not itself counted.</summary>
    public DateOnly DecisionReceivedOn { get; }

    /// <summary>The statutory 15-day period (R-PEN-26), computed even when a deferral or instalments replace it.</summary>
    public Deadline StatutoryPeriod { get; }

    /// <summary>The amounts and their last days, ascending by due date; one entry unless <see cref="Kind"/> is instalments.</summary>
    public IReadOnlyList<FineInstalment> Instalments { get; }

    /// <summary>
    /// The last day of the whole plan. For a deferral or instalments, the period for applying to court runs from here
    /// (行政处罚法第七十二条第二款, R-PEN-28; see <see cref="CourtEnforcementWindow"/>).
    /// </summary>
    public DateOnly FinalDue => Instalments[^1].Due;

    /// <summary>A Chinese sentence for the case page, e.g. "罚款30,000.00元，应于2026年2月24日前缴纳（…）".</summary>
    public string Description => Kind switch
    {
        PaymentPlanKind.Standard =>
            $"罚款{Yuan.Format(Fine)}，应自{LegalDate.Chinese(DecisionReceivedOn)}收到处罚决定书之日起十五日内缴纳，"
            + $"即{LegalDate.Chinese(FinalDue)}前（{StatutoryPeriod.RuleApplied}）",
        PaymentPlanKind.Deferred =>
            $"罚款{Yuan.Format(Fine)}，经批准暂缓至{LegalDate.Chinese(FinalDue)}前缴纳{MovedNote(Instalments[0])}（行政处罚法第六十六条第二款）",
        _ => $"罚款{Yuan.Format(Fine)}，经批准分{Instalments.Count}期缴纳："
            + string.Join("；", Instalments.Select(i => $"第{i.Number}期{Yuan.Format(i.Amount)}于{LegalDate.Chinese(i.Due)}前{MovedNote(i)}"))
            + "（行政处罚法第六十六条第二款）",
    };

    /// <summary>R-PEN-26: pay the whole fine within 15 days after <paramref name="decisionReceivedOn"/>.</summary>
    public static PaymentPlan Standard(BusinessCalendar calendar, decimal fine, DateOnly decisionReceivedOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Yuan.RequirePositiveFen(fine, FineAmountCode, "fine", "罚款数额");
        var period = StatutoryPaymentPeriod(calendar, decisionReceivedOn);
        return new PaymentPlan(
            PaymentPlanKind.Standard, fine, decisionReceivedOn, period, [new FineInstalment(1, period.Due, period.Due, fine)]);
    }

    /// <summary>
    /// R-PEN-26 暂缓缴纳: the whole fine by <paramref name="deferredTo"/>, which must be later than the statutory last day
    /// (otherwise it is no deferral) — <c>penalty.deferral-date</c>.
    /// </summary>
    public static PaymentPlan Deferred(BusinessCalendar calendar, decimal fine, DateOnly decisionReceivedOn, DateOnly deferredTo)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Yuan.RequirePositiveFen(fine, FineAmountCode, "fine", "罚款数额");
        var period = StatutoryPaymentPeriod(calendar, decisionReceivedOn);
        if (deferredTo <= period.Due)
        {
            throw Input.Invalid(
                DeferralDateCode,
                "deferredTo",
                $"暂缓缴纳的期限{LegalDate.Chinese(deferredTo)}应晚于法定缴纳期限{LegalDate.Chinese(period.Due)}");
        }

        return new PaymentPlan(
            PaymentPlanKind.Deferred,
            fine,
            decisionReceivedOn,
            period,
            [new FineInstalment(1, deferredTo, calendar.NextWorkingDayOnOrAfter(deferredTo), fine)]);
    }

    /// <summary>
    /// R-PEN-26 分期缴纳: at least two terms, each a positive whole number of 分 (<c>penalty.instalment-amount</c>),
    /// due on strictly increasing dates after the decision was received (<c>penalty.instalment-dates</c>), summing
    /// exactly to the fine (<c>penalty.instalments-sum</c>).
    /// </summary>
    public static PaymentPlan InInstalments(
        BusinessCalendar calendar, decimal fine, DateOnly decisionReceivedOn, IReadOnlyList<InstalmentTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(terms);
        Yuan.RequirePositiveFen(fine, FineAmountCode, "fine", "罚款数额");
        if (terms.Count < 2)
        {
            throw Input.Invalid(InstalmentCountCode, "instalments", $"分期缴纳至少应分为两期，实际为{terms.Count}期");
        }

        var previous = decisionReceivedOn;
        var instalments = new List<FineInstalment>();
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i] ?? throw new ArgumentException("Instalment terms must not contain null.", nameof(terms));
            Yuan.RequirePositiveFen(term.Amount, InstalmentAmountCode, $"instalments[{i}].amount", $"第{i + 1}期金额");
            if (term.Due <= previous)
            {
                var after = i == 0 ? $"收到处罚决定书之日{LegalDate.Chinese(decisionReceivedOn)}" : $"第{i}期的期限{LegalDate.Chinese(previous)}";
                throw Input.Invalid(InstalmentDatesCode, $"instalments[{i}].due", $"第{i + 1}期的缴纳期限{LegalDate.Chinese(term.Due)}应晚于{after}");
            }

            previous = term.Due;
            instalments.Add(new FineInstalment(i + 1, term.Due, calendar.NextWorkingDayOnOrAfter(term.Due), term.Amount));
        }

        var sum = instalments.Sum(i => i.Amount);
        if (sum != fine)
        {
            throw Input.Invalid(
                InstalmentsSumCode, "instalments", $"各期金额合计{Yuan.Format(sum)}，与罚款数额{Yuan.Format(fine)}不一致");
        }

        return new PaymentPlan(
            PaymentPlanKind.Instalments, fine, decisionReceivedOn, StatutoryPaymentPeriod(calendar, decisionReceivedOn), instalments);
    }

    /// <summary>R-PEN-26 / R-CAL-1 / R-CAL-5: 15 calendar days after the decision is received, holiday end moved.</summary>
    public static Deadline StatutoryPaymentPeriod(BusinessCalendar calendar, DateOnly decisionReceivedOn) =>
        Deadline.Compute(calendar, "R-PEN-26", "行政处罚法第六十七条第三款", decisionReceivedOn, StatutoryPaymentDays, DeadlineUnit.CalendarDays);

    private static string MovedNote(FineInstalment instalment) =>
        instalment.Due == instalment.ApprovedDue
            ? ""
            : $"（批准的期限{LegalDate.Chinese(instalment.ApprovedDue)}为法定节假日或休息日，顺延至{LegalDate.Chinese(instalment.Due)}）";
}
