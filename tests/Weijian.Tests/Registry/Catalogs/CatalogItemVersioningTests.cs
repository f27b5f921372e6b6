using Weijian.Platform.Rules;
using Weijian.Registry.Catalogs;
using Weijian.Registry.Entities;
using Weijian.Registry.Provisions;

namespace Weijian.Tests.Registry.Catalogs;

/// <summary>Catalogue items are versioned with effective dates: a change never overwrites, it closes the old version (R-TRS-2).</summary>
public class CatalogItemVersioningTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static CatalogItemContent Content(string name) => CatalogItemContent.Validate(CatalogKind.InspectionItem, new CatalogItemFields(
        Name: name, LegalBasis: "《公共场所卫生管理条例》第三条", Specialty: "公共场所", Level: "一般", Targets: "住宿场所", CheckContent: "卫生检测",
        ChecklistLines: ["检测报告", " ", "公示情况"]));

    [Fact]
    public void A_new_version_closes_the_old_one_and_the_list_on_a_date_shows_the_version_then_in_force()
    {
        var item = CatalogItem.Create(Guid.NewGuid(), CatalogKind.InspectionItem, "cc-gg-01", Content("旧名称"), new DateOnly(2025, 1, 1), null, Now, "测试");
        item.Code.ShouldBe("CC-GG-01");
        item.Revise(Content("新名称"), new DateOnly(2025, 7, 1), "按2025年抽查计划调整", Now, "测试");

        item.Versions.Count.ShouldBe(2);
        item.Versions[0].EffectiveTo.ShouldBe(new DateOnly(2025, 7, 1));
        item.VersionOn(new DateOnly(2025, 6, 30))!.Name.ShouldBe("旧名称");
        item.VersionOn(new DateOnly(2025, 7, 1))!.Name.ShouldBe("新名称");
        item.VersionOn(new DateOnly(2024, 12, 31)).ShouldBeNull();
        item.StatusOn(new DateOnly(2024, 12, 31)).ShouldBe(CatalogItemStatus.NotYetInForce);
        item.Versions[1].ChecklistLines.ShouldBe(["检测报告", "公示情况"]);
    }

    [Fact]
    public void A_version_cannot_start_on_or_before_the_current_one_so_history_is_never_overwritten()
    {
        var item = CatalogItem.Create(Guid.NewGuid(), CatalogKind.InspectionItem, "A-1", Content("甲"), new DateOnly(2025, 1, 1), null, Now, "测试");
        Should.Throw<DomainRuleException>(() => item.Revise(Content("乙"), new DateOnly(2025, 1, 1), "改", Now, "测试"))
            .Code.ShouldBe("catalog-item.version-date");
        item.Versions.Single().EffectiveTo.ShouldBeNull();
    }

    [Fact]
    public void Retiring_ends_the_current_version_with_a_reason_and_a_retired_item_cannot_be_revised()
    {
        var item = CatalogItem.Create(Guid.NewGuid(), CatalogKind.InspectionItem, "A-1", Content("甲"), new DateOnly(2025, 1, 1), null, Now, "测试");
        Should.Throw<DomainRuleException>(() => item.Retire(new DateOnly(2025, 9, 1), " ")).Code.ShouldBe("validation.required");
        item.Retire(new DateOnly(2025, 9, 1), "并入综合查一次事项");
        item.StatusOn(new DateOnly(2025, 8, 31)).ShouldBe(CatalogItemStatus.InForce);
        item.StatusOn(new DateOnly(2025, 9, 1)).ShouldBe(CatalogItemStatus.Retired);
        item.Latest.EffectiveTo.ShouldBe(new DateOnly(2025, 9, 1));
        Should.Throw<DomainRuleException>(() => item.Revise(Content("乙"), new DateOnly(2025, 10, 1), "改", Now, "测试")).Code.ShouldBe("catalog-item.retired");
    }

    [Fact]
    public void Each_kind_requires_its_own_fields_named_for_the_form()
    {
        Should.Throw<DomainRuleException>(() => CatalogItemContent.Validate(CatalogKind.PowerItem, new CatalogItemFields(Name: "x", LegalBasis: "y")))
            .Fields.ShouldBe(["powerType"]);
        Should.Throw<DomainRuleException>(() => CatalogItemContent.Validate(CatalogKind.InspectionItem, new CatalogItemFields(
            Name: "x", LegalBasis: "y", Specialty: "公共场所", Level: "重点", Targets: "t", CheckContent: "c"))).Fields.ShouldBe(["checklistLines"]);
        Should.Throw<DomainRuleException>(() => CatalogItemContent.Validate(CatalogKind.AvRecordingItem, new CatalogItemFields(
            Name: "x", LegalBasis: "y", Activity: "听证", RecordingRequirement: "r"))).Fields.ShouldBe(["continuousRecording"]);
        CatalogItemContent.Validate(CatalogKind.InspectionItem, new CatalogItemFields(
            Name: "x", LegalBasis: "y", Specialty: "PublicPlaces", Level: "Key", Targets: "t", CheckContent: "c", ChecklistLines: ["a"])).Level
            .ShouldBe(InspectionLevel.Key);
    }

    [Fact]
    public void The_starter_catalogues_are_valid_cover_every_specialty_and_av_activity_and_cite_only_shipped_provisions()
    {
        var dir = Path.Combine(RepositoryRoot.Path, "data", "catalogs");
        var power = StarterCatalogs.Load(dir, CatalogKind.PowerItem);
        var inspection = StarterCatalogs.Load(dir, CatalogKind.InspectionItem);
        var av = StarterCatalogs.Load(dir, CatalogKind.AvRecordingItem);
        power.Items.Count.ShouldBeInRange(30, 60);
        power.Items.Select(i => i.Content.PowerType).Distinct().Count().ShouldBe(Enum.GetValues<PowerType>().Length);
        inspection.Items.Count.ShouldBeInRange(20, 40);
        inspection.Items.Select(i => i.Content.Specialty!.Value).Distinct().Order().ShouldBe(Specialties.All.Order());
        inspection.Items.ShouldContain(i => i.Content.Level == InspectionLevel.Key); // R-INS-2
        inspection.Items.ShouldAllBe(i => i.Content.ChecklistLines.Count >= 3);
        av.Items.Select(i => i.Content.Activity!.Value).Order().ShouldBe(Enum.GetValues<AvActivity>().Order()); // R-TRS-6
        av.Items.Single(i => i.Content.Activity == AvActivity.Seizure).Content.ContinuousRecording.ShouldBe(true);

        var shipped = ProvisionFiles.LoadDirectory(Path.Combine(RepositoryRoot.Path, "data", "provisions"));
        var articles = shipped.SelectMany(v => v.Articles.Select(a => (v.Code, a.Number))).ToHashSet();
        foreach (var reference in power.Items.Concat(inspection.Items).Concat(av.Items).SelectMany(i => i.Content.Provisions))
        {
            articles.ShouldContain((reference.Code, reference.Article), $"{reference.Code} 第{reference.Article}条 is cited but not shipped");
        }
    }
}
