using Weijian.Enforcement.Discretion;
using Weijian.Platform.Rules;

namespace Weijian.Tests.Enforcement.Discretion;

public class LegalCitationTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("三十五", 35)]
    [InlineData("一百", 100)]
    [InlineData("一百零一", 101)]
    [InlineData("一百一十五", 115)]
    [InlineData("35", 35)]
    public void Chinese_and_arabic_article_numbers_are_read(string text, int number) => LegalCitations.Number(text).ShouldBe(number);

    [Fact]
    public void A_cell_with_several_citations_resolves_titles_with_or_without_the_state_prefix_to_library_codes()
    {
        string? Code(string law) => LegalCitations.ShortTitle(law) == "传染病防治法" ? "infectious-disease-law" : null;
        var list = LegalCitations.Parse("《公共场所卫生管理条例实施细则》第三十五条第一款；《中华人民共和国传染病防治法》第七十三条第（一）项、《食品安全法》第126条",
            "penaltyProvisions", "处罚依据", Code);
        list.Count.ShouldBe(3);
        list[0].ShouldBe(new LegalCitation("公共场所卫生管理条例实施细则", null, 35, "第一款"));
        list[1].ShouldBe(new LegalCitation("中华人民共和国传染病防治法", "infectious-disease-law", 73, "第（一）项"));
        list[1].Text.ShouldBe("《中华人民共和国传染病防治法》第七十三条第（一）项");
        list[2].Article.ShouldBe(126);
    }

    [Fact]
    public void A_cell_without_a_book_title_is_a_field_error()
    {
        var e = Should.Throw<DomainRuleException>(() => LegalCitations.Parse("实施细则第35条", "violatedProvisions", "违法依据", _ => null));
        e.Fields.ShouldBe(["violatedProvisions"]);
    }
}
