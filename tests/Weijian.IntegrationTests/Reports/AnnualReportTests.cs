using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Weijian.IntegrationTests.Infrastructure;
using Weijian.Platform.Calendar;

namespace Weijian.IntegrationTests.Reports;

/// <summary>
/// 法治政府建设年度报告 (R-PUB-3, issue #8) and the 行政执法统计年报 (R-PUB-5): the demo bureau's finalised report opens in
/// LibreOffice with its Chinese text and embedded CJK fonts, and its figures equal <c>/api/v1/figures</c>; its QR code leads
/// to the verify page showing its hash; a finalised report refuses edits and is corrected as a new version; only the head
/// finalises; a county cannot read its neighbour's report; the yearbook's cells equal the figures API.
/// </summary>
public abstract class AnnualReportTests<TServer>(TServer server) : ServerTests<TServer>(server)
    where TServer : ServerFixture
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private int Year => ChinaClock.Today(Server.Clock).Year;

    [Fact]
    public async Task The_demo_report_is_finalised_before_1_March_its_figures_equal_the_api_and_its_docx_opens_in_libreoffice()
    {
        using var head = await Server.SignedInAsync("lst.head");
        var list = await head.GetFromJsonAsync<JsonElement>("api/v1/annual-reports", Json);
        var summary = list.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == Year - 1 && r.GetProperty("version").GetInt32() == 1);
        summary.GetProperty("status").GetString().ShouldBe("Finalised");
        list.GetProperty("items").EnumerateArray().ShouldContain(r => r.GetProperty("year").GetInt32() == Year && r.GetProperty("status").GetString() == "Draft");

        var report = await head.GetFromJsonAsync<JsonElement>($"api/v1/annual-reports/{summary.GetProperty("id").GetGuid()}", Json);
        report.GetProperty("live").GetBoolean().ShouldBeFalse();
        report.GetProperty("finalisedAt").GetDateTimeOffset().ShouldBeLessThan(new DateTimeOffset(Year, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)), "R-PUB-3: reported by 1 March");
        var org = report.GetProperty("organizationId").GetGuid();

        // Every frozen figure equals the figures API for the report's year and last year (the demo's records of those years are settled).
        var figures = report.GetProperty("figures").EnumerateArray().Where(f => f.GetProperty("inCatalogue").GetBoolean()).ToList();
        figures.ShouldNotBeEmpty();
        figures.ShouldContain(f => f.GetProperty("id").GetString() == "enforcement.cases.filed");
        var ids = string.Join(",", figures.Select(f => f.GetProperty("id").GetString()));
        var api = await FiguresAsync(head, $"org={org}&from={Year - 1}-01-01&to={Year - 1}-12-31&ids={ids}");
        var apiPrevious = await FiguresAsync(head, $"org={org}&from={Year - 2}-01-01&to={Year - 2}-12-31&ids={ids}");
        foreach (var f in figures)
        {
            var id = f.GetProperty("id").GetString()!;
            Value(f, "current").ShouldBe(Value(api[id], "value"), id);
            Value(f, "previous").ShouldBe(Value(apiPrevious[id], "value"), id + " last year");
        }

        var filed = figures.Single(f => f.GetProperty("id").GetString() == "enforcement.cases.filed").GetProperty("currentText").GetString()!;
        report.GetProperty("sections")[0].GetProperty("rendered").GetString()!.ShouldContain($"全年立案查处各类案件{filed}件");

        // The issued .docx: its QR code leads to the public verify page, which shows the hash recorded on the report.
        var docx = await head.GetByteArrayAsync($"api/v1/annual-reports/{summary.GetProperty("id").GetGuid()}/file");
        var documentId = report.GetProperty("documentId").GetGuid();
        var sha = report.GetProperty("documentSha256").GetString()!;
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(docx)).ShouldBe(sha);
        var qr = new Uri(QrImage.Decode(MediaPng(docx)));
        qr.AbsolutePath.ShouldBe($"/verify/{documentId}");
        using var anonymous = Server.Anonymous();
        var verify = await anonymous.GetStringAsync(qr.AbsolutePath.TrimStart('/'));
        verify.ShouldContain(sha);
        verify.ShouldContain("法治政府建设年度报告");

        await AssertOpensInOfficeAsync(docx, ["法治政府建设年度报告", "主要举措和成效", "第一责任人", $"全年立案查处各类案件{filed}件", "扫码核验文书真伪"]);
    }

    [Fact]
    public async Task A_finalised_report_refuses_edits_only_the_head_finalises_and_a_correction_is_a_new_version()
    {
        using var officer = await Server.SignedInAsync("ll.officer1");
        using var head = await Server.SignedInAsync("ll.head");
        var created = await ReadAsync(await officer.PostAsJsonAsync("api/v1/annual-reports", new { year = Year - 2 }));
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("status").GetString().ShouldBe("Draft");
        created.GetProperty("live").GetBoolean().ShouldBeTrue();
        created.GetProperty("sections")[0].GetProperty("text").GetString()!.ShouldContain("{{figure:enforcement.cases.filed}}", customMessage: "prefilled in the seeds' phrasing");

        var again = await officer.PostAsJsonAsync("api/v1/annual-reports", new { year = Year - 2 });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Problem.ReadAsync(again)).Code.ShouldBe("annual-report.exists");

        var unknown = await officer.PutAsJsonAsync($"api/v1/annual-reports/{id}/sections/Other", new { text = "全年{{figure:no.such.figure}}件。" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(unknown);
        problem.Code.ShouldBe("annual-report.figure-unknown");
        problem.Fields.ShouldBe(["text"]);

        var edited = await ReadAsync(await officer.PutAsJsonAsync($"api/v1/annual-reports/{id}/sections/Other",
            new { text = "上年立案{{figure:enforcement.cases.filed:prev}}件。" }));
        edited.GetProperty("sections")[4].GetProperty("rendered").GetString()!.ShouldStartWith("上年立案");
        edited.GetProperty("sections")[4].GetProperty("rendered").GetString()!.ShouldNotContain("{{");

        var byOfficer = await officer.PostAsync($"api/v1/annual-reports/{id}/finalise", null);
        byOfficer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Problem.ReadAsync(byOfficer)).Code.ShouldBe("annual-report.role-not-allowed");

        var finalised = await ReadAsync(await head.PostAsync($"api/v1/annual-reports/{id}/finalise", null));
        finalised.GetProperty("status").GetString().ShouldBe("Finalised");
        var firstDocument = finalised.GetProperty("documentId").GetGuid();
        foreach (var (who, client) in new[] { ("officer", officer), ("head", head) })
        {
            var refused = await client.PutAsJsonAsync($"api/v1/annual-reports/{id}/sections/Measures", new { text = "改写" });
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, who);
            (await Problem.ReadAsync(refused)).Code.ShouldBe("annual-report.finalised", who);
        }

        (await head.PostAsJsonAsync($"api/v1/annual-reports/{id}/correct", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await officer.PostAsJsonAsync($"api/v1/annual-reports/{id}/correct", new { reason = "数据更正" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var correction = await ReadAsync(await head.PostAsJsonAsync($"api/v1/annual-reports/{id}/correct", new { reason = "更正罚没款数据" }));
        correction.GetProperty("version").GetInt32().ShouldBe(2);
        correction.GetProperty("correctsId").GetGuid().ShouldBe(id);
        correction.GetProperty("status").GetString().ShouldBe("Draft");
        (await head.GetFromJsonAsync<JsonElement>($"api/v1/annual-reports/{id}", Json)).GetProperty("status").GetString().ShouldBe("Superseded");

        var second = await ReadAsync(await head.PostAsync($"api/v1/annual-reports/{correction.GetProperty("id").GetGuid()}/finalise", null));
        var old = await head.GetFromJsonAsync<JsonElement>($"api/v1/documents/{firstDocument}", Json);
        old.GetProperty("supersededById").GetGuid().ShouldBe(second.GetProperty("documentId").GetGuid());

        // The audit chain records the finalisation with the document's hash.
        var audit = await head.GetStringAsync($"api/v1/audit/history?subjectType=AnnualReport&subjectId={id}");
        audit.ShouldContain(finalised.GetProperty("documentSha256").GetString()!);
    }

    [Fact]
    public async Task This_years_report_is_on_the_heads_todo_until_1_March_and_its_finalisation_closes_the_clock_R_PUB_3()
    {
        using var officer = await Server.SignedInAsync("ll.officer1");
        using var head = await Server.SignedInAsync("ll.head");
        var created = await ReadAsync(await officer.PostAsJsonAsync("api/v1/annual-reports", new { year = Year }));
        var id = created.GetProperty("id").GetGuid().ToString();

        var clock = (await MineAsync(head)).Single(d => d.GetProperty("subjectId").GetString() == id);
        clock.GetProperty("ruleId").GetString().ShouldBe("R-PUB-3");
        var due = DateOnly.Parse(clock.GetProperty("due").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var firstOfMarch = new DateOnly(Year + 1, 3, 1);
        due.ShouldBeGreaterThanOrEqualTo(firstOfMarch);
        (due.DayNumber - firstOfMarch.DayNumber).ShouldBeLessThanOrEqualTo(3, "1 March, or the next working day when it is a rest day (R-CAL-5)");
        (await MineAsync(officer)).ShouldNotContain(d => d.GetProperty("subjectId").GetString() == id, "the heads sign the report, so the clock is theirs");

        (await ReadAsync(await head.PostAsync($"api/v1/annual-reports/{id}/finalise", null))).GetProperty("status").GetString().ShouldBe("Finalised");
        (await MineAsync(head)).ShouldNotContain(d => d.GetProperty("subjectId").GetString() == id);

        // The demo: this year's draft waits on the head of 冷水滩区; last year's, finalised in February, no longer does.
        using var demoHead = await Server.SignedInAsync("lst.head");
        var reports = (await demoHead.GetFromJsonAsync<JsonElement>("api/v1/annual-reports", Json)).GetProperty("items").EnumerateArray().ToList();
        var draft = reports.Single(r => r.GetProperty("year").GetInt32() == Year && r.GetProperty("status").GetString() == "Draft").GetProperty("id").GetGuid().ToString();
        var lastYear = reports.Single(r => r.GetProperty("year").GetInt32() == Year - 1 && r.GetProperty("version").GetInt32() == 1).GetProperty("id").GetGuid().ToString();
        var demoMine = await MineAsync(demoHead);
        demoMine.ShouldContain(d => d.GetProperty("subjectId").GetString() == draft && d.GetProperty("ruleId").GetString() == "R-PUB-3");
        demoMine.ShouldNotContain(d => d.GetProperty("subjectId").GetString() == lastYear);
    }

    private static async Task<List<JsonElement>> MineAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("api/v1/deadlines/mine?pageSize=100", Json)).GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task Every_figure_in_the_preview_links_to_its_drill_down_page()
    {
        using var head = await Server.SignedInAsync("lst.head");
        var own = (await head.GetFromJsonAsync<JsonElement>("api/v1/annual-reports", Json)).GetProperty("items")[0].GetProperty("id").GetGuid();
        var html = await head.GetStringAsync($"Reports/AnnualReports/Edit/{own}");
        var links = System.Text.RegularExpressions.Regex.Matches(html, "class=\"figure\" href=\"([^\"]+)\"")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
        links.ShouldNotBeEmpty();
        foreach (var href in links.Take(6))
        {
            href.ShouldStartWith("/Reports/Figures/Records?id=");
            var page = await head.GetAsync(href.TrimStart('/'));
            page.StatusCode.ShouldBe(HttpStatusCode.OK, href);
            (await page.Content.ReadAsStringAsync()).ShouldContain("永州市冷水滩区卫生健康局", customMessage: href);
        }
    }

    [Fact]
    public async Task The_city_receives_its_counties_finalised_reports_but_not_their_drafts()
    {
        using var head = await Server.SignedInAsync("lst.head");
        var own = (await head.GetFromJsonAsync<JsonElement>("api/v1/annual-reports?pageSize=200", Json)).GetProperty("items").EnumerateArray().ToList();
        var finalised = own.First(r => r.GetProperty("status").GetString() == "Finalised").GetProperty("id").GetGuid();
        var draft = own.First(r => r.GetProperty("status").GetString() == "Draft").GetProperty("id").GetGuid();

        // R-PUB-3: the report goes to the higher department; a draft is the bureau's own until finalised.
        using var city = await Server.SignedInAsync("yz.supervisor");
        var received = (await city.GetFromJsonAsync<JsonElement>("api/v1/annual-reports?pageSize=200", Json)).GetProperty("items").EnumerateArray().ToList();
        received.ShouldContain(r => r.GetProperty("id").GetGuid() == finalised && r.GetProperty("organizationName").GetString() == "永州市冷水滩区卫生健康局");
        received.ShouldNotContain(r => r.GetProperty("status").GetString() == "Draft" && r.GetProperty("organizationName").GetString() != "永州市卫生健康委员会");
        var report = await city.GetFromJsonAsync<JsonElement>($"api/v1/annual-reports/{finalised}", Json);
        report.GetProperty("actions").GetArrayLength().ShouldBe(0); // the city reads; only the bureau acts on its report
        var file = await city.GetAsync($"api/v1/annual-reports/{finalised}/file");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await file.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
        (await city.GetAsync($"api/v1/annual-reports/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await city.GetAsync($"api/v1/annual-reports/{draft}/file")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await city.GetAsync($"Reports/AnnualReports/Edit/{finalised}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await city.PostAsJsonAsync($"api/v1/annual-reports/{finalised}/correct", new { reason = "上级更正" })).IsSuccessStatusCode.ShouldBeFalse();
    }

    [Fact]
    public async Task A_county_cannot_read_or_edit_its_neighbours_report()
    {
        using var lst = await Server.SignedInAsync("lst.head");
        var own = (await lst.GetFromJsonAsync<JsonElement>("api/v1/annual-reports", Json)).GetProperty("items")[0].GetProperty("id").GetGuid();
        using var neighbour = await Server.SignedInAsync("ll.head");
        foreach (var url in new[] { $"api/v1/annual-reports/{own}", $"api/v1/annual-reports/{own}/file" })
        {
            var response = await neighbour.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        (await neighbour.PutAsJsonAsync($"api/v1/annual-reports/{own}/sections/Other", new { text = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.PostAsync($"api/v1/annual-reports/{own}/finalise", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var theirs = await neighbour.GetFromJsonAsync<JsonElement>("api/v1/annual-reports?pageSize=200", Json);
        theirs.GetProperty("items").EnumerateArray().ShouldNotContain(r => r.GetProperty("id").GetGuid() == own);
        (await neighbour.GetAsync($"Reports/AnnualReports/Edit/{own}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await lst.GetAsync($"Reports/AnnualReports/Edit/{own}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await lst.GetAsync("Reports/AnnualReports")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_yearbook_cells_equal_the_figures_api_per_bureau_and_in_total()
    {
        using var supervisor = await Server.SignedInAsync("yz.supervisor");
        var orgs = (await supervisor.GetFromJsonAsync<JsonElement[]>("api/v1/organizations", Json))!;
        var city = orgs.Single(o => o.GetProperty("kind").GetString() == "City").GetProperty("id").GetGuid();
        var period = $"from={Year - 1}-01-01&to={Year - 1}-12-31";
        var book = await supervisor.GetFromJsonAsync<JsonElement>($"api/v1/reports/statistics?org={city}&year={Year - 1}&rollup=true&format=json", Json);
        var xlsx = await supervisor.GetByteArrayAsync($"api/v1/reports/statistics?org={city}&year={Year - 1}&rollup=true");
        using var stream = new MemoryStream(xlsx);
        var workbook = new NPOI.XSSF.UserModel.XSSFWorkbook(stream);
        var tables = book.GetProperty("tables").EnumerateArray().ToList();
        tables.Select(t => t.GetProperty("name").GetString()).ShouldBe(["行政许可", "行政处罚", "行政强制", "行政检查"]);
        var checkedCells = 0;
        foreach (var table in tables)
        {
            var sheet = workbook.GetSheet(table.GetProperty("name").GetString());
            sheet.ShouldNotBeNull();
            var columns = table.GetProperty("columns").EnumerateArray().ToList();
            var rows = table.GetProperty("rows").EnumerateArray().ToList();
            rows[^1].GetProperty("organization").GetString().ShouldBe("合计");
            rows.Count.ShouldBe(2 + orgs.Count(o => o.GetProperty("parentId") is { ValueKind: JsonValueKind.String } p && p.GetGuid() == city));
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                var orgId = row.GetProperty("organizationId") is { ValueKind: JsonValueKind.String } o ? o.GetGuid() : city;
                var own = r == 0;
                for (var c = 0; c < columns.Count; c++)
                {
                    var id = columns[c].GetProperty("figureId").GetString()!;
                    var cell = row.GetProperty("values")[c];
                    var excel = sheet.GetRow(r + 1).GetCell(c + 1);
                    if (cell.ValueKind == JsonValueKind.Null)
                    {
                        excel.StringCellValue.ShouldBe("（暂无该项统计）", id);
                        continue;
                    }

                    ((decimal)excel.NumericCellValue).ShouldBe(cell.GetDecimal(), $"{id} row {r}");
                    if (columns[c].GetProperty("group").ValueKind == JsonValueKind.Null)
                    {
                        var api = await FiguresAsync(supervisor, $"org={orgId}&rollup={(!own).ToString().ToLowerInvariant()}&{period}&ids={id}");
                        cell.GetDecimal().ShouldBe(Value(api[id], "value")!.Value, $"{id} row {row.GetProperty("organization").GetString()}");
                        checkedCells++;
                    }
                }
            }
        }

        checkedCells.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_cli_writes_the_report_and_the_yearbook_and_refuses_bad_input_with_exit_2()
    {
        var dir = Path.Combine(Server.DataDirectory, "cli-reports");
        Directory.CreateDirectory(dir);
        var docx = Path.Combine(dir, "report.docx");
        var annual = await Server.RunCliAsync("report", "annual", "--org", "431103", "--year", (Year - 1).ToString(CultureInfo.InvariantCulture), "--out", docx);
        annual.ExitCode.ShouldBe(0, annual.Stderr);
        annual.Stdout.ShouldContain("定稿");
        using (var zip = ZipFile.OpenRead(docx))
        {
            zip.GetEntry("word/document.xml").ShouldNotBeNull();
        }

        var xlsx = Path.Combine(dir, "stats.xlsx");
        var stats = await Server.RunCliAsync("report", "statistics", "--org", "431103", "--year", (Year - 1).ToString(CultureInfo.InvariantCulture), "--rollup", "--out", xlsx);
        stats.ExitCode.ShouldBe(0, stats.Stderr);
        File.Exists(xlsx).ShouldBeTrue();

        (await Server.RunCliAsync("report", "annual", "--org", "999999", "--year", "2025", "--out", docx)).ExitCode.ShouldBe(2);
        (await Server.RunCliAsync("report", "annual", "--org", "431103", "--year", "去年", "--out", docx)).ExitCode.ShouldBe(2);
        (await Server.RunCliAsync("report", "statistics", "--org", "431103", "--year", "2025")).ExitCode.ShouldBe(2);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(body);
        return JsonSerializer.Deserialize<JsonElement>(body, Json);
    }

    private static async Task<Dictionary<string, JsonElement>> FiguresAsync(HttpClient client, string query)
    {
        var set = await client.GetFromJsonAsync<JsonElement>($"api/v1/figures?{query}", Json);
        return set.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);
    }

    private static decimal? Value(JsonElement e, string property) =>
        e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetDecimal();

    private static byte[] MediaPng(byte[] docx)
    {
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        using var s = package.MainDocumentPart!.ImageParts.Single().GetStream();
        using var buffer = new MemoryStream();
        s.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// LibreOffice converts the .docx to PDF; the text holds the Chinese phrases, every font is embedded (pdffonts), and the
    /// first page renders to an image (pdftoppm). Skipped only when the tools are missing and WEIJIAN_TEST_REQUIRE_OFFICE is unset.
    /// </summary>
    private static async Task AssertOpensInOfficeAsync(byte[] docx, IReadOnlyList<string> phrases)
    {
        var office = Tool("libreoffice") ?? Tool("soffice");
        var pdftotext = Tool("pdftotext");
        var pdffonts = Tool("pdffonts");
        var pdftoppm = Tool("pdftoppm");
        if (office is null || pdftotext is null || pdffonts is null || pdftoppm is null)
        {
            if (Environment.GetEnvironmentVariable("WEIJIAN_TEST_REQUIRE_OFFICE") == "1")
            {
                throw new InvalidOperationException("LibreOffice and poppler-utils are required (WEIJIAN_TEST_REQUIRE_OFFICE=1) but were not found on PATH");
            }

            Assert.Skip("libreoffice or poppler-utils is not installed (scripts/test installs libreoffice-writer-nogui and poppler-utils)");
        }

        var dir = Path.Combine(Path.GetTempPath(), "weijian-annual-report", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var file = Path.Combine(dir, "report.docx");
            await File.WriteAllBytesAsync(file, docx, TestContext.Current.CancellationToken);
            var (exit, log) = await RunAsync(office, [$"-env:UserInstallation=file://{Path.Combine(dir, "profile")}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, file], dir);
            exit.ShouldBe(0, log);
            var pdf = Path.Combine(dir, "report.pdf");
            File.Exists(pdf).ShouldBeTrue(log);

            var (_, text) = await RunAsync(pdftotext, ["-enc", "UTF-8", pdf, "-"], dir);
            var flat = text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            foreach (var phrase in phrases)
            {
                flat.ShouldContain(phrase);
            }

            // Every font embedded (a substituted font is embedded too); a CJK face draws the Chinese, so no missing glyphs.
            var (_, fonts) = await RunAsync(pdffonts, [pdf], dir);
            var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            rows.ShouldNotBeEmpty(fonts);
            foreach (var row in rows)
            {
                row.Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldContain("yes", fonts);
            }

            fonts.ShouldMatch("(?i)CJK|FangSong|仿宋|SimSun|Song|Hei|WenQuanYi|Droid", fonts);

            var (ppmExit, ppmLog) = await RunAsync(pdftoppm, ["-png", "-r", "40", "-f", "1", "-l", "1", pdf, Path.Combine(dir, "page")], dir);
            ppmExit.ShouldBe(0, ppmLog);
            Directory.GetFiles(dir, "page*.png").ShouldNotBeEmpty();
        }
        finally
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static string? Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private static async Task<(int Exit, string Output)> RunAsync(string file, IEnumerable<string> args, string home)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["HOME"] = home;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}

public sealed class AnnualReportTests_Sqlite(SqliteServer server) : AnnualReportTests<SqliteServer>(server);

public sealed class AnnualReportTests_Postgres(PostgresServer server) : AnnualReportTests<PostgresServer>(server);
