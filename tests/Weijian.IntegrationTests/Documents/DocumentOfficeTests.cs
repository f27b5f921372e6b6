using System.Diagnostics;
using System.Text;
using Weijian.Platform.Documents;

namespace Weijian.IntegrationTests.Documents;

/// <summary>
/// Every template's .docx is a document a real office suite opens: LibreOffice converts each to PDF (all in one
/// invocation), and the PDF's text holds the Chinese title, the number and the verification link, set in a CJK font
/// (not boxes). Skipped only when LibreOffice is missing and <c>WEIJIAN_TEST_REQUIRE_OFFICE</c> is not set
/// (scripts/test sets it and installs LibreOffice and poppler-utils).
/// </summary>
public sealed class DocumentOfficeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "weijian-office-tests", Guid.NewGuid().ToString("N"));

    public DocumentOfficeTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public async Task Every_template_converts_to_a_pdf_showing_its_chinese_title_number_and_verification_link_in_a_cjk_font()
    {
        var office = Tool("libreoffice") ?? Tool("soffice");
        var pdftotext = Tool("pdftotext");
        if (office is null || pdftotext is null)
        {
            if (Environment.GetEnvironmentVariable("WEIJIAN_TEST_REQUIRE_OFFICE") == "1")
            {
                throw new InvalidOperationException("LibreOffice and pdftotext are required (WEIJIAN_TEST_REQUIRE_OFFICE=1) but were not found on PATH");
            }

            Assert.Skip("libreoffice or pdftotext is not installed (scripts/test installs libreoffice-writer-nogui and poppler-utils)");
        }

        var templates = DocumentTemplates.LoadDirectory(DocumentTemplates.DefaultDirectory);
        var expected = new Dictionary<string, (DocumentTemplate Template, string? Number, string Url)>();
        foreach (var template in templates.All)
        {
            var content = DocumentSamples.Load(template.Key);
            var url = $"https://wj.example.gov.cn/verify/{template.Key}";
            var bytes = DocumentRenderer.Render(template, content, new DocumentRenderOptions(url, DocumentFonts.Official));
            await File.WriteAllBytesAsync(Path.Combine(_dir, template.Key + ".docx"), bytes, TestContext.Current.CancellationToken);
            expected[template.Key] = (template, template.Nature is null ? null : content.Field("doc.number"), url);
        }

        // One soffice start for all files; a private profile so parallel runs (and a desktop instance) do not collide.
        var output = Path.Combine(_dir, "pdf");
        var home = Path.Combine(_dir, "home");
        Directory.CreateDirectory(home);
        var args = new List<string>
        {
            $"-env:UserInstallation=file://{Path.Combine(_dir, "profile")}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", output,
        };
        args.AddRange(expected.Keys.Order(StringComparer.Ordinal).Select(k => Path.Combine(_dir, k + ".docx")));
        var (exit, log) = await RunAsync(office, args, home, TimeSpan.FromMinutes(5));
        exit.ShouldBe(0, log);

        foreach (var (key, (template, number, url)) in expected)
        {
            var pdf = Path.Combine(output, key + ".pdf");
            File.Exists(pdf).ShouldBeTrue($"{key}.pdf was not produced: {log}");
            var (textExit, text) = await RunAsync(pdftotext, ["-enc", "UTF-8", pdf, "-"], home, TimeSpan.FromMinutes(1));
            textExit.ShouldBe(0, text);
            var flat = text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
            flat.ShouldContain(template.Title, customMessage: key);
            if (number is not null)
            {
                flat.ShouldContain(number, customMessage: key);
            }

            flat.ShouldContain(DocumentRenderer.QrCaption, customMessage: key);
            flat.ShouldContain(url, customMessage: key);

            // pdftotext reads the text layer even when glyphs are missing; the embedded fonts prove the Chinese is drawn.
            if (Tool("pdffonts") is { } pdffonts)
            {
                var (_, fonts) = await RunAsync(pdffonts, [pdf], home, TimeSpan.FromMinutes(1));
                fonts.ShouldMatch("(?i)CJK|FangSong|仿宋|SimSun|Song|Hei|WenQuanYi|Droid", $"{key}: no CJK font embedded:\n{fonts}");
            }
        }
    }

    private static string? Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static async Task<(int Exit, string Output)> RunAsync(string file, IEnumerable<string> args, string home, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["HOME"] = home;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
