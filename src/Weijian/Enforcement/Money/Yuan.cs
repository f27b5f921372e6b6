using System.Globalization;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.Money;

/// <summary>
/// Amounts of money in 元 as <see cref="decimal"/>, exact to the 分 (two decimal places). Fines, instalments and
/// payments must already be whole 分; only computed amounts (the late surcharge) are rounded, and only here.
/// </summary>
public static class Yuan
{
    /// <summary>
    /// Rounds to the 分 half away from zero (四舍五入), the rounding Chinese finance offices use on receipts;
    /// banker's rounding (the .NET default) would disagree with a hand calculation on a half-分.
    /// </summary>
    public static decimal RoundToFen(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>True when <paramref name="amount"/> has no fraction of a 分.</summary>
    public static bool IsWholeFen(decimal amount) => decimal.Round(amount, 2) == amount;

    /// <summary>E.g. "30,000.00元": two decimals and thousands separators, independent of the server's culture.</summary>
    public static string Format(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture) + "元";

    /// <summary>
    /// Checks that <paramref name="amount"/> is a positive whole number of 分, else throws <paramref name="code"/>
    /// naming <paramref name="field"/> with a Chinese message about <paramref name="label"/>.
    /// </summary>
    public static decimal RequirePositiveFen(decimal amount, string code, string field, string label)
    {
        if (amount <= 0)
        {
            throw Input.Invalid(code, field, $"{label}必须大于0，实际为{Format(amount)}");
        }

        if (!IsWholeFen(amount))
        {
            throw Input.Invalid(code, field, $"{label}应精确到分（最多两位小数），实际为{amount.ToString(CultureInfo.InvariantCulture)}");
        }

        return amount;
    }
}
