using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// The sample baseline shipped with the program (<c>data/discretion/*.json</c>, copied next to it as <c>discretion/</c>): one
/// file per version, validated in full by <see cref="DiscretionContentRules"/> before anything is stored. Tier, measure and
/// specialty values are written in Chinese (从轻, 警告, 公共场所) or as identifiers.
/// </summary>
public static class DiscretionSampleFiles
{
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "discretion");

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Every shipped version with the SHA-256 of its file.</summary>
    public static IReadOnlyList<(DiscretionBaselineContent Content, string Hash, string File)> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DomainRuleException("discretion.sample-missing", $"找不到裁量基准示例数据目录：{directory}");
        }

        return Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var bytes = File.ReadAllBytes(f);
                return (Parse(Encoding.UTF8.GetString(bytes), Path.GetFileName(f)), Convert.ToHexStringLower(SHA256.HashData(bytes)), Path.GetFileName(f));
            })
            .ToList();
    }

    /// <summary>Parses and validates one file; <paramref name="name"/> names it (and the item) in error messages.</summary>
    public static DiscretionBaselineContent Parse(string json, string name)
    {
        BaselineFile? file;
        try
        {
            file = JsonSerializer.Deserialize<BaselineFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw Invalid(name, $"不是有效的 JSON（{e.Message}）");
        }

        if (file?.Items is not { Count: > 0 })
        {
            throw Invalid(name, "缺少 items");
        }

        var from = DateOnly.TryParseExact(file.EffectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Invalid(name, $"effectiveFrom 应为 yyyy-MM-dd 格式的日期：{file.EffectiveFrom}");
        try
        {
            var items = file.Items.Select(i => Wrap(name, i.Code, () => Item(i))).ToList();
            var noPenalty = (file.NoPenalty ?? []).Select(n => Wrap(name, n.ItemCode, () => NoPenalty(n))).ToList();
            return DiscretionContentRules.Baseline(new DiscretionBaselineContent(
                file.Title ?? "", file.VersionLabel ?? "", file.IssuingDocument ?? "", file.Source ?? "", from, file.IsSample,
                file.RepeatViolationThreshold ?? 1, file.Note, items, noPenalty));
        }
        catch (DomainRuleException e) when (e.Code != "discretion.sample-invalid")
        {
            throw Invalid(name, e.Message);
        }
    }

    private static T Wrap<T>(string name, string? code, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (DomainRuleException e)
        {
            throw Invalid($"{name}（{code}）", e.Message);
        }
    }

    private static DiscretionItemContent Item(ItemFile i) => DiscretionContentRules.Item(new DiscretionItemContent(
        i.Code ?? "",
        i.PowerName ?? "",
        i.Violation ?? "",
        Specialties.Parse(i.Specialty) ?? throw Input.Invalid("validation.specialty", "specialty", $"专业类别“{i.Specialty}”不正确"),
        Citations(i.Violated),
        Citations(i.Penalty),
        i.Statutory is { } s ? new StatutoryFine(s.MinYuan, s.MaxYuan, s.MultipleMin, s.MultipleMax, s.GainsThresholdYuan, s.GainsFloorYuan, s.CapYuan) : StatutoryFine.None,
        i.Note,
        (i.Tiers ?? []).Select(t => new DiscretionTierContent(
            DiscretionNames.ParseTier(t.Tier, "tier") ?? throw Input.Invalid("validation.required", "tier", "裁量档次不能为空"),
            DiscretionNames.ParsePartyKind(t.PartyKind, "partyKind"),
            t.Circumstances ?? "",
            t.Fine is { } f ? new TierFine(f.MinYuan, f.MaxYuan, f.MultipleMin, f.MultipleMax) : TierFine.None,
            (t.Measures ?? []).Select(m => DiscretionNames.ParseMeasure(m, "measures")).ToList())).ToList(),
        (i.Severe ?? []).Select(m => DiscretionNames.ParseMeasure(m, "severeMeasures")).ToList()));

    private static List<LegalCitation> Citations(List<CitationFile>? list) =>
        (list ?? []).Select(c => new LegalCitation(
            Input.Text(c.Law, "law", "法律法规名称", 200), string.IsNullOrWhiteSpace(c.Code) ? null : c.Code.Trim(), c.Article, string.IsNullOrWhiteSpace(c.Part) ? null : c.Part.Trim()))
        .ToList();

    private static NoPenaltyContent NoPenalty(NoPenaltyFile n) => new(
        n.ItemCode ?? "",
        n.Violation ?? "",
        n.Basis ?? "",
        n.FirstTimeOnly,
        DiscretionNames.ParseHarm(n.HarmLimit, "harmLimit") ?? HarmLevel.None,
        n.CorrectWithinDays,
        n.FollowUp ?? "",
        (n.Excluded ?? []).Select(x => DiscretionNames.ParseDiscovery(x, "excluded")!.Value).ToList(),
        n.ExclusionNote,
        Date(n.ValidFrom, "validFrom"),
        Date(n.ValidUntil, "validUntil"),
        n.Source ?? "");

    private static DateOnly? Date(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw Input.Invalid("validation.date", field, $"{field} 应为 yyyy-MM-dd 格式的日期：{value}");

    private static DomainRuleException Invalid(string where, string message) => new("discretion.sample-invalid", $"裁量基准示例数据 {where} 有误：{message}");

    private sealed class BaselineFile
    {
        public string? Title { get; set; }

        public string? VersionLabel { get; set; }

        public string? IssuingDocument { get; set; }

        public string? Source { get; set; }

        public string? EffectiveFrom { get; set; }

        public bool IsSample { get; set; }

        public int? RepeatViolationThreshold { get; set; }

        public string? Note { get; set; }

        public List<ItemFile>? Items { get; set; }

        public List<NoPenaltyFile>? NoPenalty { get; set; }
    }

    private sealed class ItemFile
    {
        public string? Code { get; set; }

        public string? PowerName { get; set; }

        public string? Violation { get; set; }

        public string? Specialty { get; set; }

        public List<CitationFile>? Violated { get; set; }

        public List<CitationFile>? Penalty { get; set; }

        public FineFile? Statutory { get; set; }

        public string? Note { get; set; }

        public List<TierFile>? Tiers { get; set; }

        public List<string>? Severe { get; set; }
    }

    private sealed class CitationFile
    {
        public string? Law { get; set; }

        public string? Code { get; set; }

        public int? Article { get; set; }

        public string? Part { get; set; }
    }

    private sealed class FineFile
    {
        public decimal? MinYuan { get; set; }

        public decimal? MaxYuan { get; set; }

        public decimal? MultipleMin { get; set; }

        public decimal? MultipleMax { get; set; }

        public decimal? GainsThresholdYuan { get; set; }

        public decimal? GainsFloorYuan { get; set; }

        public decimal? CapYuan { get; set; }
    }

    private sealed class TierFile
    {
        public string? Tier { get; set; }

        public string? PartyKind { get; set; }

        public string? Circumstances { get; set; }

        public FineFile? Fine { get; set; }

        public List<string>? Measures { get; set; }
    }

    private sealed class NoPenaltyFile
    {
        public string? ItemCode { get; set; }

        public string? Violation { get; set; }

        public string? Basis { get; set; }

        public bool FirstTimeOnly { get; set; }

        public string? HarmLimit { get; set; }

        public int? CorrectWithinDays { get; set; }

        public string? FollowUp { get; set; }

        public List<string>? Excluded { get; set; }

        public string? ExclusionNote { get; set; }

        public string? ValidFrom { get; set; }

        public string? ValidUntil { get; set; }

        public string? Source { get; set; }
    }
}
