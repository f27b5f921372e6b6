using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;

namespace Weijian.Registry.Provisions;

/// <summary>
/// R-PEN-9: "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定" — a provision cited for an act on
/// <see cref="Date"/> resolves to the version in force that day (e.g. 传染病防治法: 2025-08-31 → the 2013 text, 2025-09-01 →
/// the 2025 revision, R-LAW-1). Comparing with a lighter later rule (从旧兼从轻) is the deciding officer's step and uses
/// this twice (the date of the act and the date of the decision).
/// </summary>
public sealed record ResolveProvision(string? Code, int? Article, DateOnly? Date);

public sealed class ResolveProvisionHandler(WeijianDb db)
{
    public async Task<ProvisionResolution> HandleAsync(ResolveProvision query, CancellationToken ct)
    {
        db.Actor.RequireOrganization();
        var code = Input.Text(query.Code, "code", "法规代码", 100);
        var number = Input.Required(query.Article, "article", "条文序号");
        if (number is < 1 or > 9999)
        {
            throw Input.Invalid("validation.article-number", "article", "条文序号应为 1 至 9999 的整数");
        }

        var date = Input.Required(query.Date, "date", "日期");
        var versions = await db.Set<LegalDocument>().AsNoTracking().Include(d => d.Articles).Where(d => d.Code == code).ToListAsync(ct);
        var version = ProvisionVersions.InForceOn(versions, code, date);
        var article = version.Article(number);
        return new ProvisionResolution(
            LegalDocumentSummary.From(version, date, version.Articles.Count),
            LegalArticleView.From(article),
            date,
            $"《{version.Title}》（{version.VersionLabel}）{article.Label}");
    }
}

/// <summary>Picking the version of a document in force on a date (pure; unit-tested).</summary>
public static class ProvisionVersions
{
    public static LegalDocument InForceOn(IReadOnlyCollection<LegalDocument> versions, string code, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0)
        {
            throw DomainRuleException.NotFound("provision.unknown-document", $"法律法规库中没有代码为“{code}”的法律法规");
        }

        var match = versions.FirstOrDefault(v => v.IsInForceOn(date));
        if (match is not null)
        {
            return match;
        }

        var title = versions.OrderByDescending(v => v.EffectiveFrom).First().Title;
        var first = versions.OrderBy(v => v.EffectiveFrom).First();
        var day = Format(date);
        if (date < first.EffectiveFrom)
        {
            throw new DomainRuleException(
                "provision.not-yet-in-force",
                $"{day}《{title}》尚未施行：法律法规库中最早的版本（{first.VersionLabel}）自{Format(first.EffectiveFrom)}起施行")
            { Fields = ["date"] };
        }

        var last = versions.Where(v => v.RepealedOn is { } end && end <= date).OrderByDescending(v => v.RepealedOn).First();
        throw new DomainRuleException(
            "provision.repealed",
            $"{day}《{title}》已不再有效：{last.VersionLabel}已于{Format(last.RepealedOn!.Value)}废止，法律法规库中没有当日有效的版本")
        { Fields = ["date"] };
    }

    private static string Format(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
