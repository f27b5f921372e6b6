using System.Globalization;
using Weijian.Platform.Rules;

namespace Weijian.Platform.Spreadsheets;

/// <summary>Typed reading of a row's cells, with field-named Chinese errors (the reason shown for a rejected row).</summary>
public static class SpreadsheetValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-M-d H:mm:ss", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm", "yyyy/M/d H:mm",
    ];

    /// <summary>
    /// A date from a cell: an .xlsx date, text such as 2024-03-01, 2024/3/1, 2024年3月1日, 20240301, or an Excel day
    /// serial number (a date cell saved as a plain number); null when the cell is empty.
    /// </summary>
    public static DateOnly? Date(SpreadsheetRow row, string header, string field)
    {
        ArgumentNullException.ThrowIfNull(row);
        var text = row[header];
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return DateOnly.FromDateTime(parsed);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        throw Input.Invalid("validation.date", field, $"{header}“{text}”不是有效的日期，应写作 yyyy-mm-dd，如 2024-03-01");
    }

    /// <summary>A list in one cell, separated by 、，,；; or spaces.</summary>
    public static IReadOnlyList<string> List(SpreadsheetRow row, string header)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (row[header] ?? "").Split(['、', '，', ',', '；', ';', ' ', '/', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
