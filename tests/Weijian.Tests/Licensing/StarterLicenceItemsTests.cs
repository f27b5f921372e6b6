using Weijian.Licensing.Items;

namespace Weijian.Tests.Licensing;

/// <summary>The shipped national starter set (<c>data/licensing/items.json</c>) parses and every guide is coherent (R-LIC-10/11/14).</summary>
public sealed class StarterLicenceItemsTests
{
    private static IReadOnlyList<LicenceItemContent> Items => StarterLicenceItems.Load(Path.Combine(RepositoryRoot.Path, "data", "licensing"));

    [Fact]
    public void The_starter_set_parses_with_the_public_place_family_and_the_medical_items()
    {
        var items = Items;
        items.Count.ShouldBeGreaterThanOrEqualTo(14);
        items.Select(i => i.Code).ShouldBeUnique();
        items.Where(i => i.LicenceType == "public-place-hygiene").Select(i => i.Kind)
            .ShouldBe([LicenceItemKind.New, LicenceItemKind.Change, LicenceItemKind.Renewal, LicenceItemKind.Cancellation], ignoreOrder: true);
        items.ShouldContain(i => i.Kind == LicenceItemKind.Validation);
        items.ShouldContain(i => i.Kind == LicenceItemKind.Filing);
        items.Count(i => i.Kind == LicenceItemKind.Registration).ShouldBe(2);
    }

    [Fact]
    public void Every_item_is_coherent_promised_within_statutory_obligations_when_commitment_and_a_key_material()
    {
        foreach (var i in Items)
        {
            StarterLicenceItems.Problems(i).ShouldBeEmpty(i.Code);
            i.PromisedDays.ShouldBeLessThanOrEqualTo(i.StatutoryDays, i.Code);
            i.Materials.ShouldContain(m => m.Key, i.Code);
            if (i.CommitmentAllowed)
            {
                i.CommitmentObligations.ShouldNotBeNullOrWhiteSpace(i.Code);
            }

            i.LegalBasis.ShouldContain("《", Case.Sensitive, i.Code);
        }
    }

    [Fact]
    public void Public_place_licences_are_valid_four_years_with_commitment_and_some_items_are_decided_on_the_spot_R_LIC_12_13()
    {
        var items = Items;
        var newPublicPlace = items.Single(i => i.Code == "GGCS-XK-01");
        newPublicPlace.ValidityYears.ShouldBe(4);
        newPublicPlace.CommitmentAllowed.ShouldBeTrue();
        newPublicPlace.SiteCheckRequired.ShouldBeTrue();
        items.Count(i => i.PromisedDays == 0).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void An_incoherent_guide_is_refused_naming_its_code()
    {
        const string json = """
            { "items": [ { "code": "X-1", "name": "测试", "kind": "New", "specialty": "PublicPlaces", "licenceType": "t", "legalBasis": "《法》", "conditions": "条件",
              "statutoryDays": 5, "promisedDays": 10, "commitmentAllowed": true, "materials": [ { "name": "申请表", "key": true, "mayBeMissing": false, "copies": 1 } ] } ] }
            """;
        var e = Should.Throw<Weijian.Platform.Rules.DomainRuleException>(() => StarterLicenceItems.Parse(json));
        e.Code.ShouldBe("licensing.starter-invalid");
        e.Message.ShouldContain("X-1");
    }
}
