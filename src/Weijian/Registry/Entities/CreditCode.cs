namespace Weijian.Registry.Entities;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from the 31-character set 0-9 A-H J-N P-R T U W-Y (no I, O, S, V, Z):
/// registration authority (1), organisation type (1), administrative region code (6), organisation code (9) and a
/// check character computed over the first 17 with weights 3^i mod 31.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;

    /// <summary>The code's character set in value order: a character's value is its index.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Trims and upper-cases a code as typed; full-width characters and inner spaces are not accepted silently.</summary>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToUpperInvariant();
    }

    /// <summary>True when <paramref name="code"/> (already normalised) is 18 valid characters with the right check character.</summary>
    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != Length)
        {
            return false;
        }

        for (var i = 2; i < 8; i++)
        {
            if (code[i] is < '0' or > '9')
            {
                return false; // positions 3–8 are the administrative region code (GB/T 2260)
            }
        }

        return Alphabet.Contains(code[17], StringComparison.Ordinal)
            && TryCheckCharacter(code.AsSpan(0, 17), out var check)
            && check == code[17];
    }

    /// <summary>The check character for the first 17 characters; false when one of them is outside the character set.</summary>
    public static bool TryCheckCharacter(ReadOnlySpan<char> first17, out char check)
    {
        check = '\0';
        if (first17.Length != 17)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            sum += value * Weights[i];
        }

        var c = 31 - (sum % 31);
        check = Alphabet[c == 31 ? 0 : c];
        return true;
    }

    /// <summary>The first 17 characters followed by their check character (for generating valid codes).</summary>
    public static string Complete(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        return TryCheckCharacter(first17, out var check)
            ? first17 + check
            : throw new ArgumentException("统一社会信用代码前17位含有无效字符或长度不是17位", nameof(first17));
    }
}
