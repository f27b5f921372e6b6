using System.Globalization;
using System.Text;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Money;

/// <summary>A payment of the fine (not of the surcharge) made on <see cref="PaidOn"/>.</summary>
public sealed record FinePayment(DateOnly PaidOn, decimal Amount);

/// <summary>What one instalment (or the whole fine) accrued: overdue days counted and the surcharge, rounded to the 分.</summary>
public sealed record LateSurchargeLine(int InstalmentNumber, DateOnly Due, int DaysCounted, decimal Amount);

/// <summary>
/// The result of <see cref="LateSurcharge.Compute(PaymentPlan, DateOnly, IReadOnlyList{FinePayment}?, IReadOnlyList{PausedInterval}?)"/>.
/// <see cref="Amount"/> is what the party owes as 加处罚款 up to and including <see cref="Through"/>.
/// </summary>
public sealed record LateSurchargeResult
{
    /// <summary>The fine (罚款数额); also the cap of the surcharge.</summary>
    public required decimal Fine { get; init; }

    /// <summary>The day up to which (inclusive) the surcharge was computed.</summary>
    public required DateOnly Through { get; init; }

    /// <summary>The first day a surcharge accrued (the day after a missed due date), or null if none accrued.</summary>
    public required DateOnly? AccruesFrom { get; init; }

    /// <summary>Calendar days on which a surcharge accrued (any instalment overdue, not suspended, cap not yet passed).</summary>
    public required int DaysCounted { get; init; }

    /// <summary>Overdue days not counted because 行政复议 or 行政诉讼 was pending (R-PEN-27, 行政处罚法第七十三条第三款).</summary>
    public required int SuspendedDays { get; init; }

    /// <summary>Per instalment (one line for a single due date): days counted and amount, before the overall cap.</summary>
    public required IReadOnlyList<LateSurchargeLine> Lines { get; init; }

    /// <summary>The sum of <see cref="Lines"/> before the cap.</summary>
    public required decimal UncappedAmount { get; init; }

    /// <summary>The 加处罚款 owed, in 元 exact to the 分: the uncapped amount, or the fine when the cap was reached.</summary>
    public required decimal Amount { get; init; }

    /// <summary>True when the accrued surcharge reached the fine and stopped growing (R-PEN-27 cap).</summary>
    public required bool IsCapped { get; init; }

    /// <summary>The day the accrued surcharge reached the fine, if it did.</summary>
    public required DateOnly? CapReachedOn { get; init; }

    /// <summary>A Chinese sentence for the case page and the 催告书 ("自2026年2月25日起按罚款数额每日3%加处罚款，计…").</summary>
    public required string Explanation { get; init; }
}

/// <summary>
/// 加处罚款 (R-PEN-27, 行政处罚法第七十二条第一款第一项): when a fine is not paid by its due date, 3% of the fine is added
/// for every day from the day after the due date, the total never exceeding the fine.
/// <list type="bullet">
/// <item><b>Days.</b> Calendar days: the surcharge is a daily penalty, not a legal period, so holidays and rest days
/// accrue like any other day (only the due date itself moves past a holiday, see <see cref="PaymentPlan"/>). The day of
/// a payment still accrues on the amount it pays ("至缴纳之日止").</item>
/// <item><b>Base.</b> The law says "按罚款数额" — the amount of the fine. We read it as the fine still unpaid: a
/// surcharge on money the party has already paid would be a charge for a delay that no longer exists, and 行政强制法
/// 第四十五条 ties 加处罚款 to the outstanding 金钱给付义务. So from the day after a partial payment the base is the unpaid
/// remainder; with instalments each overdue instalment accrues on its own unpaid amount. Payments go to the earliest
/// due instalment first.</item>
/// <item><b>Cap.</b> "加处罚款的数额不得超出罚款的数额": the total, over all instalments, never exceeds the fine in the
/// decision; once reached nothing more accrues.</item>
/// <item><b>Suspension.</b> Days inside a period when 行政复议 or 行政诉讼 was pending (inclusive intervals, application
/// day to decision/judgment day) are not counted (行政处罚法第七十三条第三款, R-REC-10).</item>
/// <item><b>Rounding.</b> Daily amounts are added exactly (3% of a 分 amount has at most four decimals); each
/// instalment's total is rounded once to the 分, half away from zero (四舍五入) — rounding every day would add up to a
/// different figure from the one a clerk gets with 罚款 × 3% × 天数.</item>
/// </list>
/// </summary>
public static class LateSurcharge
{
    public const string PaymentAmountCode = "penalty.payment-amount";
    public const string PaymentExceedsFineCode = "penalty.payment-exceeds-fine";

