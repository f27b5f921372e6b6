using Weijian.Licensing.Items;

namespace Weijian.Tests.Licensing;

/// <summary>The shipped national starter set (<c>data/licensing/items.json</c>) parses and every guide is coherent (R-LIC-10/11/14).</summary>
public sealed class StarterLicenseItemsTests
{
    private static IReadOnlyList<LicenseItemContent> Items => StarterLicenseItems.Load(Path.Combine(RepositoryRoot.Path, "data", "licensing"));

    [Fact]
    public void The_starter_set_parses_with_the_public_place_family_and_the_medical_items()
    {
        var items = Items;
        items.Count.ShouldBeGreaterThanOrEqualTo(14);
        items.Select(i => i.Code).ShouldBeUnique();
        items.Where(i => i.LicenseType == "public-place-hygiene").Select(i => i.Kind)
            .ShouldBe([LicenseItemKind.New, LicenseItemKind.Change, LicenseItemKind.Renewal, LicenseItemKind.Cancellation], ignoreOrder: true);
        items.ShouldContain(i => i.Kind == LicenseItemKind.Validation);
        items.ShouldContain(i => i.Kind == LicenseItemKind.Filing);
        items.Count(i => i.Kind == LicenseItemKind.Registration).ShouldBe(2);
    }

    [Fact]
    public void Every_item_is_coherent_promised_within_statutory_obligations_when_commitment_and_a_key_material()
    {
        foreach (var i in Items)
        {
            StarterLicenseItems.Problems(i).ShouldBeEmpty(i.Code);
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
    public void Public_place_licenses_are_valid_four_years_with_commitment_and_some_items_are_decided_on_the_spot_R_LIC_12_13()
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
            { "items": [ { "code": "X-1", "name": "测试", "kind": "New", "specialty": "PublicPlaces", "licenseType": "t", "legalBasis": "《法》", "conditions": "条件",
              "statutoryDays": 5, "promisedDays": 10, "commitmentAllowed": true, "materials": [ { "name": "申请表", "key": true, "mayBeMissing": false, "copies": 1 } ] } ] }
            """;
        var e = Should.Throw<Weijian.Platform.Rules.DomainRuleException>(() => StarterLicenseItems.Parse(json));
        e.Code.ShouldBe("licensing.starter-invalid");
        e.Message.ShouldContain("X-1");
    }
}
