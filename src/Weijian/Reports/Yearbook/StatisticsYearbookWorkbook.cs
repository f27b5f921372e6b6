using Weijian.Platform.Spreadsheets;
using Weijian.Reports.AnnualReports;

namespace Weijian.Reports.Yearbook;

/// <summary>Writes the 行政执法统计年报 as .xlsx, one sheet per table, with <see cref="XlsxStreamWriter"/>.</summary>
public static class StatisticsYearbookWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(StatisticsYearbook yearbook)
    {
        ArgumentNullException.ThrowIfNull(yearbook);
        using var buffer = new MemoryStream();
        using (var writer = new XlsxStreamWriter(buffer, [.. yearbook.Tables.Select(t => t.Name)]))
        {
            foreach (var table in yearbook.Tables)
            {
                writer.BeginSheet([30, .. table.Columns.Select(_ => 18d)]);
                writer.Row([("单位", XlsxStyle.Header), .. table.Columns.Select(c => ((object?)c.Header, XlsxStyle.Header))]);
                foreach (var row in table.Rows)
                {
                    // A figure the catalogue lacks is printed as absent, never as 0 (issue #8).
                    writer.Row([(row.Organization, XlsxStyle.Text), .. row.Values.Select(v => (v is { } d ? (object?)d : AnnualReportText.Absent, XlsxStyle.General))]);
                }
            }
        }

        return buffer.ToArray();
    }
}
