using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Documents;

/// <summary>
/// The document templates shipped with the program (<c>data/documents/*.json</c>, copied next to it as
/// <c>documents/</c>). Every file is checked in full when loaded: known block types, well-formed placeholders naming
/// catalogued keys (<see cref="DocumentFields"/>), <c>row.*</c> only inside a table over a known row list. A bad file
/// stops the program at start-up with the file and the problem named, rather than producing a wrong document later.
/// </summary>
public sealed partial class DocumentTemplates
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,

        // A misspelt property ("colums") would otherwise be dropped silently.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private readonly Dictionary<string, DocumentTemplate> _byKey;

    public DocumentTemplates(IEnumerable<DocumentTemplate> templates)
    {
        _byKey = new Dictionary<string, DocumentTemplate>(StringComparer.Ordinal);
        foreach (var t in templates)
        {
            if (!_byKey.TryAdd(t.Key, t))
            {
                throw new DomainRuleException("document.template-invalid", $"文书模板 {t.Key} 重复");
            }
        }
    }

    /// <summary>The directory next to the program, where the build copies <c>data/documents/*.json</c>.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "documents");

    public IReadOnlyCollection<DocumentTemplate> All => _byKey.Values;

    /// <summary>The template with this key; an unknown key is a rule violation naming it.</summary>
    public DocumentTemplate Get(string key) =>
        _byKey.TryGetValue(key, out var t)
            ? t
            : throw new DomainRuleException("document.template-unknown", $"没有名为“{key}”的文书模板") { Fields = ["templateKey"] };

    public bool Contains(string key) => _byKey.ContainsKey(key);

    public static DocumentTemplates LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DomainRuleException("document.template-missing", $"找不到文书模板目录：{directory}");
        }

        var templates = new List<DocumentTemplate>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var template = Parse(File.ReadAllText(file, Encoding.UTF8), name);
            if (template.Key + ".json" != name)
            {
                throw Invalid(name, $"文件名应与模板 key 一致（{template.Key}.json）");
            }

            templates.Add(template);
        }

        return new DocumentTemplates(templates);
    }

    /// <summary>Parses and checks one template; <paramref name="name"/> names it in error messages.</summary>
    public static DocumentTemplate Parse(string json, string name)
    {
        TemplateFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TemplateFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw Invalid(name, $"不是有效的 JSON（{e.Message}）");
        }

        if (file is null)
        {
            throw Invalid(name, "内容为空");
        }

        var key = Required(file.Key, name, "key");
        if (!KeyPattern().IsMatch(key))
        {
            throw Invalid(name, $"key 只能由小写字母、数字和连字符组成：{key}");
        }

        var title = Required(file.Title, name, "title");
        var nature = string.IsNullOrWhiteSpace(file.Nature) ? null : file.Nature.Trim();
        if (nature is not null && !NaturePattern().IsMatch(nature))
        {
            throw Invalid(name, $"nature（执法性质）应为1至2个汉字：{nature}");
        }

        var header = file.Header ?? "{{org.name}}";
        CheckText(header, name, "header", rows: null);
        if (file.Blocks is not { Count: > 0 })
        {
            throw Invalid(name, "缺少 blocks");
        }

        var blocks = file.Blocks.Select((b, i) => Block(b, name, $"blocks[{i}]")).ToList();

        var required = new List<string>();
        foreach (var r in file.Required ?? [])
        {
            if (!DocumentFields.IsField(r) && !DocumentFields.IsRowList(r))
            {
                throw Invalid(name, $"required 中的“{r}”不是已登记的字段或行列表");
            }

            required.Add(r);
        }

        // Implied by the layout: the number line of a numbered document, the authority named in the header.
        if (nature is not null)
        {
            required.Add("doc.number");
        }

        required.AddRange(DocumentTemplate.Placeholders(header));
        return new DocumentTemplate(key, title, nature, file.Description?.Trim() ?? "", header, required.Distinct(StringComparer.Ordinal).ToList(), blocks);
    }

    private static DocumentBlock Block(BlockFile b, string name, string where)
    {
        if (!Enum.TryParse<DocumentBlockKind>(b.Type, ignoreCase: true, out var kind) || int.TryParse(b.Type, out _))
        {
            throw Invalid(name, $"{where} 的 type“{b.Type}”不是 {string.Join(" / ", Enum.GetNames<DocumentBlockKind>().Select(Camel))} 之一");
        }

        // Indented body text is justified; unindented lines (当事人：…, 地址：…) are set left, so a long code is not spread out.
        var indent = b.Indent ?? kind == DocumentBlockKind.Paragraph;
        var align = indent ? DocumentAlign.Justify : DocumentAlign.Left;
        if (b.Align is not null && (!Enum.TryParse(b.Align, ignoreCase: true, out align) || int.TryParse(b.Align, out _)))
        {
            throw Invalid(name, $"{where} 的 align“{b.Align}”应为 justify / left / center / right");
        }

        var block = new DocumentBlock(kind)
        {
            Text = b.Text ?? "",
            Align = align,
            Indent = indent,
            Bold = b.Bold ?? false,
            PerRow = b.PerRow ?? 1,
            Cells = (b.Cells ?? []).Select(c => new DocumentGridCell(c.Label ?? "", c.Value ?? "", c.Span ?? false)).ToList(),
            Rows = b.Rows,
            Columns = (b.Columns ?? []).Select(c => new DocumentTableColumn(c.Header ?? "", c.Value ?? "", c.Width ?? 1)).ToList(),
            Empty = b.Empty,
            WithDate = b.WithDate ?? false,
            When = b.When,
            Unless = b.Unless,
        };

        foreach (var condition in new[] { block.When, block.Unless }.OfType<string>())
        {
            if (!DocumentFields.IsField(condition) && !DocumentFields.IsRowList(condition))
            {
                throw Invalid(name, $"{where} 的条件“{condition}”不是已登记的字段或行列表");
            }
        }

        DocumentRowList? rows = null;
        switch (kind)
        {
            case DocumentBlockKind.Grid:
                if (block.PerRow is not (1 or 2))
                {
                    throw Invalid(name, $"{where} 的 perRow 应为 1 或 2");
                }

                if (block.Cells.Count == 0 || block.Cells.Any(c => string.IsNullOrWhiteSpace(c.Label)))
                {
                    throw Invalid(name, $"{where}（grid）应有 cells，每格都要有 label");
                }

                break;
            case DocumentBlockKind.Table:
                if (block.Rows is null || !DocumentFields.RowLists.TryGetValue(block.Rows, out rows))
                {
                    throw Invalid(name, $"{where}（table）的 rows“{block.Rows}”不是已登记的行列表（{string.Join("、", DocumentFields.RowLists.Keys)}）");
                }

                if (block.Columns.Count == 0 || block.Columns.Any(c => string.IsNullOrWhiteSpace(c.Header) || c.Width is < 1 or > 20))
                {
                    throw Invalid(name, $"{where}（table）应有 columns，每列都要有 header，width 为 1 至 20");
                }

                break;
            case DocumentBlockKind.SignLine:
                if (string.IsNullOrWhiteSpace(block.Text))
                {
                    throw Invalid(name, $"{where}（signLine）缺少 text（签名栏名称）");
                }

                break;
            case DocumentBlockKind.Seal:
                break;
            default:
                if (string.IsNullOrWhiteSpace(block.Text))
                {
                    throw Invalid(name, $"{where}（{Camel(kind.ToString())}）缺少 text");
                }

                break;
        }

        var i = 0;
        foreach (var text in block.Texts())
        {
            CheckText(text, name, $"{where} 第{++i}段文字", kind == DocumentBlockKind.Table ? rows : null);
        }

        return block;
    }

    /// <summary>Unknown placeholders and malformed braces are refused (a typo must never print as a blank).</summary>
    private static void CheckText(string text, string name, string where, DocumentRowList? rows)
    {
        if (DocumentTemplate.HasStrayBraces(text))
        {
            throw Invalid(name, $"{where} 含有不完整的占位符：{text}");
        }

        foreach (var key in DocumentTemplate.Placeholders(text))
        {
            if (key.StartsWith(DocumentFields.RowPrefix, StringComparison.Ordinal))
            {
                var column = key[DocumentFields.RowPrefix.Length..];
                if (rows is null)
                {
                    throw Invalid(name, $"{where} 的占位符 {{{{{key}}}}} 只能用在表格（table）的列中");
                }

                if (!rows.Columns.ContainsKey(column))
                {
                    throw Invalid(name, $"{where} 的占位符 {{{{{key}}}}} 不是行列表 {rows.Name} 的列（{string.Join("、", rows.Columns.Keys)}）");
                }
            }
            else if (!DocumentFields.IsField(key))
            {
                throw Invalid(name, $"{where} 使用了未登记的占位符 {{{{{key}}}}}");
            }
        }
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string Required(string? value, string name, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Invalid(name, $"缺少 {field}") : value.Trim();

    private static DomainRuleException Invalid(string name, string message) =>
        new("document.template-invalid", $"文书模板 {name} 有误：{message}");

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,2}$")]
    private static partial Regex NaturePattern();

    private sealed class TemplateFile
    {
        public string? Key { get; set; }

        public string? Title { get; set; }

        public string? Nature { get; set; }

        public string? Description { get; set; }

        public string? Header { get; set; }

        public List<string>? Required { get; set; }

        public List<BlockFile>? Blocks { get; set; }
    }

    private sealed class BlockFile
    {
        public string? Type { get; set; }

        public string? Text { get; set; }

        public string? Align { get; set; }

        public bool? Indent { get; set; }

        public bool? Bold { get; set; }

        public int? PerRow { get; set; }

        public List<CellFile>? Cells { get; set; }

        public string? Rows { get; set; }

        public List<ColumnFile>? Columns { get; set; }

        public string? Empty { get; set; }

        public bool? WithDate { get; set; }

        public string? When { get; set; }

        public string? Unless { get; set; }
    }

    private sealed class CellFile
    {
        public string? Label { get; set; }

        public string? Value { get; set; }

        public bool? Span { get; set; }
    }

    private sealed class ColumnFile
    {
        public string? Header { get; set; }

        public string? Value { get; set; }

        public int? Width { get; set; }
    }
}