    /// <summary>3% per day (行政处罚法第七十二条第一款第一项); statutory, not configurable.</summary>
    public const decimal DailyRate = 0.03m;

    private const string LegalBasis = "R-PEN-27，行政处罚法第七十二条第一款第一项、第七十三条第三款";

    /// <summary>
    /// The surcharge on <paramref name="plan"/> up to and including <paramref name="through"/>, given the fine
    /// <paramref name="payments"/> made so far and the <paramref name="remedyPeriods"/> (复议/诉讼 pending) during which
    /// it does not accrue. Payments must be positive whole 分 (<c>penalty.payment-amount</c>) and not exceed the fine
    /// in total (<c>penalty.payment-exceeds-fine</c>).
    /// </summary>
    public static LateSurchargeResult Compute(
        PaymentPlan plan,
        DateOnly through,
        IReadOnlyList<FinePayment>? payments = null,
        IReadOnlyList<PausedInterval>? remedyPeriods = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Compute(plan.Fine, plan.Instalments, through, payments ?? [], remedyPeriods ?? []);
    }

    /// <summary>
    /// The surcharge on a fine with a single last day to pay <paramref name="due"/> (already moved past any holiday —
    /// e.g. <see cref="PaymentPlan.FinalDue"/>, or a date the caller has from elsewhere). The fine must be a positive
    /// whole number of 分 (<c>penalty.fine-amount</c>); see the other overload for the rest.
    /// </summary>
    public static LateSurchargeResult Compute(
        decimal fine,
        DateOnly due,
        DateOnly through,
        IReadOnlyList<FinePayment>? payments = null,
        IReadOnlyList<PausedInterval>? remedyPeriods = null)
    {
        Yuan.RequirePositiveFen(fine, PaymentPlan.FineAmountCode, "fine", "罚款数额");
        return Compute(fine, [new FineInstalment(1, due, due, fine)], through, payments ?? [], remedyPeriods ?? []);
    }

    private static LateSurchargeResult Compute(
        decimal fine,
        IReadOnlyList<FineInstalment> instalments,
        DateOnly through,
        IReadOnlyList<FinePayment> payments,
        IReadOnlyList<PausedInterval> remedyPeriods)
    {
        if (payments.Any(p => p is null) || remedyPeriods.Any(p => p is null))
        {
            throw new ArgumentException("Payments and remedy periods must not contain null.");
        }

        for (var i = 0; i < payments.Count; i++)
        {
            Yuan.RequirePositiveFen(payments[i].Amount, PaymentAmountCode, $"payments[{i}].amount", "缴纳金额");
        }

        var paidTotal = payments.Sum(p => p.Amount);
        if (paidTotal > fine)
        {
            throw Input.Invalid(
                PaymentExceedsFineCode, "payments", $"已缴纳罚款合计{Yuan.Format(paidTotal)}，超过罚款数额{Yuan.Format(fine)}");
        }

        var unpaid = instalments.Select(i => i.Amount).ToArray();
        var days = new int[instalments.Count];
        var exact = new decimal[instalments.Count];
        var ordered = payments.OrderBy(p => p.PaidOn).ToList();
        var nextPayment = 0;
        var firstDue = instalments.Min(i => i.Due);
        var running = 0m;
        var counted = 0;
        var suspended = 0;
        DateOnly? accruesFrom = null;
        DateOnly? capReachedOn = null;

        // Day numbers rather than DateOnly.AddDays so that a far-off "through" cannot overflow past 9999-12-31.
        for (var n = firstDue.DayNumber + 1L; n <= through.DayNumber; n++)
        {
            var day = DateOnly.FromDayNumber((int)n);
            // A payment reduces the base from the day after it was made: the day of payment still accrues on it.
            while (nextPayment < ordered.Count && ordered[nextPayment].PaidOn < day)
            {
                Apply(ordered[nextPayment++].Amount, unpaid);
            }

            var overdue = Enumerable.Range(0, instalments.Count).Where(i => instalments[i].Due < day && unpaid[i] > 0).ToList();
            if (overdue.Count == 0)
            {
                if (unpaid.All(u => u == 0))
                {
                    break;
                }

                continue;
            }

            if (remedyPeriods.Any(p => p.Contains(day)))
            {
                suspended++;
                continue;
            }

            accruesFrom ??= day;
            counted++;
            foreach (var i in overdue)
            {
                var amount = unpaid[i] * DailyRate;
                days[i]++;
                exact[i] += amount;
                running += amount;
            }

            if (running >= fine)
            {
                capReachedOn = day;
                break;
            }
        }

        var lines = instalments.Select((inst, i) => new LateSurchargeLine(inst.Number, inst.Due, days[i], Yuan.RoundToFen(exact[i]))).ToList();
        var uncapped = lines.Sum(l => l.Amount);
        var capped = capReachedOn is not null || uncapped >= fine;
        var result = new LateSurchargeResult
        {
            Fine = fine,
            Through = through,
            AccruesFrom = accruesFrom,
            DaysCounted = counted,
            SuspendedDays = suspended,
            Lines = lines,
            UncappedAmount = uncapped,
            Amount = capped ? fine : uncapped,
            IsCapped = capped,
            CapReachedOn = capReachedOn,
            Explanation = "",
        };
        return result with { Explanation = Explain(result, instalments, payments, remedyPeriods) };
    }

