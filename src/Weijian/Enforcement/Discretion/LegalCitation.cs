using System.Text.RegularExpressions;
using Weijian.Platform.Rules;
using Weijian.Registry.Provisions;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// A provision a baseline item cites: the law's title as the baseline writes it, the code of the law library
/// (<see cref="LegalDocument.Code"/>) when the law is in the library (null otherwise, e.g. 食品安全法), the article and
/// the finer part (款/项) as written. The code lets a case resolve the article's text in force on the date of the act
/// (R-PEN-9) through <see cref="ResolveProvision"/>.
/// </summary>
public sealed record LegalCitation(string Law, string? LawCode, int? Article, string? Part = null)
{
    /// <summary>《公共场所卫生管理条例实施细则》第三十五条第一款.</summary>
    public string Text => $"《{Law}》{(Article is { } a ? ChineseNumerals.ArticleLabel(a) : "")}{Part}";
}

/// <summary>
/// Citations as baselines write them in a cell: "《公共场所卫生管理条例实施细则》第三十五条；《公共场所卫生管理条例》第十四条
/// 第一款第（四）项", several separated by 、，；. Arabic article numbers (第35条) are accepted too.
/// </summary>
public static partial class LegalCitations
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Parses a cell; <paramref name="codeOf"/> maps a law title to its library code (null when not in the library).</summary>
    public static IReadOnlyList<LegalCitation> Parse(string? text, string field, string label, Func<string, string?> codeOf)
    {
        ArgumentNullException.ThrowIfNull(codeOf);
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            throw Input.Invalid("validation.required", field, $"{label}不能为空");
        }

        var found = new List<LegalCitation>();
        var matches = CitationPattern().Matches(value);
        if (matches.Count == 0)
        {
            throw Input.Invalid("discretion.citation-format", field, $"{label}“{value}”应写作《法律法规名称》第X条，如《公共场所卫生管理条例实施细则》第三十五条");
        }

        foreach (Match m in matches)
        {
            var law = m.Groups["law"].Value.Trim();
            int? article = null;
            if (m.Groups["article"].Success)
            {
                article = Number(m.Groups["article"].Value)
                    ?? throw Input.Invalid("discretion.citation-format", field, $"{label}中的条文序号“{m.Groups["article"].Value}”无法识别");
            }

            var part = m.Groups["part"].Value.Trim();
            found.Add(new LegalCitation(law, codeOf(law), article, part.Length == 0 ? null : part));
        }

        return found;
    }

    /// <summary>A number written in Chinese numerals (一百零一, 三十五, 十) or digits; null when it is neither.</summary>
    public static int? Number(string? text)
    {
        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        if (int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }

        var total = 0;
        var current = 0;
        foreach (var c in t)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            var unit = c switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => 0,
            };
            if (unit == 0)
            {
                return null;
            }

            total += (current == 0 && unit == 10 && total == 0 ? 1 : current) * unit;
            current = 0;
        }

        total += current;
        return total > 0 ? total : null;
    }

    /// <summary>The title without the "中华人民共和国" prefix (baselines write both).</summary>
    public static string ShortTitle(string title) =>
        title.StartsWith("中华人民共和国", StringComparison.Ordinal) ? title["中华人民共和国".Length..] : title;

    [GeneratedRegex(@"《(?<law>[^》]+)》\s*(?:第(?<article>[0-9零一二三四五六七八九十百千]+)条)?(?<part>(?:第[0-9零一二三四五六七八九十百千]+款)?(?:第?[（(][0-9零一二三四五六七八九十]+[)）]项?)?)")]
    private static partial Regex CitationPattern();
}
