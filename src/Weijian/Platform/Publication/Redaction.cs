using System.Text.RegularExpressions;

namespace Weijian.Platform.Publication;

/// <summary>
/// What a public page must never show of a natural person (R-TRS-4, DESIGN §2 public portal): ID numbers (GB 11643, 18
/// digits with a check character, or the old 15), mobile and landline phone numbers, and home addresses (never copied
/// into a disclosure). Applied when a disclosure is scheduled and again, as a last line, on every public response body.
/// </summary>
public static partial class Redaction
{
    public const string Masked = "***";

    /// <summary>Masks a natural person's name by the bureau's rule (<see cref="DisclosureRules.NameMaskStyle"/>): 1 = 张某某, 2 = 张*.</summary>
    public static string MaskName(string name, int style)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return "";
        }

        var rest = Math.Max(1, trimmed.Length - 1);
        return style == 2 ? trimmed[..1] + new string('*', rest) : trimmed[..1] + string.Concat(Enumerable.Repeat("某", rest));
    }

    /// <summary>Replaces every ID-number and phone pattern by <see cref="Masked"/>; returns how many were found.</summary>
    public static (string Text, int Found) Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (text ?? "", 0);
        }

        // Identifiers are not personal data: a GUID's groups can read as a landline ("…-0731-7345-8789-…"), and masking one
        // broke the public draw record (a published JSON whose ids must parse). Split on GUIDs (captured, so they stay in
        // the parts at odd positions) and scrub only the text between them.
        var found = 0;
        var parts = GuidText().Split(text);
        for (var i = 0; i < parts.Length; i += 2)
        {
            foreach (var pattern in new[] { IdNumber18(), IdNumber15(), Mobile(), Landline() })
            {
                parts[i] = pattern.Replace(parts[i], _ =>
                {
                    found++;
                    return Masked;
                });
            }
        }

        return (string.Concat(parts), found);
    }

    public static string Clean(string? text) => Scrub(text).Text;

    /// <summary>True when the text holds an ID-number or phone pattern (the portal crawl test uses the same patterns).</summary>
    public static bool Leaks(string? text) => Scrub(text).Found > 0;

    [GeneratedRegex(@"([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})")]
    private static partial Regex GuidText();

    // GB 11643: 6-digit region, birth date (18xx–20xx), 3-digit sequence, check character — valid or not.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdNumber18();

    // The 15-digit form (before 1999): 6-digit region, yymmdd, 3-digit sequence.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{6}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])")]
    private static partial Regex IdNumber15();

    // Mobile numbers, optionally with +86 / 86 and separators (138 0013 8000, 138-0013-8000).
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![0-9A-Za-z])")]
    private static partial Regex Mobile();

    // Landlines with an area code: 0571-88888888, (0571)88888888, 0571 8888 8888, 057188888888.
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}[- ]?)[2-9]\d{2,3}[- ]?\d{4}(?![0-9A-Za-z])")]
    private static partial Regex Landline();
}
