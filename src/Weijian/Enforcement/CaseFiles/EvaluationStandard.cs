using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Weijian.Platform.Rules;

namespace Weijian.Enforcement.CaseFiles;

/// <summary>否决项 (any one fails the file, R-EVA-1) or 扣分项 (points off a section, R-EVA-2/3).</summary>
public enum EvaluationItemKind
{
    Veto,
    Deduction,
}

/// <summary>A section of the standard and its points (typical: 案卷形式 20, 案卷内容 80; R-EVA-1).</summary>
public sealed record EvaluationSection(string Code, string Name, decimal Points);

/// <summary>A grade band: files scoring at least <see cref="MinScore"/> (and below the next band) get <see cref="Name"/> (R-EVA-4).</summary>
public sealed record GradeBand(string Name, decimal MinScore);

/// <summary>
/// One veto or deduction of the standard. <see cref="Check"/> names the automatic check in <see cref="CaseFileChecks"/>
/// that detects it from <see cref="CaseFileFacts"/>, or <c>manual</c> when only a reviewer can judge it. A deduction
/// takes <see cref="MinPoints"/>…<see cref="MaxPoints"/> (equal for a fixed deduction) from its section, per occurrence
/// when <see cref="PerOccurrence"/> (at most <see cref="MaxTotal"/> in all). <see cref="WorkingDays"/> is the period a
/// few checks compare against (e.g. the filing period, which is provincial and unverified).
/// </summary>
public sealed record EvaluationItem(
    string Code,
    EvaluationItemKind Kind,
    string? SectionCode,
    string Description,
    decimal MinPoints,
    decimal MaxPoints,
    bool PerOccurrence,
    decimal? MaxTotal,
    string Check,
    int? WorkingDays,
    string RuleId)
{
    /// <summary>True when a check detects the item from the facts; false for reviewer-only items.</summary>
    public bool IsAutomatic => Check != CaseFileChecks.Manual;

    /// <summary>True when the points are a range the reviewer chooses within.</summary>
    public bool HasRange => MinPoints != MaxPoints;

    /// <summary>"2分", "1–5分", "每处1分，最多4分" — for the UI.</summary>
    public string PointsText
    {
        get
        {
            if (Kind == EvaluationItemKind.Veto)
            {
                return "否决";
            }

            var points = HasRange ? $"{Number(MinPoints)}–{Number(MaxPoints)}分" : $"{Number(MinPoints)}分";
            return PerOccurrence ? $"每处{points}" + (MaxTotal is { } max ? $"，最多{Number(max)}分" : "") : points;
        }
    }

    /// <summary>Points off for <paramref name="occurrences"/> at <paramref name="pointsEach"/>, capped at <see cref="MaxTotal"/>.</summary>
    public decimal PointsFor(decimal pointsEach, int occurrences)
    {
        var total = pointsEach * (PerOccurrence ? occurrences : 1);
        return MaxTotal is { } max && total > max ? max : total;
    }

    internal static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// A 案卷评查 standard (R-EVA-1…4) read from data (<c>data/evaluation/*.json</c>): sections summing to 100 points, veto
/// items, deductions with their checks, and grade bands. The shipped file is a <b>typical scheme</b> for a province to
/// configure (R-EVA-4 bands are unverified). <see cref="Parse"/> validates everything: sections sum to 100, codes
/// unique, every check key known, points within the section, bands covering 0…100; errors are
/// <c>evaluation.standard-invalid</c>.
/// </summary>
public sealed record EvaluationStandard
{
    public const string InvalidCode = "evaluation.standard-invalid";
    public const string MissingCode = "evaluation.standard-missing";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,

        // Unknown members are an error, so a misspelt "minPoint" cannot silently turn a range into nothing.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private EvaluationStandard()
    {
    }

    /// <summary>A stable code, e.g. <c>typical-2026</c>; stored with every score.</summary>
    public string Code { get; private init; } = "";

    public string Title { get; private init; } = "";

    /// <summary>Where the scheme comes from and that it is to be configured by the province.</summary>
    public string Note { get; private init; } = "";

    public DateOnly EffectiveFrom { get; private init; }

    public IReadOnlyList<EvaluationSection> Sections { get; private init; } = [];

    /// <summary>Veto items then deductions, in file order.</summary>
    public IReadOnlyList<EvaluationItem> Items { get; private init; } = [];

    /// <summary>Bands, highest minimum first.</summary>
    public IReadOnlyList<GradeBand> Bands { get; private init; } = [];

    /// <summary>The band of a vetoed file (不合格).</summary>
    public string VetoBand { get; private init; } = "";

    /// <summary>The item with <paramref name="code"/>, or null.</summary>
    public EvaluationItem? Find(string? code) => Items.FirstOrDefault(i => i.Code == code);

    /// <summary>R-EVA-4: the veto band when vetoed, else the highest band whose minimum the total reaches.</summary>
    public string BandFor(decimal total, bool vetoed) =>
        vetoed ? VetoBand : Bands.First(b => total >= b.MinScore).Name;

    /// <summary>The shipped standard next to the program (the build copies <c>data/evaluation/*.json</c> to <c>evaluation/</c>).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "evaluation", "standard-2026.json");

    /// <summary>Reads and validates one standard file.</summary>
    public static EvaluationStandard LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw DomainRuleException.NotFound(MissingCode, $"找不到案卷评查标准文件：{path}");
        }

        return Parse(File.ReadAllText(path, Encoding.UTF8), Path.GetFileName(path));
    }

    /// <summary>Parses and validates a standard; <paramref name="name"/> names it in error messages.</summary>
    public static EvaluationStandard Parse(string json, string name)
    {
        StandardFile? file;
        try
        {
            file = JsonSerializer.Deserialize<StandardFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw Invalid(name, $"不是有效的 JSON（{e.Message}）");
        }

        if (file is null)
        {
            throw Invalid(name, "文件为空");
        }

        var sections = (file.Sections ?? []).Select(s => new EvaluationSection(
            Required(s.Code, name, "sections[].code"), Required(s.Name, name, "sections[].name"), s.Points)).ToList();
        if (sections.Count == 0)
        {
            throw Invalid(name, "缺少 sections");
        }

        Unique(sections.Select(s => s.Code), name, "分项代码");
        if (sections.Any(s => s.Points <= 0))
        {
            throw Invalid(name, "各分项分值应大于0");
        }

        var sectionSum = sections.Sum(s => s.Points);
        if (sectionSum != 100)
        {
            throw Invalid(name, $"各分项分值合计应为100分，实际为{EvaluationItem.Number(sectionSum)}分");
        }

        var items = new List<EvaluationItem>();
        foreach (var v in file.Vetoes ?? [])
        {
            var code = Required(v.Code, name, "vetoes[].code");
            if (v.Section is not null || v.Points is not null || v.MinPoints is not null || v.MaxPoints is not null || v.PerOccurrence)
            {
                throw Invalid(name, $"否决项 {code} 不应有 section 或分值");
            }

            items.Add(new EvaluationItem(
                code, EvaluationItemKind.Veto, null, Required(v.Description, name, $"{code}.description"), 0, 0, false, null,
                CheckKey(v, code, name), WorkingDays(v, code, name), Required(v.RuleId, name, $"{code}.ruleId")));
        }

        foreach (var d in file.Deductions ?? [])
        {
            var code = Required(d.Code, name, "deductions[].code");
            var section = sections.FirstOrDefault(s => s.Code == d.Section)
                ?? throw Invalid(name, $"扣分项 {code} 的 section “{d.Section}”不存在");
            decimal min, max;
            if (d.Points is { } fixedPoints)
            {
                if (d.MinPoints is not null || d.MaxPoints is not null)
                {
                    throw Invalid(name, $"扣分项 {code} 不能同时有 points 和 minPoints/maxPoints");
                }

                min = max = fixedPoints;
            }
            else
            {
                min = d.MinPoints ?? throw Invalid(name, $"扣分项 {code} 缺少 points 或 minPoints/maxPoints");
                max = d.MaxPoints ?? throw Invalid(name, $"扣分项 {code} 缺少 maxPoints");
            }

            if (min <= 0 || max < min || max > section.Points)
            {
                throw Invalid(name, $"扣分项 {code} 的分值应大于0、最低不高于最高且不超过所属分项的{EvaluationItem.Number(section.Points)}分");
            }

            if (d.MaxTotal is { } total && (!d.PerOccurrence || total < max || total > section.Points))
            {
                throw Invalid(name, $"扣分项 {code} 的 maxTotal 只用于按处扣分，且应在单处最高分和分项分值之间");
            }

            items.Add(new EvaluationItem(
                code, EvaluationItemKind.Deduction, section.Code, Required(d.Description, name, $"{code}.description"), min, max,
                d.PerOccurrence, d.MaxTotal, CheckKey(d, code, name), WorkingDays(d, code, name), Required(d.RuleId, name, $"{code}.ruleId")));
        }

        if (items.Count == 0)
        {
            throw Invalid(name, "缺少否决项和扣分项");
        }

        Unique(items.Select(i => i.Code), name, "评查项目代码");

        var bands = (file.Bands ?? []).Select(b => new GradeBand(Required(b.Name, name, "bands[].name"), b.MinScore))
            .OrderByDescending(b => b.MinScore).ToList();
        Unique(bands.Select(b => b.Name), name, "档次名称");
        Unique(bands.Select(b => EvaluationItem.Number(b.MinScore)), name, "档次最低分");
        if (bands.Count == 0 || bands[^1].MinScore != 0 || bands[0].MinScore > 100)
        {
            throw Invalid(name, "档次应覆盖0至100分（最低一档的 minScore 为0，且均不超过100）");
        }

        var vetoBand = Required(file.VetoBand, name, "vetoBand");
        if (bands.All(b => b.Name != vetoBand))
        {
            throw Invalid(name, $"vetoBand “{vetoBand}”不是已定义的档次");
        }

        return new EvaluationStandard
        {
            Code = Required(file.Code, name, "code"),
            Title = Required(file.Title, name, "title"),
            Note = Required(file.Note, name, "note"),
            EffectiveFrom = file.EffectiveFrom ?? throw Invalid(name, "缺少 effectiveFrom"),
            Sections = sections,
            Items = items,
            Bands = bands,
            VetoBand = vetoBand,
        };
    }

    private static string CheckKey(ItemFile item, string code, string name)
    {
        var check = Required(item.Check, name, $"{code}.check");
        return check == CaseFileChecks.Manual || CaseFileChecks.IsKnown(check)
            ? check
            : throw Invalid(name, $"评查项目 {code} 的检查项“{check}”未实现；可用：{CaseFileChecks.Manual}、{string.Join("、", CaseFileChecks.Keys)}");
    }

    private static int? WorkingDays(ItemFile item, string code, string name)
    {
        var needs = item.Check is { } check && CaseFileChecks.NeedsWorkingDays(check);
        return (needs, item.WorkingDays) switch
        {
            (true, null) => throw Invalid(name, $"评查项目 {code} 的检查项“{item.Check}”需要 workingDays"),
            (true, < 1) => throw Invalid(name, $"评查项目 {code} 的 workingDays 应不少于1"),
            (false, not null) => throw Invalid(name, $"评查项目 {code} 的检查项“{item.Check}”不使用 workingDays"),
            _ => item.WorkingDays,
        };
    }

    private static void Unique(IEnumerable<string> values, string name, string what)
    {
        var twice = values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw Invalid(name, $"{what}“{twice.Key}”重复");
        }
    }

    private static string Required(string? value, string name, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw Invalid(name, $"缺少 {field}") : value.Trim();

    private static DomainRuleException Invalid(string name, string message) => new(InvalidCode, $"案卷评查标准“{name}”无效：{message}");

    private sealed class StandardFile
    {
        public string? Code { get; set; }

        public string? Title { get; set; }

        public string? Note { get; set; }

        public DateOnly? EffectiveFrom { get; set; }

        public List<SectionFile>? Sections { get; set; }

        public List<ItemFile>? Vetoes { get; set; }

        public List<ItemFile>? Deductions { get; set; }

        public List<BandFile>? Bands { get; set; }

        public string? VetoBand { get; set; }
    }

    private sealed class SectionFile
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public decimal Points { get; set; }
    }

    private sealed class ItemFile
    {
        public string? Code { get; set; }

        public string? Section { get; set; }

        public string? Description { get; set; }

        public decimal? Points { get; set; }

        public decimal? MinPoints { get; set; }

        public decimal? MaxPoints { get; set; }

        public bool PerOccurrence { get; set; }

        public decimal? MaxTotal { get; set; }

        public string? Check { get; set; }

        public int? WorkingDays { get; set; }

        public string? RuleId { get; set; }
    }

    private sealed class BandFile
    {
        public string? Name { get; set; }

        public decimal MinScore { get; set; }
    }
}
