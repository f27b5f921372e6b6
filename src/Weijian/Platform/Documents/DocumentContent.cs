using System.Text.Json;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Documents;

/// <summary>
/// What goes into a document: field values by key (<c>party.name</c> → "冷水滩区星河湾大酒店") and named row lists
/// (<c>items</c> → rows of name/spec/quantity). Values are final display text (dates and amounts already formatted in
/// Chinese); a value may hold several paragraphs separated by line breaks. Keys are listed in <see cref="DocumentFields"/>.
/// </summary>
public sealed record DocumentContent(
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Rows)
{
    public static DocumentContent Empty { get; } = new(
        new Dictionary<string, string>(),
        new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>());

    /// <summary>Content with fields only.</summary>
    public static DocumentContent Of(IReadOnlyDictionary<string, string> fields) => Empty with { Fields = fields };

    /// <summary>The value of a field, or null when absent or blank.</summary>
    public string? Field(string key) =>
        Fields.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The rows of a list (empty when absent).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> RowsOf(string name) =>
        Rows.TryGetValue(name, out var rows) ? rows : [];

    /// <summary>Whether a field, or a row list, has content (used by <c>required</c> and <c>when</c>).</summary>
    public bool Has(string key) => DocumentFields.IsRowList(key) ? RowsOf(key).Count > 0 : Field(key) is not null;

    /// <summary>A copy with one field set (replacing any value).</summary>
    public DocumentContent With(string key, string value)
    {
        var fields = new Dictionary<string, string>(Fields, StringComparer.Ordinal) { [key] = value };
        return this with { Fields = fields };
    }

    /// <summary>A copy with a field set only where the caller gave none (e.g. <c>org.name</c>).</summary>
    public DocumentContent WithDefault(string key, string value) => Field(key) is null ? With(key, value) : this;

    /// <summary>
    /// Reads content written as JSON: <c>{"fields": {"party.name": "…"}, "rows": {"items": [{"name": "…"}]}}</c>
    /// (other top-level properties are ignored). Used for samples, previews and tools.
    /// </summary>
    public static DocumentContent ParseJson(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("fields", out var f))
            {
                foreach (var p in f.EnumerateObject())
                {
                    fields[p.Name] = p.Value.GetString() ?? "";
                }
            }

            var rows = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal);
            if (root.TryGetProperty("rows", out var r))
            {
                foreach (var list in r.EnumerateObject())
                {
                    rows[list.Name] = list.Value.EnumerateArray()
                        .Select(row => (IReadOnlyDictionary<string, string>)row.EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetString() ?? "", StringComparer.Ordinal))
                        .ToList();
                }
            }

            return new DocumentContent(fields, rows);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new DomainRuleException("document.content-invalid", $"文书内容不是有效的 JSON（应为 fields 和 rows 两部分，值均为文字）：{e.Message}");
        }
    }
}
