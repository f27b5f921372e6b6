using System.Text;

namespace Weijian.Registry.Provisions;

/// <summary>Article labels as statutes write them: 第一条, 第十条, 第二十一条, 第一百零一条, 第一百一十五条.</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string ArticleLabel(int number) => $"第{Number(number)}条";

    /// <summary>1–9999 in Chinese numerals.</summary>
    public static string Number(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 9999);
        if (n < 10)
        {
            return Digits[n].ToString();
        }

        if (n < 20)
        {
            return "十" + (n % 10 == 0 ? "" : Digits[n % 10].ToString());
        }

        var units = new[] { (1000, "千"), (100, "百"), (10, "十") };
        var sb = new StringBuilder();
        var rest = n;
        var pendingZero = false;
        foreach (var (value, name) in units)
        {
            var d = rest / value;
            rest %= value;
            if (d == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                sb.Append('零');
                pendingZero = false;
            }

            sb.Append(Digits[d]).Append(name);
        }

        if (rest > 0)
        {
            if (pendingZero)
            {
                sb.Append('零');
            }

            sb.Append(Digits[rest]);
        }

        return sb.ToString();
    }
}
