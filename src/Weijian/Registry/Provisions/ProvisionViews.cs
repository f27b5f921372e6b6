namespace Weijian.Registry.Provisions;

/// <summary>A document version without its articles, with its status on the date asked about.</summary>
public sealed record LegalDocumentSummary(
    Guid Id,
    string Code,
    string Title,
    string Kind,
    string KindName,
    string DocumentNumber,
    string IssuingBody,
    string VersionLabel,
    DateOnly EffectiveFrom,
    DateOnly? RepealedOn,
    string Status,
    string StatusName,
    int ArticleCount)
{
    internal static LegalDocumentSummary From(LegalDocument d, DateOnly on, int articleCount)
    {
        var status = d.StatusOn(on);
        return new(d.Id, d.Code, d.Title, d.Kind.ToString(), LegalDocumentKinds.ChineseName(d.Kind), d.DocumentNumber, d.IssuingBody,
            d.VersionLabel, d.EffectiveFrom, d.RepealedOn, status.ToString(), LegalDocumentKinds.StatusName(status), articleCount);
    }
}

public sealed record LegalArticleView(int Number, string Label, string Text, bool IsSummary)
{
    internal static LegalArticleView From(LegalArticle a) => new(a.Number, a.Label, a.Text, a.IsSummary);
}

/// <summary>A document version with its articles and the other versions of the same code.</summary>
public sealed record LegalDocumentView(
    LegalDocumentSummary Document, string Source, IReadOnlyList<LegalArticleView> Articles, IReadOnlyList<LegalDocumentSummary> OtherVersions);

/// <summary>A provision as cited on a date: the version in force that day and the article's text (R-PEN-9).</summary>
public sealed record ProvisionResolution(LegalDocumentSummary Document, LegalArticleView Article, DateOnly Date, string Citation);
