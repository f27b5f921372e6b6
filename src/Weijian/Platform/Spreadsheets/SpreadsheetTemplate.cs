using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;

namespace Weijian.Platform.Spreadsheets;

/// <summary>
/// The downloadable import template: a first sheet with the Chinese headers (required ones in red), text-formatted
/// columns (so credit codes and ID numbers stay text) and one example row; a 填写说明 sheet describing each column,
/// whether it is required and its allowed values.
/// </summary>
public static class SpreadsheetTemplate
{
    public const string InstructionsSheet = "填写说明";

    public static void Write(Stream output, string title, IReadOnlyList<SpreadsheetColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        var workbook = new XSSFWorkbook();
        var styles = Workbooks.CreateStyles(workbook);
        var data = workbook.CreateSheet(Workbooks.SheetName(title));
        var header = data.CreateRow(0);
        var example = data.CreateRow(1);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var cell = header.CreateCell(i);
            cell.SetCellValue(column.Header);
            cell.CellStyle = column.Required ? styles.RequiredHeader : styles.Header;
            var columnStyle = column.Kind == SpreadsheetCellKind.Text ? styles.Text : column.Kind == SpreadsheetCellKind.Date ? styles.Date : styles.Number;
            data.SetDefaultColumnStyle(i, columnStyle);
            Workbooks.SetWidth(data, i, (column.Example?.Length ?? 0) > column.Header.Length ? column.Example! : column.Header + "　　", min: 10, max: 40);
            var value = example.CreateCell(i);
            value.CellStyle = columnStyle;
            if (column.Example is { } sample)
            {
                if (column.Kind == SpreadsheetCellKind.Date && DateOnly.TryParse(sample, System.Globalization.CultureInfo.InvariantCulture, out var date))
                {
                    value.SetCellValue(date.ToDateTime(TimeOnly.MinValue));
                }
                else if (column.Kind == SpreadsheetCellKind.Number && double.TryParse(sample, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    value.SetCellValue(number);
                }
                else
                {
                    value.SetCellValue(sample);
                }
            }
        }

        data.CreateFreezePane(0, 1);

        var help = workbook.CreateSheet(InstructionsSheet);
        var titles = new[] { "列名", "是否必填", "说明", "可填写的值", "示例" };
        var top = help.CreateRow(0);
        for (var i = 0; i < titles.Length; i++)
        {
            var cell = top.CreateCell(i);
            cell.SetCellValue(titles[i]);
            cell.CellStyle = styles.Header;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var row = help.CreateRow(i + 1);
            Text(row, 0, column.Header, styles.Wrap);
            Text(row, 1, column.Required ? "必填" : "选填", styles.Wrap);
            Text(row, 2, column.Description, styles.Wrap);
            Text(row, 3, column.AllowedValues ?? "", styles.Wrap);
            Text(row, 4, column.Example ?? "", styles.Wrap);
        }

        var notes = new[]
        {
            "",
            $"填写要求：第1行为表头，请勿修改列名（列的顺序可以调整，红色列为必填）；从第2行起每行一条记录，示例行导入前请删除或改为真实数据。",
            "文件格式：.xlsx，或 .csv（UTF-8 或 GB18030 编码，Excel“另存为 CSV”均可）。",
            "导入规则：每行单独校验，有错误的行不导入、其余行照常导入；错误行连同“行号”“错误原因”可下载为错误清单，改正后可直接重新导入。",
            "重复导入：以唯一标识（统一社会信用代码/身份证号/执法证号）识别同一条记录，内容相同的不做修改，同一文件重复导入不会产生重复记录。",
        };
        for (var i = 0; i < notes.Length; i++)
        {
            Text(help.CreateRow(columns.Count + 1 + i), 0, notes[i], null);
        }

        help.SetColumnWidth(0, 18 * 256);
        help.SetColumnWidth(1, 10 * 256);
        help.SetColumnWidth(2, 60 * 256);
        help.SetColumnWidth(3, 50 * 256);
        help.SetColumnWidth(4, 24 * 256);
        workbook.SetActiveSheet(0);
        Workbooks.Write(workbook, output);
    }

    private static void Text(IRow row, int column, string value, ICellStyle? style)
    {
        var cell = row.CreateCell(column);
        cell.SetCellValue(value);
        if (style is not null)
        {
            cell.CellStyle = style;
        }
    }
}
