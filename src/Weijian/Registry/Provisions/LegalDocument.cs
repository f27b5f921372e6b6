using Weijian.Platform.Rules;

namespace Weijian.Registry.Provisions;

/// <summary>
/// One version of a law, regulation, rule or normative document (national reference data, not tenant-owned).
/// Versions of the same document share a stable <see cref="Code"/>; each is in force from <see cref="EffectiveFrom"/>
/// until the day before <see cref="RepealedOn"/>, so a provision cited for an act on a date resolves to the text in force
/// on that date (R-PEN-9, R-LAW-1).
/// </summary>
public sealed class LegalDocument
{
    private readonly List<LegalArticle> _articles = [];

    private LegalDocument()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Stable code shared by every version, e.g. <c>infectious-disease-law</c>.</summary>
    public string Code { get; private set; } = "";

    /// <summary>中华人民共和国传染病防治法.</summary>
    public string Title { get; private set; } = "";

    public LegalDocumentKind Kind { get; private set; }

    /// <summary>主席令第四十七号.</summary>
    public string DocumentNumber { get; private set; } = "";

    public string IssuingBody { get; private set; } = "";

    /// <summary>2025年修订; unique per code.</summary>
    public string VersionLabel { get; private set; } = "";

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The first day this version is no longer in force (repealed, or superseded by the next version); null while in force.</summary>
    public DateOnly? RepealedOn { get; private set; }

    /// <summary>Where the text was taken from (shown with the text).</summary>
    public string Source { get; private set; } = "";

    /// <summary>SHA-256 of the shipped data this version was loaded from; a different hash means the shipped data changed.</summary>
    public string ContentHash { get; private set; } = "";

    public DateTimeOffset LoadedAt { get; private set; }

    public IReadOnlyList<LegalArticle> Articles => _articles;

    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (RepealedOn is null || date < RepealedOn.Value);

    public ProvisionStatus StatusOn(DateOnly date) =>
        date < EffectiveFrom ? ProvisionStatus.NotYetInForce
        : RepealedOn is { } end && date >= end ? ProvisionStatus.Repealed
        : ProvisionStatus.InForce;

    public static LegalDocument Create(ProvisionVersionData data, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(data);
        var doc = new LegalDocument { Id = Guid.CreateVersion7(now), Code = data.Code, VersionLabel = data.VersionLabel };
        doc.Apply(data, now);
        return doc;
    }

    /// <summary>Brings this version in line with corrected shipped data: fields are updated, articles updated or added (never removed).</summary>
    public void Apply(ProvisionVersionData data, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Code != Code || data.VersionLabel != VersionLabel)
        {
            throw new InvalidOperationException("A version is keyed by code and version label.");
        }

        Title = data.Title;
        Kind = data.Kind;
        DocumentNumber = data.DocumentNumber;
        IssuingBody = data.IssuingBody;
        EffectiveFrom = data.EffectiveFrom;
        RepealedOn = data.RepealedOn;
        Source = data.Source;
        ContentHash = data.ContentHash;
        LoadedAt = now;
        foreach (var a in data.Articles)
        {
            var existing = _articles.FirstOrDefault(x => x.Number == a.Number);
            if (existing is null)
            {
                _articles.Add(LegalArticle.Create(Id, a, now));
            }
            else
            {
                existing.Update(a);
            }
        }
    }

    public LegalArticle Article(int number) =>
        _articles.FirstOrDefault(a => a.Number == number)
        ?? throw DomainRuleException.NotFound(
            "provision.unknown-article", $"《{Title}》（{VersionLabel}）中未收录{ChineseNumerals.ArticleLabel(number)}");
}

/// <summary>One article (条) of a document version.</summary>
public sealed class LegalArticle
{
    private LegalArticle()
    {
    }

    public Guid Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public int Number { get; private set; }

    /// <summary>第三十一条.</summary>
    public string Label { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>True when <see cref="Text"/> is a short summary, not the statute's wording (the exact wording was not verified).</summary>
    public bool IsSummary { get; private set; }

    internal static LegalArticle Create(Guid documentId, ProvisionArticleData a, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DocumentId = documentId,
        Number = a.Number,
        Label = ChineseNumerals.ArticleLabel(a.Number),
        Text = a.Text,
        IsSummary = a.IsSummary,
    };

    internal void Update(ProvisionArticleData a)
    {
        Text = a.Text;
        IsSummary = a.IsSummary;
    }
}

/// <summary>法律 / 行政法规 / 部门规章 / 规范性文件.</summary>
public enum LegalDocumentKind
{
    Law,
    AdministrativeRegulation,
    DepartmentalRule,
    NormativeDocument,
}

/// <summary>现行有效 / 已废止 / 尚未施行, on a given date.</summary>
public enum ProvisionStatus
{
    InForce,
    Repealed,
    NotYetInForce,
}

public static class LegalDocumentKinds
{
    public static string ChineseName(LegalDocumentKind kind) => kind switch
    {
        LegalDocumentKind.Law => "法律",
        LegalDocumentKind.AdministrativeRegulation => "行政法规",
        LegalDocumentKind.DepartmentalRule => "部门规章",
        LegalDocumentKind.NormativeDocument => "规范性文件",
        _ => kind.ToString(),
    };

    /// <summary>Accepts the Chinese name or the English identifier.</summary>
    public static bool TryParse(string? value, out LegalDocumentKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var v = value.Trim();
        foreach (var k in Enum.GetValues<LegalDocumentKind>())
        {
            if (ChineseName(k) == v || string.Equals(k.ToString(), v, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        return false;
    }

    public static string StatusName(ProvisionStatus status) => status switch
    {
        ProvisionStatus.InForce => "现行有效",
        ProvisionStatus.Repealed => "已废止",
        ProvisionStatus.NotYetInForce => "尚未施行",
        _ => status.ToString(),
    };
}
