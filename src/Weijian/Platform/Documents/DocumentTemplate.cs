using System.Text.RegularExpressions;

namespace Weijian.Platform.Documents;

/// <summary>
/// One kind of official document, read from <c>data/documents/{key}.json</c> (format: docs/adr/0006-documents-as-data.md).
/// <see cref="Nature"/> is the 执法性质 code of its number (R-PEN-33: 罚, 告, 听 …); null for records that carry no
/// number (笔录, 报告, 回证). <see cref="Required"/> lists the fields and row lists that must have content, including
/// those the layout implies (the number of a numbered document, the authority named in the header).
/// </summary>
public sealed partial record DocumentTemplate(
    string Key,
    string Title,
    string? Nature,
    string Description,
    string Header,
    IReadOnlyList<string> Required,
    IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>The keys of every placeholder the template uses (fields only; <c>row.*</c> columns excluded).</summary>
    public IEnumerable<string> FieldKeys =>
        Placeholders(Header).Concat(Blocks.SelectMany(b => b.Texts().SelectMany(Placeholders)))
            .Where(k => !k.StartsWith(DocumentFields.RowPrefix, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);

    /// <summary>The keys named in a text's <c>{{…}}</c> placeholders, in order.</summary>
    public static IEnumerable<string> Placeholders(string? text) =>
        text is null ? [] : PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>Replaces every placeholder with its value (blank when absent); <c>row.*</c> reads the current row.</summary>
    public static string Fill(string text, DocumentContent content, IReadOnlyDictionary<string, string>? row = null) =>
        PlaceholderPattern().Replace(text, m =>
        {
            var key = m.Groups[1].Value;
            if (key.StartsWith(DocumentFields.RowPrefix, StringComparison.Ordinal))
            {
                return row is not null && row.TryGetValue(key[DocumentFields.RowPrefix.Length..], out var cell) ? cell ?? "" : "";
            }

            return content.Field(key) ?? "";
        });

    /// <summary>Braces left over after removing well-formed placeholders: a typo such as <c>{{party.name}</c>.</summary>
    internal static bool HasStrayBraces(string text) =>
        PlaceholderPattern().Replace(text, "").Contains("{{", StringComparison.Ordinal)
        || PlaceholderPattern().Replace(text, "").Contains("}}", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\{\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}

public enum DocumentBlockKind
{
    /// <summary>A bold line in 黑体 (一、违法事实).</summary>
    Heading,

    /// <summary>Body text; a value with line breaks becomes several paragraphs.</summary>
    Paragraph,

    /// <summary>A bordered label/value grid (当事人 | …).</summary>
    Grid,

    /// <summary>A bordered table with a header row and one row per entry of a named row list.</summary>
    Table,

    /// <summary>The issuing authority's name, right-aligned, with the seal mark “（印章）”.</summary>
    Seal,

    /// <summary>A right-aligned date line.</summary>
    Date,

    /// <summary>A signature line: label, a blank to sign on, optionally a blank date.</summary>
    SignLine,

    /// <summary>Small print: 说明, 备注, 告知事项 at the foot of a form.</summary>
    Note,
}

public enum DocumentAlign
{
    Justify,
    Left,
    Center,
    Right,
}

/// <summary>A label/value pair of a grid; <see cref="Span"/> makes it take a whole row.</summary>
public sealed record DocumentGridCell(string Label, string Value, bool Span);

/// <summary>A column of a table: its header and the text of each cell (placeholders may read <c>row.*</c>).</summary>
public sealed record DocumentTableColumn(string Header, string Value, int Width);

/// <summary>
/// One block of a template. Which properties apply depends on <see cref="Kind"/>; <see cref="When"/> (a field or row list)
/// renders the block only when it has content, <see cref="Unless"/> only when it has none.
/// </summary>
public sealed record DocumentBlock(DocumentBlockKind Kind)
{
    public string Text { get; init; } = "";

    public DocumentAlign Align { get; init; } = DocumentAlign.Justify;

    /// <summary>First-line indent of two characters (Chinese body text); on by default for paragraphs.</summary>
    public bool Indent { get; init; } = true;

    public bool Bold { get; init; }

    /// <summary>Grid: label/value pairs per row (1 or 2).</summary>
    public int PerRow { get; init; } = 1;

    public IReadOnlyList<DocumentGridCell> Cells { get; init; } = [];

    /// <summary>Table: the row list it binds to.</summary>
    public string? Rows { get; init; }

    public IReadOnlyList<DocumentTableColumn> Columns { get; init; } = [];

    /// <summary>Table: the text of a single row shown when the list is empty.</summary>
    public string? Empty { get; init; }

    /// <summary>Sign line: also a blank date (年 月 日).</summary>
    public bool WithDate { get; init; }

    public string? When { get; init; }

    public string? Unless { get; init; }

    /// <summary>Every text of the block that may hold placeholders.</summary>
    public IEnumerable<string> Texts()
    {
        yield return Text;
        foreach (var c in Cells)
        {
            yield return c.Label;
            yield return c.Value;
        }

        foreach (var c in Columns)
        {
            yield return c.Header;
            yield return c.Value;
        }

        if (Empty is not null)
        {
            yield return Empty;
        }
    }

    /// <summary>Whether the block is shown for this content.</summary>
    public bool AppliesTo(DocumentContent content) =>
        (When is null || content.Has(When)) && (Unless is null || !content.Has(Unless));
}
