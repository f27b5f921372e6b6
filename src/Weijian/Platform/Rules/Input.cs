using System.Text.RegularExpressions;

namespace Weijian.Platform.Rules;

/// <summary>
/// Checks of user input that every use case shares. A failure is a <see cref="DomainRuleException"/> naming the
/// field (camelCase, as in the API) with a Chinese message, so the API answers 400 and the UI shows it by the input.
/// </summary>
public static partial class Input
{
    public static string Text(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw Invalid("validation.required", field, $"{label}不能为空");
        }

        if (trimmed.Length > maxLength)
        {
            throw Invalid("validation.too-long", field, $"{label}不能超过{maxLength}个字");
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, string field, string label, int maxLength)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : Text(trimmed, field, label, maxLength);
    }

    /// <summary>6-digit administrative region code (GB/T 2260).</summary>
    public static string RegionCode(string? value, string field)
    {
        var code = Text(value, field, "行政区划代码", 6);
        if (!RegionCodePattern().IsMatch(code))
        {
            throw Invalid("validation.region-code", field, "行政区划代码应为6位数字，如431103");
        }

        return code;
    }

    public static T Required<T>(T? value, string field, string label)
        where T : struct =>
        value ?? throw Invalid("validation.required", field, $"{label}不能为空");

    public static DomainRuleException Invalid(string code, string field, string message) =>
        new(code, message) { Fields = [field] };

    [GeneratedRegex("^[1-9][0-9]{5}$")]
    private static partial Regex RegionCodePattern();
}
