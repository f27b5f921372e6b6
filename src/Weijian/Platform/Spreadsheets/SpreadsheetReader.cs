using System.Globalization;
using System.Text;
using ExcelDataReader;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Spreadsheets;

/// <summary>The file formats an import accepts.</summary>
public enum SpreadsheetFormat
{
    Xlsx,
    Csv,
}

/// <summary>
/// Streams the rows of an .xlsx (first worksheet, through ExcelDataReader's XML reader) or .csv file without loading the
/// file into memory: 100 000 rows cost one row at a time. The first row is the header, mapped by Chinese column name
/// (<see cref="SpreadsheetHeader.Map"/>); blank rows are skipped. A file that cannot be read is one
/// <see cref="DomainRuleException"/> (<c>spreadsheet.*</c>) for the whole file.
/// </summary>
public sealed class SpreadsheetReader : IDisposable
{
    private readonly IExcelDataReader? _excel;
    private readonly StreamReader? _text;
    private readonly IEnumerator<IReadOnlyList<string>>? _csv;
    private int _lastRowNumber = 1;
    private int _csvRecords;

    static SpreadsheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private SpreadsheetReader(SpreadsheetFormat format, IExcelDataReader? excel, StreamReader? text, int? total)
    {
        Format = format;
        _excel = excel;
        _text = text;
        _csv = text is null ? null : CsvText.Records(text).GetEnumerator();
        TotalRows = total;
    }

    public SpreadsheetFormat Format { get; }

    /// <summary>The number of data rows when the file says so (the .xlsx dimension, the .csv record count); blank rows included.</summary>
    public int? TotalRows { get; }

    public SpreadsheetHeader Header { get; private set; } = null!;

    /// <summary>The CSV encoding detected (null for .xlsx).</summary>
    public Encoding? Encoding => _text?.CurrentEncoding;

    /// <summary>
    /// Opens <paramref name="content"/> (seekable; left open) as the format its bytes and <paramref name="fileName"/> say,
    /// and maps its header to <paramref name="columns"/>.
    /// </summary>
    public static SpreadsheetReader Open(Stream content, string fileName, IReadOnlyList<SpreadsheetColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(content);
        var format = DetectFormat(content, fileName);
        SpreadsheetReader reader;
        try
        {
            if (format == SpreadsheetFormat.Xlsx)
            {
                var excel = ExcelReaderFactory.CreateOpenXmlReader(content, new ExcelReaderConfiguration { LeaveOpen = true });
                int? total = excel.RowCount > 0 ? excel.RowCount - 1 : null;
                reader = new SpreadsheetReader(format, excel, null, total);
            }
            else
            {
                var scan = CsvText.Detect(content);
                var text = new StreamReader(content, scan.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 65536, leaveOpen: true);
                reader = new SpreadsheetReader(format, null, text, Math.Max(scan.Records - 1, 0));
            }
        }
        catch (Exception e) when (e is not DomainRuleException and not OperationCanceledException)
        {
            throw Unreadable(format, e);
        }

        try
        {
            var first = reader.NextRaw() ?? throw new DomainRuleException("spreadsheet.empty", "文件是空的：第1行应为表头，其后每行一条记录。");
            reader.Header = SpreadsheetHeader.Map(first, columns);
            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    public static SpreadsheetFormat DetectFormat(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        Span<byte> head = stackalloc byte[4];
        content.Position = 0;
        var n = content.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        content.Position = 0;
        var zip = n == 4 && head is [0x50, 0x4B, 0x03, 0x04];
        var ole = n == 4 && head is [0xD0, 0xCF, 0x11, 0xE0];
        if (n == 0)
        {
            throw new DomainRuleException("spreadsheet.empty", "文件是空的：第1行应为表头，其后每行一条记录。");
        }

        if (ole || extension == ".xls")
        {
            throw new DomainRuleException("spreadsheet.unsupported-format", "不支持旧版 Excel 97-2003（.xls）文件，请在 Excel 中“另存为” .xlsx 后再导入。");
        }

        if (zip)
        {
            return SpreadsheetFormat.Xlsx;
        }

        if (extension == ".xlsx")
        {
            throw new DomainRuleException("spreadsheet.unreadable", "文件不是有效的 .xlsx 工作簿（可能已损坏，或只是改了扩展名）。");
        }

        if (extension is ".csv" or ".txt")
        {
            return SpreadsheetFormat.Csv;
        }

        throw new DomainRuleException("spreadsheet.unsupported-format", $"不支持的文件类型“{extension}”：请上传 .xlsx 或 .csv 文件。");
    }

    /// <summary>The data rows, blank ones skipped. Streaming: read each row before asking for the next.</summary>
    public IEnumerable<SpreadsheetRow> Rows()
    {
        while (true)
        {
            IReadOnlyList<string?>? cells;
            try
            {
                cells = NextRaw();
            }
            catch (Exception e) when (e is not DomainRuleException and not OperationCanceledException)
            {
                throw Unreadable(Format, e);
            }

            if (cells is null)
            {
                yield break;
            }

            var row = new SpreadsheetRow(_lastRowNumber, Header, cells);
            if (!row.IsBlank)
            {
                yield return row;
            }
        }
    }

    private IReadOnlyList<string?>? NextRaw()
    {
        if (_excel is not null)
        {
            while (_excel.Read())
            {
                _lastRowNumber = _excel.Depth + 1;
                var cells = new string?[_excel.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = CellText(_excel.GetValue(i));
                }

                return cells;
            }

            return null;
        }

        if (_csv!.MoveNext())
        {
            _lastRowNumber = ++_csvRecords;
            return _csv.Current;
        }

        return null;
    }

    /// <summary>A cell as text: numbers without exponent or trailing zeros, dates as yyyy-MM-dd (with the time when it has one).</summary>
    public static string? CellText(object? value) => value switch
    {
        null => null,
        string s => s,
        double d when Math.Abs(d) < 1e15 && d == Math.Floor(d) => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static DomainRuleException Unreadable(SpreadsheetFormat format, Exception e) =>
        new("spreadsheet.unreadable", format == SpreadsheetFormat.Xlsx
            ? $"无法读取 .xlsx 工作簿（文件可能已损坏）：{e.GetBaseException().Message}"
            : $"无法读取 .csv 文件：{e.GetBaseException().Message}");

    public void Dispose()
    {
        _excel?.Dispose();
        _csv?.Dispose();
        _text?.Dispose();
    }
}
