using System.Globalization;

namespace Weijian.Registry.Entities;

/// <summary>
/// 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit date of birth (yyyyMMdd), 3-digit sequence code and a
/// check digit (ISO 7064 MOD 11-2: weights 2^(17-i) mod 11, check = (12 − Σ mod 11) mod 11, 10 written as X).
/// </summary>
public static class ResidentIdNumber
{
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Trims and upper-cases (a lower-case x check digit is common in typed input).</summary>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToUpperInvariant();
    }

    /// <summary>True when <paramref name="number"/> (already normalised) has 17 digits, a real date of birth and the right check digit.</summary>
    public static bool IsValid(string? number)
    {
        if (number is null || number.Length != Length)
        {
            return false;
        }

        if (!TryCheckDigit(number.AsSpan(0, 17), out var check) || check != number[17])
        {
            return false;
        }

        return DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            && birth.Year >= 1800;
    }

    /// <summary>The check digit ('0'–'9' or 'X') for the first 17 digits; false when one of them is not a digit.</summary>
    public static bool TryCheckDigit(ReadOnlySpan<char> first17, out char check)
    {
        check = '\0';
        if (first17.Length != 17)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (first17[i] is < '0' or > '9')
            {
                return false;
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        var c = (12 - (sum % 11)) % 11;
        check = c == 10 ? 'X' : (char)('0' + c);
        return true;
    }

    /// <summary>The first 17 digits followed by their check digit (for generating valid numbers).</summary>
    public static string Complete(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        return TryCheckDigit(first17, out var check)
            ? first17 + check
            : throw new ArgumentException("身份证号码前17位应为数字", nameof(first17));
    }

    /// <summary>The number with the date of birth and sequence hidden (110105********002X), for lists.</summary>
    public static string Mask(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return number.Length == Length ? number[..6] + new string('*', 8) + number[14..] : number;
    }
}
