namespace Weijian.Platform.Spreadsheets;

/// <summary>One column of an export: its Chinese header and how to read the value from a row.</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value, int Width = 16);

/// <summary>
/// Writes any list to an .xlsx, streaming (<see cref="XlsxStreamWriter"/>: one row in memory at a time): Chinese
/// headers, dates as real dates (<see cref="DateOnly"/>, <see cref="DateTime"/>; a <see cref="DateTimeOffset"/> as
/// Beijing time), numbers as numbers, booleans as 是/否, everything else as text.
/// </summary>
public static class SpreadsheetExport
{
    public const string ContentType = Workbooks.ContentType;

    public static async Task<int> WriteAsync<T>(Stream output, string sheetName, IReadOnlyList<ExportColumn<T>> columns, IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);

        // The zip writer is synchronous: write into a temporary file, then copy it out asynchronously (ASP.NET Core
        // forbids synchronous writes to a response).
        await using var buffer = new FileStream(
            Path.Combine(Path.GetTempPath(), "weijian-export-" + Guid.NewGuid().ToString("N") + ".xlsx"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var count = 0;
        using (var writer = new XlsxStreamWriter(buffer, [sheetName]))
        {
            writer.BeginSheet(columns.Select(c => (double)Math.Clamp(c.Width, 4, 100)).ToList());
            writer.Row(columns.Select(c => ((object?)c.Header, XlsxStyle.Header)).ToList());
            var cells = new (object?, XlsxStyle)[columns.Count];
            await foreach (var item in rows.WithCancellation(ct))
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = columns[i].Value(item);
                    cells[i] = value switch
                    {
                        DateTimeOffset o => (TimeZoneInfo.ConvertTime(o, Calendar.ChinaClock.TimeZone).DateTime, XlsxStyle.DateTime),
                        string => (value, XlsxStyle.Text),
                        Enum => (value.ToString(), XlsxStyle.Text),
                        _ => (value, XlsxStyle.General),
                    };
                }

                writer.Row(cells);
                count++;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
        return count;
    }
}
