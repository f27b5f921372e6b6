namespace Weijian.Platform.Spreadsheets;

/// <summary>
/// The header row of a file, mapped to the expected columns by Chinese name: surrounding (also full-width) spaces and a
/// trailing required-marker <c>*</c> are ignored, the order is free. <see cref="Original"/> keeps the file's own
/// header texts in file order (the error workbook repeats them).
/// </summary>
public sealed class SpreadsheetHeader
{
    /// <summary>Columns the error workbook adds; a corrected error workbook can be imported again as it is.</summary>
    public static readonly IReadOnlySet<string> IgnoredHeaders = new HashSet<string>(StringComparer.Ordinal) { "行号", "错误原因" };

    private readonly Dictionary<string, int> _index;

    private SpreadsheetHeader(IReadOnlyList<string> original, Dictionary<string, int> index)
    {
        Original = original;
        _index = index;
    }

    public IReadOnlyList<string> Original { get; }

    public int? IndexOf(string header) => _index.TryGetValue(header, out var i) ? i : null;

    public static string Normalize(string? header)
    {
        var text = (header ?? "").Replace('\u3000', ' ').Trim();
        text = text.TrimEnd('*', '＊').Trim();
        return text;
    }

    /// <summary>
    /// Maps <paramref name="cells"/> (the file's first row) to <paramref name="columns"/>. Unknown, duplicate and missing
    /// required columns make one Chinese error for the whole file (code <c>spreadsheet.header-mismatch</c>).
    /// </summary>
    public static SpreadsheetHeader Map(IReadOnlyList<string?> cells, IReadOnlyList<SpreadsheetColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(columns);
        var known = columns.ToDictionary(c => c.Header, StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        var duplicate = new List<string>();
        var original = new List<string>();
        for (var i = 0; i < cells.Count; i++)
        {
            var raw = cells[i] ?? "";
            original.Add(raw.Trim());
            var name = Normalize(raw);
            if (name.Length == 0 || IgnoredHeaders.Contains(name))
            {
                continue;
            }

            if (!known.ContainsKey(name))
            {
                unknown.Add(name);
            }
            else if (!index.TryAdd(name, i))
            {
                duplicate.Add(name);
            }
        }

        var missing = columns.Where(c => c.Required && !index.ContainsKey(c.Header)).Select(c => c.Header).ToList();
        if (index.Count == 0)
        {
            throw new Rules.DomainRuleException("spreadsheet.header-mismatch",
                $"文件第1行应为表头（{string.Join("、", columns.Select(c => c.Header))}），未找到任何可识别的列。请下载导入模板，按模板填写。");
        }

        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add("缺少必填列" + string.Join("", missing.Select(m => $"“{m}”")));
        }

        if (unknown.Count > 0)
        {
            problems.Add("无法识别的列" + string.Join("", unknown.Select(m => $"“{m}”")));
        }

        if (duplicate.Count > 0)
        {
            problems.Add("重复的列" + string.Join("", duplicate.Distinct().Select(m => $"“{m}”")));
        }

        if (problems.Count > 0)
        {
            throw new Rules.DomainRuleException("spreadsheet.header-mismatch",
                $"文件表头不正确：{string.Join("；", problems)}。请下载导入模板核对表头（可识别的列：{string.Join("、", columns.Select(c => c.Header))}）。");
        }

        return new SpreadsheetHeader(original, index);
    }
}

/// <summary>
/// One data row: its number as the user sees it in Excel (the header is row 1) and its cells, read by Chinese header
/// name. Values are trimmed; an empty cell reads as null.
/// </summary>
public sealed class SpreadsheetRow(int number, SpreadsheetHeader header, IReadOnlyList<string?> cells)
{
    public int Number { get; } = number;

    public SpreadsheetHeader Header { get; } = header;

    /// <summary>The cells as read, in file column order (for the error workbook).</summary>
    public IReadOnlyList<string?> Cells { get; } = cells;

    /// <summary>The trimmed value of the column named <paramref name="header"/>, null when empty or absent.</summary>
    public string? this[string header]
    {
        get
        {
            if (Header.IndexOf(header) is not { } i || i >= Cells.Count)
            {
                return null;
            }

            var value = Cells[i]?.Replace('\u3000', ' ').Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }
    }

    public bool HasColumn(string header) => Header.IndexOf(header) is not null;

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
