using Weijian.Platform.Rules;

namespace Weijian.Platform.Deadlines;

/// <summary>How a legal period is counted (R-CAL-1 … R-CAL-6; glossary: 工作日/自然日 = WORKING_DAYS/CALENDAR_DAYS).</summary>
public enum DeadlineUnit
{
    /// <summary>自然日 (wire <c>CALENDAR_DAYS</c>, CLI <c>calendar</c>).</summary>
    CalendarDays,

    /// <summary>工作日 (wire <c>WORKING_DAYS</c>, CLI <c>working</c>).</summary>
    WorkingDays,

    /// <summary>月 (wire <c>MONTHS</c>, CLI <c>months</c>).</summary>
    Months,
}

/// <summary>Wire names (API, files), CLI names and Chinese names of <see cref="DeadlineUnit"/>.</summary>
public static class DeadlineUnitNames
{
    public const string UnknownUnitCode = "deadline.unknown-unit";

    private static readonly (DeadlineUnit Unit, string Wire, string Cli, string Chinese)[] _names =
    [
        (DeadlineUnit.CalendarDays, "CALENDAR_DAYS", "calendar", "自然日"),
        (DeadlineUnit.WorkingDays, "WORKING_DAYS", "working", "工作日"),
        (DeadlineUnit.Months, "MONTHS", "months", "月"),
    ];

    /// <summary>
    /// Accepts a wire name (<c>CALENDAR_DAYS</c>/<c>WORKING_DAYS</c>/<c>MONTHS</c>) or a CLI name
    /// (<c>calendar</c>/<c>working</c>/<c>months</c>), ignoring case and surrounding spaces; anything else throws
    /// <c>deadline.unknown-unit</c>.
    /// </summary>
    public static DeadlineUnit Parse(string? value) =>
        TryParse(value, out var unit) ? unit : throw Unknown(value);

    public static bool TryParse(string? value, out DeadlineUnit unit)
    {
        var trimmed = value?.Trim();
        foreach (var name in _names)
        {
            if (string.Equals(trimmed, name.Wire, StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, name.Cli, StringComparison.OrdinalIgnoreCase))
            {
                unit = name.Unit;
                return true;
            }
        }

        unit = default;
        return false;
    }

    /// <summary><c>CALENDAR_DAYS</c> / <c>WORKING_DAYS</c> / <c>MONTHS</c>.</summary>
    public static string ToWireName(this DeadlineUnit unit) => Find(unit).Wire;

    /// <summary><c>calendar</c> / <c>working</c> / <c>months</c>.</summary>
    public static string ToCliName(this DeadlineUnit unit) => Find(unit).Cli;

    /// <summary>自然日 / 工作日 / 月.</summary>
    public static string ToChineseName(this DeadlineUnit unit) => Find(unit).Chinese;

    internal static DomainRuleException Unknown(string? value)
    {
        var allowed = string.Join("、", _names.Select(n => $"{n.Wire} 或 {n.Cli}（{n.Chinese}）"));
        return new DomainRuleException(UnknownUnitCode, $"未知的期限单位“{value}”；可用值：{allowed}")
        {
            Fields = ["unit"],
        };
    }

    private static (DeadlineUnit Unit, string Wire, string Cli, string Chinese) Find(DeadlineUnit unit)
    {
        foreach (var name in _names)
        {
            if (name.Unit == unit)
            {
                return name;
            }
        }

        throw Unknown(unit.ToString());
    }
}
