using System.Text;
using Weijian.Platform.Spreadsheets;
using Weijian.Registry.Entities;

namespace Weijian.IntegrationTests.Registry.Imports;

/// <summary>Real import files for the tests: .xlsx (written with the application's own writer) and .csv in UTF-8 or GB18030.</summary>
public static class ImportFiles
{
    public static readonly string[] EntityHeaders =
    [
        EntityImportKind.NameHeader, EntityImportKind.CreditCodeHeader, EntityImportKind.LegalRepresentativeHeader, EntityImportKind.AddressHeader,
        EntityImportKind.SpecialtyHeader, EntityImportKind.SubTypeHeader, EntityImportKind.RiskTierHeader,
    ];

    /// <summary>A valid 统一社会信用代码 (GB 32100-2015) unique to <paramref name="seed"/> and <paramref name="n"/>.</summary>
    public static string CreditCode(int seed, int n) => Weijian.Registry.Entities.CreditCode.Complete($"91431103{SeedLetter(seed)}{n:D8}");

    /// <summary>A letter of the credit-code alphabet (no I, O, S, V, Z) for each test: seeds 0–20.</summary>
    public static char SeedLetter(int seed) => "ABCDEFGHJKLMNPQRTUWXY"[seed];

    /// <summary>
    /// A file mixing <paramref name="valid"/> valid entity rows with five invalid ones, at known row numbers:
    /// bad check character, missing name, unknown specialty, a sub-type of another specialty, and a repeated code.
    /// </summary>
    public static (List<string[]> Rows, Dictionary<int, string> Invalid) MixedEntities(int seed, int valid)
    {
        var rows = new List<string[]>();
        for (var i = 0; i < valid; i++)
        {
            rows.Add([$"测试宾馆{seed}-{i}", CreditCode(seed, i), "李建国", $"冷水滩区凤凰路{i}号", "公共场所", "宾馆", "低风险"]);
        }

        var good = CreditCode(seed, 9_999_999);
        var badCheck = good[..17] + (good[17] == '0' ? '1' : '0');
        var invalid = new Dictionary<int, string>();
        var inserted = 0;
        void Add(string[] row) => rows.Insert(Math.Min(rows.Count, 1 + (inserted++ * 2)), row);

        Add([$"校验码错误{seed}", badCheck, "王五", "某地", "公共场所", "宾馆", ""]);
        Add(["", CreditCode(seed, 9_000_001), "王五", "某地", "公共场所", "宾馆", ""]);
        Add([$"专业错误{seed}", CreditCode(seed, 9_000_002), "王五", "某地", "餐饮服务", "宾馆", ""]);
        Add([$"类型错误{seed}", CreditCode(seed, 9_000_003), "王五", "某地", "生活饮用水", "宾馆", ""]);
        rows.Add([$"测试宾馆{seed}-0（重复）", CreditCode(seed, 0), "李建国", "冷水滩区凤凰路0号", "公共场所", "宾馆", "低风险"]);

        // Row numbers as in Excel: the header is row 1.
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row[0].StartsWith("校验码错误", StringComparison.Ordinal))
            {
                invalid[r + 2] = "校验码不正确";
            }
            else if (row[0] == "")
            {
                invalid[r + 2] = "名称不能为空";
            }
            else if (row[0].StartsWith("专业错误", StringComparison.Ordinal))
            {
                invalid[r + 2] = "专业类别“餐饮服务”不正确";
            }
            else if (row[0].StartsWith("类型错误", StringComparison.Ordinal))
            {
                invalid[r + 2] = "不是生活饮用水的具体类型";
            }
            else if (row[0].EndsWith("（重复）", StringComparison.Ordinal))
            {
                invalid[r + 2] = "重复";
            }
        }

        return (rows, invalid);
    }

    public static byte[] Xlsx(IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new XlsxStreamWriter(buffer, ["导入"]))
        {
            writer.BeginSheet(headers.Select(_ => 16d).ToList());
            writer.Row(headers.Select(h => ((object?)h, XlsxStyle.Header)).ToList());
            foreach (var row in rows)
            {
                writer.Row(row.Select(c => ((object?)(c.Length == 0 ? null : c), XlsxStyle.Text)).ToList());
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Csv(IReadOnlyList<string> headers, IEnumerable<string[]> rows, Encoding encoding)
    {
        var text = new StringBuilder();
        text.Append(string.Join(',', headers.Select(CsvText.Quote))).Append("\r\n");
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(CsvText.Quote))).Append("\r\n");
        }

        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }
}
