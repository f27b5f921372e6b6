using Weijian.Platform.Demo;
using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Tests.Registry.Entities;

public class EntityDetailsTests
{
    private static EntityDetails Hotel(string? code = "91350100M000100Y43", string? kind = "单位") =>
        new(kind, "冷水滩区阳光宾馆", code, "李建国", "永州市冷水滩区凤凰路18号", "431103", "公共场所", "宾馆", "小型", "低风险", "A", "B级", "王丽华", "0746-8221234", null);

    [Fact]
    public void Valid_details_are_accepted_with_codes_and_chinese_names_alike()
    {
        var v = Hotel().Validate();
        v.PartyKind.ShouldBe(PartyKind.Organization);
        v.Specialty.ShouldBe(Specialty.PublicPlaces);
        v.SubType.ShouldBe("hotel");
        v.RiskTier.ShouldBe(RiskTier.Low);
        v.HygieneGrade.ShouldBe(HygieneGrade.B);
        (Hotel() with { Specialty = "PublicPlaces", SubType = "hotel", RiskTier = "Low", HygieneGrade = "B" }).Validate().ShouldBe(v);
    }

    [Fact]
    public void A_unit_with_a_wrong_check_character_is_refused_on_the_credit_code_field()
    {
        var e = Should.Throw<DomainRuleException>(() => Hotel("91350100M000100Y44").Validate());
        e.Code.ShouldBe("validation.credit-code");
        e.Fields.ShouldBe(["creditCode"]);
        e.Message.ShouldContain("校验码不正确");
    }

    [Fact]
    public void An_individual_is_checked_as_a_resident_id_number_and_a_lower_case_x_is_accepted()
    {
        var v = Hotel("11010519491231002x", "个人").Validate();
        v.PartyKind.ShouldBe(PartyKind.Individual);
        v.CreditCode.ShouldBe("11010519491231002X");
        var e = Should.Throw<DomainRuleException>(() => Hotel("110105194912310021", "个人").Validate());
        e.Code.ShouldBe("validation.id-number");
    }

    [Fact]
    public void Without_a_party_kind_a_valid_id_number_means_an_individual() =>
        Hotel("11010519491231002X", null).Validate().PartyKind.ShouldBe(PartyKind.Individual);

    [Fact]
    public void A_sub_type_must_belong_to_the_specialty()
    {
        var e = Should.Throw<DomainRuleException>(() => (Hotel() with { SubType = "诊所" }).Validate());
        e.Code.ShouldBe("validation.sub-type");
        e.Fields.ShouldBe(["subType"]);
    }

    // R-INS-12: 量化分级 is the grading of public places.
    [Fact]
    public void A_hygiene_grade_is_refused_outside_public_places()
    {
        var e = Should.Throw<DomainRuleException>(() => (Hotel() with { Specialty = "医疗卫生", SubType = "诊所" }).Validate());
        e.Code.ShouldBe("entity.hygiene-grade-public-places-only");
    }

    // R-INS-13: 7 classes, 28 types of public places.
    [Fact]
    public void Public_places_have_seven_classes_and_twenty_eight_types()
    {
        var types = Specialties.SubTypes(Specialty.PublicPlaces);
        types.Count.ShouldBe(28);
        types.Select(t => t.Class).Distinct().Count().ShouldBe(7);
        types.Select(t => t.Code).ShouldBeUnique();
    }

    // R-INS-5: about 11 specialties.
    [Fact]
    public void There_are_eleven_specialties_each_with_sub_types_and_codes_unique_across_them()
    {
        Specialties.All.Count.ShouldBe(11);
        Specialties.All.ShouldAllBe(s => Specialties.SubTypes(s).Count > 0);
        Specialties.All.SelectMany(Specialties.SubTypes).Select(t => t.Code).ShouldBeUnique();
    }

    [Fact]
    public void Demo_entities_are_valid_with_unique_codes_and_cover_every_specialty()
    {
        var bureau = new DemoBureau(Guid.NewGuid(), "永州市冷水滩区卫生健康局", "lst", "431103");
        var district = EntityDemo.District(bureau);
        district.ShouldBe("冷水滩区");
        var all = Enumerable.Range(0, 3000).Select(i => EntityDemo.Details(bureau, district, i).Validate()).ToList();
        all.Select(d => d.CreditCode).ShouldBeUnique();
        all.Take(EntityDemo.DefaultPerBureau).Select(d => d.Specialty).Distinct().Count().ShouldBe(11);
        all.ShouldContain(d => d.PartyKind == PartyKind.Individual);
        all.ShouldAllBe(d => d.RegionCode == "431103");
    }
}
