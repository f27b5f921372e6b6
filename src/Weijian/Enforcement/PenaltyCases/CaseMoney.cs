namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// The money position of a case on a date: amounts decided, paid (by kind) and outstanding. Fines and confiscated gains
/// are booked separately (罚缴分离, R-PEN-26).
/// </summary>
public static class CaseMoney
{
    public static CaseMoneyView? Of(PenaltyCase c, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.DecidedTerms is not { } t || t.MoneyDue == 0)
        {
            return null;
        }

        var paid = c.Payments.Sum(p => p.Amount);
        var outstanding = Math.Max(0, t.MoneyDue - paid);
        return new CaseMoneyView(t.Fine, t.ConfiscatedGains, paid, outstanding, c.PaymentDue, outstanding > 0 && c.PaymentDue is { } due && today > due);
    }
}
