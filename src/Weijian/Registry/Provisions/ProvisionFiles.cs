using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Provisions;

/// <summary>One version of a document as read from the shipped data (<c>data/provisions/*.json</c>).</summary>
public sealed record ProvisionVersionData(
    string Code,
    string Title,
    LegalDocumentKind Kind,
    string DocumentNumber,
    string IssuingBody,
    string VersionLabel,
    DateOnly EffectiveFrom,
    DateOnly? RepealedOn,
    string Source,
    IReadOnlyList<ProvisionArticleData> Articles,
    string ContentHash);

public sealed record ProvisionArticleData(int Number, string Text, bool IsSummary);

/// <summary>
/// The provision files shipped with the program: one JSON file per document code with its versions and their articles.
/// Every file is validated in full (codes, dates, non-overlapping versions, article numbers) before anything is stored.
/// </summary>
public static class ProvisionFiles
{
    /// <summary>The directory next to the program, where the build copies <c>data/provisions/*.json</c>.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "provisions");

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly JsonSerializerOptions HashOptions = new() { WriteIndented = false };

    public static IReadOnlyList<ProvisionVersionData> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DomainRuleException("provision.data-missing", $"找不到法律法规数据目录：{directory}");
        }

        var all = new List<ProvisionVersionData>();
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var versions = Parse(File.ReadAllText(file, Encoding.UTF8), name);
            var code = versions[0].Code;
            if (!codes.TryAdd(code, name))
            {
                throw new DomainRuleException("provision.data-invalid", $"法规代码 {code} 在 {codes[code]} 和 {name} 中重复出现");
            }

            all.AddRange(versions);
        }

        return all;
    }

    /// <summary>Parses and validates one file; <paramref name="name"/> names it in error messages.</summary>
    public static IReadOnlyList<ProvisionVersionData> Parse(string json, string name)
    {
        DocumentFile? file;
        try
        {
            file = JsonSerializer.Deserialize<DocumentFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw Invalid(name, $"不是有效的 JSON（{e.Message}）");
        }

        if (file is null || string.IsNullOrWhiteSpace(file.Code) || file.Versions is not { Count: > 0 })
        {
            throw Invalid(name, "缺少 code 或 versions");
        }

        var result = new List<ProvisionVersionData>();
        foreach (var v in file.Versions)
        {
            var label = Required(v.VersionLabel, name, "versionLabel");
            var where = $"{name}（{label}）";
            var kindText = v.Kind ?? file.Kind;
            if (!LegalDocumentKinds.TryParse(kindText, out var kind))
            {
                throw Invalid(where, $"kind 应为 法律/行政法规/部门规章/规范性文件，而不是“{kindText}”");
            }

            var from = Date(v.EffectiveFrom, where, "effectiveFrom") ?? throw Invalid(where, "缺少 effectiveFrom");
            var until = Date(v.RepealedOn, where, "repealedOn");
            if (until is { } u && u <= from)
            {
                throw Invalid(where, "repealedOn 应晚于 effectiveFrom");
            }

            var articles = (v.Articles ?? []).Select(a =>
            {
                if (a.Number is not (>= 1 and <= 9999))
                {
                    throw Invalid(where, $"条文序号 {a.Number} 不正确");
                }

                return new ProvisionArticleData(a.Number, Required(a.Text, where, $"第{a.Number}条 text"), a.Summary);
            }).OrderBy(a => a.Number).ToList();
            var repeated = articles.GroupBy(a => a.Number).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                throw Invalid(where, $"条文 {repeated.Key} 重复");
            }

            var data = new ProvisionVersionData(
                file.Code.Trim(),
                Required(v.Title ?? file.Title, where, "title"),
                kind,
                Required(v.DocumentNumber, where, "documentNumber"),
                Required(v.IssuingBody ?? file.IssuingBody, where, "issuingBody"),
                label,
                from,
                until,
                v.Source?.Trim() ?? "",
                articles,
                "");
            result.Add(data with { ContentHash = Hash(data) });
        }

        if (result.GroupBy(v => v.VersionLabel).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Invalid(name, $"版本 {twice.Key} 重复");
        }

        // Versions of one document must not overlap: at most one text is in force on any date (R-PEN-9).
        var ordered = result.OrderBy(v => v.EffectiveFrom).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            if (previous.RepealedOn is not { } end || end > ordered[i].EffectiveFrom)
            {
                throw Invalid(name, $"版本 {previous.VersionLabel} 与 {ordered[i].VersionLabel} 的施行期间重叠（前一版本应在后一版本施行之日或之前废止）");
            }
        }

        return result;
    }

    private static string Hash(ProvisionVersionData data)
    {
        var canonical = JsonSerializer.Serialize(data with { ContentHash = "" }, HashOptions);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Required(string? value, string where, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Invalid(where, $"缺少 {field}") : value.Trim();

    private static DateOnly? Date(string? value, string where, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Invalid(where, $"{field} 应为 yyyy-MM-dd 格式的日期：{value}");
    }

    private static DomainRuleException Invalid(string where, string message) =>
        new("provision.data-invalid", $"法律法规数据 {where} 有误：{message}");

    private sealed class DocumentFile
    {
        public string? Code { get; set; }

        public string? Title { get; set; }

        public string? Kind { get; set; }

        public string? IssuingBody { get; set; }

        public List<VersionFile>? Versions { get; set; }
    }

    private sealed class VersionFile
    {
        public string? Title { get; set; }

        public string? Kind { get; set; }

        public string? IssuingBody { get; set; }

        public string? DocumentNumber { get; set; }

        public string? VersionLabel { get; set; }

        public string? EffectiveFrom { get; set; }

        public string? RepealedOn { get; set; }

        public string? Source { get; set; }

        public List<ArticleFile>? Articles { get; set; }
    }

    private sealed class ArticleFile
    {
        public int Number { get; set; }

        public string? Text { get; set; }

        [JsonPropertyName("summary")]
        public bool Summary { get; set; }
    }
}
