using System.Text;
using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;
using Weijian.Platform.Rules;
using Weijian.Platform.Spreadsheets;

namespace Weijian.Tests.Platform.Spreadsheets;

/// <summary>
/// Issue #3 "Import and export", DESIGN principle 5: the spreadsheet layer with real files written and read back —
/// headers mapped by Chinese name, .xlsx and .csv (UTF-8 with/without BOM, GB18030), the template, the error workbook
/// and the streaming export.
/// </summary>
public sealed class SpreadsheetTests : IDisposable
{
    private static readonly SpreadsheetColumn[] Columns =
    [
        new("名称", "监管对象名称", Required: true, Example: "冷水滩区阳光宾馆"),
        new("统一社会信用代码", "18位", Required: true, Example: "91431103MA4L0XXX1A"),
        new("专业类别", "类别", AllowedValues: "公共场所、生活饮用水", Example: "公共场所"),
        new("发证日期", "日期", Example: "2024-03-01", Kind: SpreadsheetCellKind.Date),
        new("备注", "备注"),
    ];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "weijian-sheet-tests", Guid.NewGuid().ToString("N"));

    public SpreadsheetTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_template_has_the_chinese_headers_an_instructions_sheet_and_an_example_row_that_reads_back()
    {
        var path = Path.Combine(_dir, "模板.xlsx");
        using (var file = File.Create(path))
        {
            SpreadsheetTemplate.Write(file, "监管对象", Columns);
        }

        var workbook = Load(path);
        {
            workbook.NumberOfSheets.ShouldBe(2);
            workbook.GetSheetName(0).ShouldBe("监管对象");
            workbook.GetSheetName(1).ShouldBe("填写说明");
            var help = workbook.GetSheet("填写说明");
            help.GetRow(1).GetCell(0).StringCellValue.ShouldBe("名称");
            help.GetRow(1).GetCell(1).StringCellValue.ShouldBe("必填");
            help.GetRow(3).GetCell(3).StringCellValue.ShouldBe("公共场所、生活饮用水");
        }

        using var stream = File.OpenRead(path);
        using var reader = SpreadsheetReader.Open(stream, path, Columns);
        reader.Format.ShouldBe(SpreadsheetFormat.Xlsx);
        var rows = reader.Rows().ToList();
        rows.Count.ShouldBe(1);
        rows[0].Number.ShouldBe(2);
        rows[0]["名称"].ShouldBe("冷水滩区阳光宾馆");
        rows[0]["统一社会信用代码"].ShouldBe("91431103MA4L0XXX1A");
        rows[0]["发证日期"].ShouldBe("2024-03-01");
        rows[0]["备注"].ShouldBeNull();
    }

    [Fact]
    public void Headers_are_matched_by_chinese_name_in_any_order_with_surrounding_spaces_and_a_required_star()
    {
        var path = WriteCsv("reordered.csv", new UTF8Encoding(false), "  备注 ,专业类别,统一社会信用代码*,　名称　\r\n无,公共场所,91431103MA4L0XXX1A,阳光宾馆\r\n");
        using var stream = File.OpenRead(path);
        using var reader = SpreadsheetReader.Open(stream, path, Columns);
        var row = reader.Rows().Single();
        row["名称"].ShouldBe("阳光宾馆");
        row["统一社会信用代码"].ShouldBe("91431103MA4L0XXX1A");
        row["备注"].ShouldBe("无");
        row["发证日期"].ShouldBeNull();
    }

    [Fact]
    public void Unknown_and_missing_required_columns_are_one_clear_chinese_error_for_the_whole_file()
    {
        var path = WriteCsv("bad-header.csv", new UTF8Encoding(false), "名称,地址,电话\r\n阳光宾馆,凤凰路,123\r\n");
        using var stream = File.OpenRead(path);
        var e = Should.Throw<DomainRuleException>(() => SpreadsheetReader.Open(stream, path, Columns));
        e.Code.ShouldBe("spreadsheet.header-mismatch");
        e.Message.ShouldContain("缺少必填列“统一社会信用代码”");
        e.Message.ShouldContain("无法识别的列“地址”“电话”");
        e.Message.ShouldContain("导入模板");
    }

    [Theory]
    [InlineData("utf8-bom")]
    [InlineData("utf8")]
    [InlineData("gb18030")]
    public void Csv_in_utf8_with_or_without_bom_and_in_gb18030_reads_the_same_chinese_text(string encoding)
    {
        var text = "名称,统一社会信用代码,备注\r\n\"阳光宾馆, 凤凰路店\",91431103MA4L0XXX1A,\"他说\"\"好\"\"\r\n第二行\"\r\n\r\n冷水滩区第一中学,12431100445838521C,\r\n";
        var enc = encoding switch
        {
            "utf8-bom" => new UTF8Encoding(true),
            "utf8" => new UTF8Encoding(false),
            _ => CsvText.Gb18030,
        };
        var path = WriteCsv($"{encoding}.csv", enc, text);
        using var stream = File.OpenRead(path);
        using var reader = SpreadsheetReader.Open(stream, path, Columns);
        reader.Encoding!.CodePage.ShouldBe(encoding == "gb18030" ? 54936 : 65001);
        var rows = reader.Rows().ToList();
        rows.Count.ShouldBe(2);
        rows[0]["名称"].ShouldBe("阳光宾馆, 凤凰路店");
        rows[0]["备注"].ShouldBe("他说\"好\"\r\n第二行");
        rows[1]["名称"].ShouldBe("冷水滩区第一中学");
        rows[1].Number.ShouldBe(4); // the blank record 3 is skipped but still counted, as Excel numbers rows
    }

    [Fact]
    public void Old_xls_files_and_corrupt_or_empty_files_are_refused_with_a_chinese_reason()
    {
        var xls = Path.Combine(_dir, "old.xls");
        File.WriteAllBytes(xls, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        var fake = Path.Combine(_dir, "fake.xlsx");
        File.WriteAllText(fake, "not a workbook");
        var empty = Path.Combine(_dir, "empty.csv");
        File.WriteAllBytes(empty, []);
        var broken = Path.Combine(_dir, "broken.xlsx");
        File.WriteAllBytes(broken, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]);

        Code(xls).ShouldBe("spreadsheet.unsupported-format");
        Code(fake).ShouldBe("spreadsheet.unreadable");
        Code(empty).ShouldBe("spreadsheet.empty");
        Code(broken).ShouldBe("spreadsheet.unreadable");

        string Code(string path)
        {
            using var stream = File.OpenRead(path);
            return Should.Throw<DomainRuleException>(() => SpreadsheetReader.Open(stream, path, Columns).Dispose()).Code;
        }
    }

    [Fact]
    public void The_error_workbook_lists_row_number_original_cells_and_reason_and_can_be_imported_again_once_corrected()
    {
        var path = WriteCsv("mixed.csv", new UTF8Encoding(false), "统一社会信用代码,名称,备注\r\n91431103MA4L0XXX1A,,缺名称\r\n123,坏代码,\r\n");
        var errorsPath = Path.Combine(_dir, "errors.xlsx");
        using (var stream = File.OpenRead(path))
        using (var reader = SpreadsheetReader.Open(stream, path, Columns))
        using (var errors = new ErrorWorkbook())
        {
            foreach (var row in reader.Rows())
            {
                errors.Add(row, row["名称"] is null ? "名称不能为空" : "统一社会信用代码格式不正确");
            }

            errors.Count.ShouldBe(2);
            File.WriteAllBytes(errorsPath, errors.Finish()!);
        }

        var errorBook = Load(errorsPath);
        {
            var sheet = errorBook.GetSheetAt(0);
            string Cell(int r, int c) => sheet.GetRow(r).GetCell(c)?.ToString() ?? "";
            Enumerable.Range(0, 5).Select(c => Cell(0, c)).ShouldBe(["行号", "统一社会信用代码", "名称", "备注", "错误原因"]);
            Cell(1, 0).ShouldBe("2");
            Cell(1, 1).ShouldBe("91431103MA4L0XXX1A");
            Cell(1, 4).ShouldBe("名称不能为空");
            Cell(2, 0).ShouldBe("3");
            Cell(2, 4).ShouldBe("统一社会信用代码格式不正确");
        }

        using var again = File.OpenRead(errorsPath);
        using var reread = SpreadsheetReader.Open(again, errorsPath, Columns);
        reread.Rows().Select(r => r["名称"]).ShouldBe([null, "坏代码"]);
    }

    [Fact]
    public async Task The_export_writes_chinese_headers_dates_as_real_dates_and_streams_many_rows()
    {
        var path = Path.Combine(_dir, "export.xlsx");
        var columns = new ExportColumn<int>[]
        {
            new("序号", i => i),
            new("名称", i => $"单位{i}"),
            new("发证日期", i => new DateOnly(2024, 1, 1).AddDays(i % 365)),
            new("是否有效", i => i % 2 == 0),
            new("备注", _ => null),
        };
        int written;
        await using (var file = File.Create(path))
        {
            written = await SpreadsheetExport.WriteAsync(file, "监管对象", columns, Numbers(5_000), TestContext.Current.CancellationToken);
        }

        written.ShouldBe(5_000);
        var workbook = Load(path);
        {
            var sheet = workbook.GetSheet("监管对象");
            sheet.GetRow(0).GetCell(2).StringCellValue.ShouldBe("发证日期");
            var date = sheet.GetRow(1).GetCell(2);
            date.CellType.ShouldBe(CellType.Numeric);
            DateUtil.IsCellDateFormatted(date).ShouldBeTrue();
            date.DateCellValue.ShouldBe(new DateTime(2024, 1, 2));
            sheet.GetRow(1).GetCell(3).StringCellValue.ShouldBe("否");
            sheet.LastRowNum.ShouldBe(5_000);
        }

        var exportColumns = columns.Select(c => new SpreadsheetColumn(c.Header, c.Header)).ToList();
        await using var stream = File.OpenRead(path);
        using var reader = SpreadsheetReader.Open(stream, path, exportColumns);
        var last = reader.Rows().Last();
        last.Number.ShouldBe(5_001);
        last["名称"].ShouldBe("单位5000");
        last["发证日期"].ShouldBe(new DateOnly(2024, 1, 1).AddDays(5_000 % 365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2024-03-01", "2024-03-01")]
    [InlineData("2024/3/1", "2024-03-01")]
    [InlineData("2024年3月1日", "2024-03-01")]
    [InlineData("20240301", "2024-03-01")]
    [InlineData("45352", "2024-03-01")]
    public void Dates_are_read_in_the_ways_offices_write_them(string cell, string expected)
    {
        var path = WriteCsv("dates.csv", new UTF8Encoding(false), $"名称,统一社会信用代码,发证日期\r\n甲,1,{cell}\r\n");
        using var stream = File.OpenRead(path);
        using var reader = SpreadsheetReader.Open(stream, path, Columns);
        var row = reader.Rows().Single();
        SpreadsheetValues.Date(row, "发证日期", "issuedOn").ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_date_that_is_not_a_date_names_the_column_and_the_value()
    {
        var path = WriteCsv("bad-date.csv", new UTF8Encoding(false), "名称,统一社会信用代码,发证日期\r\n甲,1,明年\r\n");
        using var stream = File.OpenRead(path);
        using var reader = SpreadsheetReader.Open(stream, path, Columns);
        var row = reader.Rows().Single();
        var e = Should.Throw<DomainRuleException>(() => SpreadsheetValues.Date(row, "发证日期", "issuedOn"));
        e.Message.ShouldContain("发证日期“明年”不是有效的日期");
    }

    private static XSSFWorkbook Load(string path)
    {
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        return new XSSFWorkbook(stream);
    }

    private static async IAsyncEnumerable<int> Numbers(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return i;
        }

        await Task.CompletedTask;
    }

    private string WriteCsv(string name, Encoding encoding, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }
}
