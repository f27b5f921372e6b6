using System.Globalization;

namespace Weijian.Enforcement.Money;

/// <summary>Dates as Chinese official documents write them ("2026年3月10日"), independent of the server's culture.</summary>
public static class LegalDate
{
    /// <summary>E.g. "2026年3月10日" (no leading zeros, as in 行政处罚决定书).</summary>
    public static string Chinese(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>"2026年3月10日至2026年3月20日".</summary>
    public static string Range(DateOnly from, DateOnly to) => $"{Chinese(from)}至{Chinese(to)}";
}
