using Weijian.Enforcement.Money;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// The money position of a case on a date: amounts decided, the late surcharge on the unpaid fine (3% a day from the day
/// after the due date, capped at the fine, not accruing while 复议/诉讼 is pending — R-PEN-27, computed by
/// <see cref="LateSurcharge"/>), paid and outstanding. Fines, confiscated gains and the surcharge are booked separately
/// (罚缴分离, R-PEN-26).
/// </summary>
public static class CaseMoney
{
    public static CaseMoneyView? Of(PenaltyCase c, BusinessCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.DecidedTerms is not { } t || t.MoneyDue == 0)
        {
            return null;
        }

        var payments = c.Payments;
        var finePayments = payments.Where(p => p.Kind == PaymentKind.Fine).Select(p => new FinePayment(p.PaidOn, p.Amount)).ToList();
        var surcharge = 0m;
        string? explanation = null;
        if (c.PaymentPlanOf(calendar) is { } plan && today > plan.Instalments[0].Due && finePayments.Sum(p => p.Amount) <= t.Fine)
        {
            var lastPaid = finePayments.Count > 0 ? finePayments.Max(p => p.PaidOn) : today;
            var through = finePayments.Sum(p => p.Amount) >= t.Fine ? lastPaid : today;
            var remedies = c.Remedies.Select(r => new PausedInterval(r.From, r.To ?? today, "复议/诉讼期间")).ToList();
            var result = LateSurcharge.Compute(plan, through, finePayments, remedies);
            surcharge = result.Amount;
            explanation = result.Amount > 0 ? result.Explanation : null;
        }

        var paid = payments.Sum(p => p.Amount);
        var outstanding = Math.Max(0, t.MoneyDue + surcharge - paid);
        return new CaseMoneyView(t.Fine, t.ConfiscatedGains, surcharge, explanation, paid, outstanding, c.PaymentDue, outstanding > 0 && c.PaymentDue is { } due && today > due);
    }
}
