using Weijian.Platform.Rules;
using Weijian.Registry.Provisions;

namespace Weijian.Tests.Registry.Provisions;

/// <summary>R-PEN-9 / R-LAW-1: a provision cited on a date resolves to the version in force that day, from the shipped data.</summary>
public class ProvisionResolutionTests
{
    private static readonly IReadOnlyList<ProvisionVersionData> Shipped =
        ProvisionFiles.LoadDirectory(Path.Combine(RepositoryRoot.Path, "data", "provisions"));

    private static List<LegalDocument> Versions(string code) =>
        Shipped.Where(v => v.Code == code).Select(v => LegalDocument.Create(v, DateTimeOffset.UnixEpoch)).ToList();

    [Fact]
    public void The_infectious_disease_law_cited_on_2025_08_31_is_the_2013_text_and_on_2025_09_01_the_2025_revision()
    {
        var versions = Versions("infectious-disease-law");
        ProvisionVersions.InForceOn(versions, "infectious-disease-law", new DateOnly(2025, 8, 31)).VersionLabel.ShouldBe("2013年修正");
        var revised = ProvisionVersions.InForceOn(versions, "infectious-disease-law", new DateOnly(2025, 9, 1));
        revised.VersionLabel.ShouldBe("2025年修订");
        revised.DocumentNumber.ShouldBe("主席令第四十七号");
    }

    [Fact]
    public void A_date_before_any_shipped_version_is_a_chinese_error_naming_the_earliest_version()
    {
        var e = Should.Throw<DomainRuleException>(() =>
            ProvisionVersions.InForceOn(Versions("infectious-disease-law"), "infectious-disease-law", new DateOnly(2010, 5, 1)));
        e.Code.ShouldBe("provision.not-yet-in-force");
        e.Message.ShouldContain("2013年修正");
        e.Message.ShouldContain("2013年6月29日");
        e.Fields.ShouldBe(["date"]);
    }

    [Fact]
    public void The_health_penalty_procedure_rule_53_applies_until_2025_05_31_and_rule_13_from_2025_06_01()
    {
        // R-PEN-3, R-PEN-4: one code, two documents.
        var versions = Versions("health-penalty-procedure-rules");
        var old = ProvisionVersions.InForceOn(versions, "health-penalty-procedure-rules", new DateOnly(2025, 5, 31));
        old.DocumentNumber.ShouldBe("卫生部令第53号");
        old.Title.ShouldBe("卫生行政处罚程序");
        ProvisionVersions.InForceOn(versions, "health-penalty-procedure-rules", new DateOnly(2025, 6, 1)).DocumentNumber
            .ShouldBe("国家卫生健康委员会令第13号");
    }

    [Fact]
    public void An_unknown_code_and_a_missing_article_are_not_found()
    {
        Should.Throw<DomainRuleException>(() => ProvisionVersions.InForceOn([], "no-such-law", new DateOnly(2025, 1, 1)))
            .Code.ShouldBe("provision.unknown-document");
        var penalty = ProvisionVersions.InForceOn(Versions("administrative-penalty-law"), "administrative-penalty-law", new DateOnly(2025, 1, 1));
        penalty.Article(37).Label.ShouldBe("第三十七条");
        penalty.Article(37).Text.ShouldStartWith("实施行政处罚，适用违法行为发生时的法律、法规、规章的规定");
        Should.Throw<DomainRuleException>(() => penalty.Article(200)).Code.ShouldBe("provision.unknown-article");
    }

    [Fact]
    public void The_shipped_set_covers_the_laws_named_in_the_rules_with_the_articles_other_modules_cite()
    {
        var codes = Shipped.Select(v => v.Code).ToHashSet();
        codes.Count.ShouldBeGreaterThanOrEqualTo(19);
        int[] Missing(string code, int[] cited) => cited.Except(Shipped.Where(v => v.Code == code).SelectMany(v => v.Articles).Select(a => a.Number)).ToArray();
        Missing("administrative-penalty-law", [9, 28, 29, 30, 31, 32, 33, 36, 37, 42, 43, 44, 45, 46, 47, 48, 51, 52, 57, 58, 59,
            61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 85]).ShouldBeEmpty();
        Missing("administrative-licensing-law", [31, 32, 34, 36, 38, 40, 42, 44, 45, 46, 47, 48, 50, 69, 70, 82]).ShouldBeEmpty();
        Missing("administrative-coercion-law", [24, 25, 45, 46, 53, 54, 69]).ShouldBeEmpty();
        Shipped.Where(v => v.Code == "administrative-penalty-law").SelectMany(v => v.Articles).ShouldAllBe(a => !a.IsSummary);
    }

    [Fact]
    public void Overlapping_versions_of_one_document_are_refused()
    {
        const string json = """
            {"code":"x","title":"某法","kind":"法律","issuingBody":"全国人民代表大会常务委员会","versions":[
              {"versionLabel":"旧","documentNumber":"1","effectiveFrom":"2010-01-01","repealedOn":"2020-01-02","articles":[]},
              {"versionLabel":"新","documentNumber":"2","effectiveFrom":"2020-01-01","articles":[]}]}
            """;
        Should.Throw<DomainRuleException>(() => ProvisionFiles.Parse(json, "x.json")).Message.ShouldContain("重叠");
    }

    [Fact]
    public void The_content_hash_changes_when_a_text_changes_so_the_loader_can_tell_outdated_data()
    {
        const string a = """{"code":"x","title":"某法","kind":"法律","issuingBody":"机关","versions":[{"versionLabel":"v","documentNumber":"1","effectiveFrom":"2010-01-01","articles":[{"number":1,"text":"甲"}]}]}""";
        var b = a.Replace("\"甲\"", "\"乙\"", StringComparison.Ordinal);
        ProvisionFiles.Parse(a, "a").Single().ContentHash.ShouldBe(ProvisionFiles.Parse(a, "a").Single().ContentHash);
        ProvisionFiles.Parse(a, "a").Single().ContentHash.ShouldNotBe(ProvisionFiles.Parse(b, "b").Single().ContentHash);
    }

    [Theory]
    [InlineData(1, "第一条")]
    [InlineData(10, "第十条")]
    [InlineData(15, "第十五条")]
    [InlineData(20, "第二十条")]
    [InlineData(31, "第三十一条")]
    [InlineData(100, "第一百条")]
    [InlineData(101, "第一百零一条")]
    [InlineData(110, "第一百一十条")]
    [InlineData(115, "第一百一十五条")]
    [InlineData(1010, "第一千零一十条")]
    public void Article_labels_are_written_as_statutes_write_them(int number, string label) =>
        ChineseNumerals.ArticleLabel(number).ShouldBe(label);
}
