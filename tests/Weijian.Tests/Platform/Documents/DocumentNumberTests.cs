using Weijian.Platform.Documents;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Tests.Platform.Documents;

/// <summary>R-PEN-33: document numbers 地区简称+卫+执法类别+执法性质+〔年份〕+序号.</summary>
public sealed class DocumentNumberTests
{
    [Fact]
    public void A_number_is_region_health_category_nature_year_in_hexagonal_brackets_and_serial()
    {
        DocumentNumbers.Format(DocumentNumbers.Prefix("冷", "公", "罚"), 2026, 12).ShouldBe("冷卫公罚〔2026〕12号");
        DocumentNumbers.Format(DocumentNumbers.Prefix("零", "医", "不罚"), 2027, 1).ShouldBe("零卫医不罚〔2027〕1号");
    }

    [Fact]
    public void Without_a_category_the_category_is_left_out()
    {
        DocumentNumbers.Prefix("冷", null, "告").ShouldBe("冷卫告");
    }

    [Fact]
    public void An_unknown_category_or_a_missing_region_short_name_is_refused()
    {
        Should.Throw<DomainRuleException>(() => DocumentNumbers.Prefix("冷", "食", "罚")).Code.ShouldBe("document.category-unknown");
        Should.Throw<DomainRuleException>(() => DocumentNumbers.Prefix(" ", "公", "罚")).Code.ShouldBe("document.region-short-name-missing");
    }

    [Fact]
    public void Every_specialty_has_its_enforcement_category()
    {
        DocumentNumbers.CategoryBySpecialty.Keys.Order(StringComparer.Ordinal)
            .ShouldBe(Specialties.All.Select(s => s.ToString()).Order(StringComparer.Ordinal));
        DocumentNumbers.CategoryOf(nameof(Specialty.PublicPlaces)).ShouldBe("公");
        DocumentNumbers.CategoryOf(nameof(Specialty.DrinkingWater)).ShouldBe("水");
        DocumentNumbers.CategoryOf(nameof(Specialty.TablewareDisinfection)).ShouldBe("消");
        DocumentNumbers.CategoryOf(nameof(Specialty.WaterProducts)).ShouldBe("涉");
        DocumentNumbers.CategoryOf("Food").ShouldBeNull();
    }

    [Fact]
    public void Document_dates_are_written_the_chinese_way()
    {
        DocumentNumbers.ChineseDate(new DateOnly(2026, 3, 5)).ShouldBe("2026年3月5日");
    }
}