    private static void Apply(decimal amount, decimal[] unpaid)
    {
        for (var i = 0; i < unpaid.Length && amount > 0; i++)
        {
            var part = Math.Min(amount, unpaid[i]);
            unpaid[i] -= part;
            amount -= part;
        }
    }

    private static string Explain(
        LateSurchargeResult result,
        IReadOnlyList<FineInstalment> instalments,
        IReadOnlyList<FinePayment> payments,
        IReadOnlyList<PausedInterval> remedyPeriods)
    {
        if (result.AccruesFrom is not { } from)
        {
            var lastDue = instalments.Max(i => i.Due);
            return result.SuspendedDays > 0
                ? $"截至{LegalDate.Chinese(result.Through)}，逾期期间均处于行政复议或行政诉讼期间，不予计算加处罚款（{LegalBasis}）"
                : $"截至{LegalDate.Chinese(result.Through)}未逾期或已按期缴清（缴纳期限至{LegalDate.Chinese(lastDue)}），不加处罚款";
        }

        var text = new StringBuilder();
        var end = result.CapReachedOn ?? result.Through;
        text.Append(CultureInfo.InvariantCulture, $"自{LegalDate.Chinese(from)}起按罚款数额每日3%加处罚款，至{LegalDate.Chinese(end)}计{result.DaysCounted}日");
        var suspensions = remedyPeriods.Where(p => p.From <= end && p.To >= from).ToList();
        if (result.SuspendedDays > 0)
        {
            var list = string.Join("、", suspensions.Select(p => LegalDate.Range(p.From, p.To) + (p.Reason.Length > 0 ? p.Reason : "行政复议或行政诉讼期间")));
            text.Append(CultureInfo.InvariantCulture, $"（{list}不予计算，共{result.SuspendedDays}日）");
        }

        if (payments.Count > 0)
        {
            text.Append("，已缴纳部分自缴纳次日起不再计算，以未缴纳的罚款为基数");
        }

        if (instalments.Count > 1)
        {
            text.Append("；分期缴纳各期分别计算：");
            text.Append(string.Join("，", result.Lines.Select(l =>
                l.DaysCounted == 0
                    ? $"第{l.InstalmentNumber}期（{LegalDate.Chinese(l.Due)}到期）未逾期"
                    : $"第{l.InstalmentNumber}期（{LegalDate.Chinese(l.Due)}到期）计{l.DaysCounted}日{Yuan.Format(l.Amount)}")));
        }

        if (result.IsCapped)
        {
            var when = result.CapReachedOn is { } day ? $"按日累计于{LegalDate.Chinese(day)}达到罚款数额，" : "";
            text.Append(CultureInfo.InvariantCulture, $"；{when}加处罚款不得超出罚款数额，以{Yuan.Format(result.Fine)}为限");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"，加处罚款{Yuan.Format(result.Amount)}（每日金额累加后四舍五入至分）");
        }

        text.Append(CultureInfo.InvariantCulture, $"（{LegalBasis}）");
        return text.ToString();
    }
}
