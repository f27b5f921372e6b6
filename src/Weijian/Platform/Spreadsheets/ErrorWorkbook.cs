namespace Weijian.Platform.Spreadsheets;

/// <summary>
/// The rejected rows of an import, streamed to an .xlsx (in a temporary file) as they are found: 行号, the row's
/// original cells under the file's own headers, and 错误原因. The columns 行号 and 错误原因 are ignored on import, so a
/// corrected error workbook can be imported again as it is.
/// </summary>
public sealed class ErrorWorkbook : IDisposable
{
    private FileStream? _file;
    private XlsxStreamWriter? _writer;
    private List<int>? _sourceColumns;
    private bool _finished;

    public int Count { get; private set; }

    public void Add(SpreadsheetRow row, string reason)
    {
        ArgumentNullException.ThrowIfNull(row);
        ObjectDisposedException.ThrowIf(_finished, this);
        if (_writer is null)
        {
            Begin(row.Header);
        }

        var cells = new List<(object?, XlsxStyle)>(_sourceColumns!.Count + 2) { (row.Number, XlsxStyle.General) };
        cells.AddRange(_sourceColumns.Select(i => ((object?)(i < row.Cells.Count ? row.Cells[i] : null), XlsxStyle.Text)));
        cells.Add((reason, XlsxStyle.General));
        _writer!.Row(cells);
        Count++;
    }

    private void Begin(SpreadsheetHeader header)
    {
        _sourceColumns = [];
        for (var i = 0; i < header.Original.Count; i++)
        {
            var name = SpreadsheetHeader.Normalize(header.Original[i]);
            if (name.Length > 0 && !SpreadsheetHeader.IgnoredHeaders.Contains(name))
            {
                _sourceColumns.Add(i);
            }
        }

        var titles = new List<string> { "行号" };
        titles.AddRange(_sourceColumns.Select(i => header.Original[i]));
        titles.Add("错误原因");
        var widths = titles.Select((t, i) => i == titles.Count - 1 ? 60d : Math.Clamp(Workbooks.Width(t) + 6, 8, 30)).ToList();

        _file = new FileStream(
            Path.Combine(Path.GetTempPath(), "weijian-errors-" + Guid.NewGuid().ToString("N") + ".xlsx"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose);
        _writer = new XlsxStreamWriter(_file, ["错误清单"]);
        _writer.BeginSheet(widths);
        _writer.Row(titles.Select((t, i) => ((object?)t, i == titles.Count - 1 ? XlsxStyle.RequiredHeader : XlsxStyle.Header)).ToList());
    }

    /// <summary>Finishes the workbook and returns its bytes (null when no row was rejected). Call once, at the end.</summary>
    public byte[]? Finish()
    {
        if (_writer is null || _file is null)
        {
            return null;
        }

        if (!_finished)
        {
            _writer.Dispose();
            _finished = true;
        }

        _file.Position = 0;
        var bytes = new byte[_file.Length];
        _file.ReadExactly(bytes);
        return bytes;
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _writer?.Dispose();
            _finished = true;
        }

        _file?.Dispose();
    }
}
