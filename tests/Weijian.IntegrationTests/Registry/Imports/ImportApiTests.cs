using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;
using Weijian.Platform.Spreadsheets;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Registry.Imports;

/// <summary>
/// Issue #3 acceptance 2 and DESIGN principle 5, through the HTTP API on both providers: a file mixing valid and invalid
/// rows imports exactly the valid ones and reports each invalid one with its row number and reason (also in a
/// downloadable error workbook); importing the same file again changes nothing (all unchanged, no new audit entries);
/// .xlsx and .csv (UTF-8, GB18030) alike; the template round-trips; exports use the list filters.
/// </summary>
public abstract class ImportApiTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private const int Valid = 12;

    private static readonly string[] OfficerHeaders = ["姓名", "执法证号", "发证机关", "有效期起", "有效期至", "执法专业"];

    private static readonly string[][] OfficerRows =
    [
        ["赵导入", "湘IMP-0001", "湖南省人民政府", "2024-01-01", "2029-12-31", "公共场所、生活饮用水"],
        ["钱导入", "湘IMP-0002", "湖南省人民政府", "2024/3/1", "2029/2/28", "职业卫生"],
        ["孙无期", "湘IMP-0003", "湖南省人民政府", "", "2029-12-31", ""],
        ["李倒期", "湘IMP-0004", "湖南省人民政府", "2029-01-01", "2024-01-01", ""],
        ["周日期", "湘IMP-0005", "湖南省人民政府", "明年", "2029-12-31", ""],
    ];

    [Theory]
    [InlineData("xlsx", 0)]
    [InlineData("csv-utf8-bom", 1)]
    [InlineData("csv-utf8", 2)]
    [InlineData("csv-gb18030", 3)]
    public async Task A_mixed_file_imports_exactly_the_valid_rows_reports_each_invalid_one_and_a_second_import_changes_nothing(string format, int seed)
    {
        var (rows, invalid) = ImportFiles.MixedEntities(seed, Valid);
        var (bytes, fileName) = format switch
        {
            "xlsx" => (ImportFiles.Xlsx(ImportFiles.EntityHeaders, rows), "监管对象.xlsx"),
            "csv-utf8-bom" => (ImportFiles.Csv(ImportFiles.EntityHeaders, rows, new UTF8Encoding(true)), "监管对象.csv"),
            "csv-utf8" => (ImportFiles.Csv(ImportFiles.EntityHeaders, rows, new UTF8Encoding(false)), "监管对象.csv"),
            _ => (ImportFiles.Csv(ImportFiles.EntityHeaders, rows, CsvText.Gb18030), "监管对象.csv"),
        };
        using var client = await Server.SignedInAsync("lst.officer1");
        var auditBefore = await AuditCountAsync("lst");

        var first = await ImportAsync(client, "entities", bytes, fileName);
        first.GetProperty("status").GetString().ShouldBe("Completed");
        first.GetProperty("totalRows").GetInt32().ShouldBe(Valid + invalid.Count);
        first.GetProperty("created").GetInt32().ShouldBe(Valid);
        first.GetProperty("updated").GetInt32().ShouldBe(0);
        first.GetProperty("rejected").GetInt32().ShouldBe(invalid.Count);
        var reported = first.GetProperty("rejections").EnumerateArray()
            .ToDictionary(r => r.GetProperty("rowNumber").GetInt32(), r => r.GetProperty("reason").GetString()!);
        reported.Keys.Order().ShouldBe(invalid.Keys.Order());
        foreach (var (row, reason) in invalid)
        {
            reported[row].ShouldContain(reason, Case.Sensitive, $"row {row}");
        }

        // Exactly the valid rows are in the register, each with one audit entry (entity.registered).
        (await EntityCodesAsync("lst", seed)).Count.ShouldBe(Valid);
        (await AuditCountAsync("lst")).ShouldBe(auditBefore + Valid);
        if (format == "csv-gb18030")
        {
            first.GetProperty("format").GetString().ShouldBe("csv/GB18030");
        }

        // The error workbook lists every rejected row with its number, original cells and reason.
        var errors = await client.GetAsync(first.GetProperty("errorWorkbookUrl").GetString()!.TrimStart('/'));
        errors.StatusCode.ShouldBe(HttpStatusCode.OK);
        errors.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var errorSheet = ReadSheet(await errors.Content.ReadAsByteArrayAsync());
        errorSheet[0].First().ShouldBe("行号");
        errorSheet[0].Last().ShouldBe("错误原因");
        errorSheet.Skip(1).Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)).Order().ShouldBe(invalid.Keys.Order());
        errorSheet.Skip(1).Select(r => r.Last()).ShouldAllBe(reason => reason.Length > 0);

        // Again: nothing changes, no audit entry is added.
        var second = await ImportAsync(client, "entities", bytes, fileName);
        second.GetProperty("created").GetInt32().ShouldBe(0);
        second.GetProperty("updated").GetInt32().ShouldBe(0);
        second.GetProperty("unchanged").GetInt32().ShouldBe(Valid);
        second.GetProperty("rejected").GetInt32().ShouldBe(invalid.Count);
        second.GetProperty("sameFileImportedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await AuditCountAsync("lst")).ShouldBe(auditBefore + Valid);
        (await EntityCodesAsync("lst", seed)).Count.ShouldBe(Valid);
    }

    [Fact]
    public async Task A_changed_row_is_updated_and_audited_while_the_others_stay_unchanged()
    {
        const int seed = 10;
        var rows = Enumerable.Range(0, 3).Select(i => new[] { $"更新测试{i}", ImportFiles.CreditCode(seed, i), "李建国", "凤凰路", "公共场所", "宾馆", "低风险" }).ToList();
        using var client = await Server.SignedInAsync("lst.officer1");
        await ImportAsync(client, "entities", ImportFiles.Xlsx(ImportFiles.EntityHeaders, rows), "a.xlsx");
        var auditBefore = await AuditCountAsync("lst");

        rows[1][3] = "凤凰路99号（已搬迁）";
        var result = await ImportAsync(client, "entities", ImportFiles.Xlsx(ImportFiles.EntityHeaders, rows), "b.xlsx");
        result.GetProperty("updated").GetInt32().ShouldBe(1);
        result.GetProperty("unchanged").GetInt32().ShouldBe(2);
        (await AuditCountAsync("lst")).ShouldBe(auditBefore + 1);
    }

    [Fact]
    public async Task The_downloaded_template_has_chinese_headers_and_its_example_row_imports()
    {
        using var client = await Server.SignedInAsync("ll.officer1");
        foreach (var kind in new[] { "entities", "officers" })
        {
            var response = await client.GetAsync($"api/v1/imports/templates/{kind}.xlsx");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var columns = SpreadsheetImportKinds.Get(kind).Columns;
            using var stream = new MemoryStream(bytes);
            using var reader = SpreadsheetReader.Open(stream, "template.xlsx", columns);
            reader.Header.Original.ShouldBe(columns.Select(c => c.Header).ToList());
            reader.Rows().Count().ShouldBe(1);
        }

        var template = await (await client.GetAsync("api/v1/imports/templates/entities.xlsx")).Content.ReadAsByteArrayAsync();
        var result = await ImportAsync(client, "entities", template, "监管对象导入模板.xlsx");
        result.GetProperty("rejected").GetInt32().ShouldBe(0, string.Join("；", result.GetProperty("rejections").EnumerateArray().Select(r => r.GetProperty("reason").GetString())));
        result.GetProperty("created").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Officers_are_imported_by_credential_number_and_reimporting_changes_nothing()
    {
        using var admin = await Server.SignedInAsync("lst.admin");
        var bytes = ImportFiles.Csv(OfficerHeaders, OfficerRows, CsvText.Gb18030);
        var first = await ImportAsync(admin, "officers", bytes, "执法人员.csv");
        first.GetProperty("created").GetInt32().ShouldBe(2);
        var reasons = first.GetProperty("rejections").EnumerateArray().ToDictionary(r => r.GetProperty("rowNumber").GetInt32(), r => r.GetProperty("reason").GetString()!);
        reasons.Keys.Order().ShouldBe([4, 5, 6]);
        reasons[4].ShouldContain("有效期起");
        reasons[5].ShouldContain("不能早于");
        reasons[6].ShouldContain("“明年”不是有效的日期");

        var again = await ImportAsync(admin, "officers", bytes, "执法人员.csv");
        again.GetProperty("unchanged").GetInt32().ShouldBe(2);
        again.GetProperty("created").GetInt32().ShouldBe(0);
        again.GetProperty("updated").GetInt32().ShouldBe(0);

        // R-OFF-6: officers are kept by 系统管理员/局领导; an officer may not import them.
        using var officer = await Server.SignedInAsync("lst.officer2");
        var refused = await officer.PostAsync("api/v1/imports/officers", Form(bytes, "执法人员.csv"));
        (await Problem.ReadAsync(refused)).Code.ShouldBe("auth.role-required");
    }

    [Fact]
    public async Task A_file_with_wrong_headers_is_one_400_for_the_file_and_records_nothing()
    {
        using var client = await Server.SignedInAsync("lst.officer1");
        var before = await ImportCountAsync();
        var bytes = ImportFiles.Csv(["名称", "电话"], [["某宾馆", "123"]], new UTF8Encoding(false));
        var problem = await Problem.ReadAsync(await client.PostAsync("api/v1/imports/entities", Form(bytes, "x.csv")));
        problem.Status.ShouldBe(HttpStatusCode.BadRequest);
        problem.Code.ShouldBe("spreadsheet.header-mismatch");
        problem.Title.ShouldContain("缺少必填列");
        problem.Title.ShouldContain("无法识别的列“电话”");

        var notAFile = await Problem.ReadAsync(await client.PostAsync("api/v1/imports/entities", Form([1, 2, 3], "x.xls")));
        notAFile.Code.ShouldBe("spreadsheet.unsupported-format");
        var noFile = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        (await Problem.ReadAsync(await client.PostAsync("api/v1/imports/entities", noFile))).Fields.ShouldBe(["file"]);
        (await Problem.ReadAsync(await client.PostAsync("api/v1/imports/parcels", Form(bytes, "x.csv")))).Code.ShouldBe("spreadsheet.unknown-kind");
        (await ImportCountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Past_imports_and_their_error_workbooks_are_visible_only_in_the_importing_organisation()
    {
        using var lst = await Server.SignedInAsync("lst.officer1");
        var (rows, _) = ImportFiles.MixedEntities(11, 2);
        var result = await ImportAsync(lst, "entities", ImportFiles.Xlsx(ImportFiles.EntityHeaders, rows), "隔离.xlsx");
        var id = result.GetProperty("id").GetGuid();

        using var list = JsonDocument.Parse(await lst.GetStringAsync("api/v1/imports"));
        list.RootElement.GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("id").GetGuid() == id);

        using var ll = await Server.SignedInAsync("ll.officer1");
        using var other = JsonDocument.Parse(await ll.GetStringAsync("api/v1/imports"));
        other.RootElement.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("id").GetGuid() == id);
        (await ll.GetAsync($"api/v1/imports/{id}/errors.xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_entity_export_follows_the_list_filters_with_chinese_headers()
    {
        const int seed = 12;
        var rows = Enumerable.Range(0, 3).Select(i => new[] { $"导出测试{i}", ImportFiles.CreditCode(seed, i), "李建国", "凤凰路", "公共场所", "宾馆", "低风险" }).ToList();
        using var client = await Server.SignedInAsync("lst.officer1");
        await ImportAsync(client, "entities", ImportFiles.Xlsx(ImportFiles.EntityHeaders, rows), "export.xlsx");

        var response = await client.GetAsync("api/v1/exports/entities.xlsx?name=导出测试&sort=name");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var exported = ReadRows(await response.Content.ReadAsByteArrayAsync(), ExportHeaders);
        exported.Select(r => r[EntityImportKind.NameHeader]).ShouldBe(["导出测试0", "导出测试1", "导出测试2"]);
        exported[0][EntityImportKind.CreditCodeHeader].ShouldBe(ImportFiles.CreditCode(seed, 0));
        exported[0]["状态"].ShouldNotBeNullOrEmpty();

        var bad = await Problem.ReadAsync(await client.GetAsync("api/v1/exports/entities.xlsx?riskTier=天大"));
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);

        var officers = await client.GetAsync("api/v1/exports/officers.xlsx");
        officers.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officers.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(0);
    }

    private static readonly string[] ExportHeaders =
    [
        .. SpreadsheetImportKinds.Get("entities").Columns.Select(c => c.Header), "状态", "状态变更日期", "状态变更原因", "登记时间", "最后修改时间",
    ];

    private static List<SpreadsheetRow> ReadRows(byte[] xlsx, IReadOnlyList<string> headers)
    {
        using var stream = new MemoryStream(xlsx);
        using var reader = SpreadsheetReader.Open(stream, "file.xlsx", headers.Select(h => new SpreadsheetColumn(h, h)).ToList());
        return reader.Rows().ToList();
    }

    /// <summary>Every row of the first sheet as its cells' text (NPOI reads the workbook as Excel would).</summary>
    private static List<string[]> ReadSheet(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        var sheet = new NPOI.XSSF.UserModel.XSSFWorkbook(stream).GetSheetAt(0);
        var rows = new List<string[]>();
        for (var r = 0; r <= sheet.LastRowNum; r++)
        {
            var row = sheet.GetRow(r);
            rows.Add(Enumerable.Range(0, row.LastCellNum).Select(c => row.GetCell(c)?.ToString() ?? "").ToArray());
        }

        return rows;
    }

    private static MultipartFormDataContent Form(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, string kind, byte[] bytes, string fileName)
    {
        var response = await client.PostAsync($"api/v1/imports/{kind}", Form(bytes, fileName));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<int> AuditCountAsync(string prefix)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = await db.Users.Where(u => u.UserName == prefix + ".admin").Select(u => u.OrganizationId).SingleAsync();
        return await db.AuditEntries.CountAsync(a => a.OrganizationId == org);
    }

    private async Task<List<string>> EntityCodesAsync(string prefix, int seed)
    {
        await using var scope = Server.ScopeAs(Actor.System());
        var db = scope.ServiceProvider.GetRequiredService<WeijianDb>();
        var org = await db.Users.Where(u => u.UserName == prefix + ".admin").Select(u => u.OrganizationId).SingleAsync();
        var codePrefix = "91431103" + ImportFiles.SeedLetter(seed);
        return await db.Set<RegulatedEntity>().Where(e => e.OrganizationId == org && e.CreditCode.StartsWith(codePrefix)).Select(e => e.CreditCode).ToListAsync();
    }

    private async Task<int> ImportCountAsync()
    {
        await using var scope = Server.ScopeAs(Actor.System());
        return await scope.ServiceProvider.GetRequiredService<WeijianDb>().Set<SpreadsheetImport>().CountAsync();
    }
}

public sealed class ImportApiTests_Sqlite(SqliteServer server) : ImportApiTests<SqliteServer>(server);

public sealed class ImportApiTests_Postgres(PostgresServer server) : ImportApiTests<PostgresServer>(server);
