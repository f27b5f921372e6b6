using Weijian.Enforcement.Discretion;
using Weijian.Registry.Provisions;

namespace Weijian.Tests.Enforcement.Discretion;

/// <summary>The shipped sample baseline loads and is consistent (R-DIS-7, R-PEN-11), and its statutory ranges match the laws it cites.</summary>
public class SampleBaselineTests
{
    private static readonly DiscretionBaselineContent Sample = DiscretionSamples.Shipped;

    [Fact]
    public void The_sample_is_marked_as_sample_and_says_it_must_be_replaced_by_the_province_baseline()
    {
        Sample.IsSample.ShouldBeTrue();
        Sample.Note.ShouldNotBeNull().ShouldContain(DiscretionBaseline.SampleNotice);
        Sample.Items.Count.ShouldBeInRange(25, 40);
        Sample.NoPenaltyItems.Count.ShouldBeInRange(8, 12);
    }

    [Fact]
    public void Every_item_has_a_unique_code_a_penalty_tier_ordered_ranges_and_a_note()
    {
        Sample.Items.Select(i => i.Code).ShouldBeUnique();
        foreach (var item in Sample.Items)
        {
            item.Tiers.ShouldContain(t => t.Tier != DiscretionTier.NoPenalty, item.Code);
            item.Note.ShouldNotBeNullOrWhiteSpace(item.Code);
            foreach (var t in item.Tiers)
            {
                (t.Fine.MinYuan ?? 0).ShouldBeLessThanOrEqualTo(t.Fine.MaxYuan ?? decimal.MaxValue, item.Code);
                (t.Fine.MultipleMin ?? 0).ShouldBeLessThanOrEqualTo(t.Fine.MultipleMax ?? decimal.MaxValue, item.Code);
                if (t.Tier != DiscretionTier.Reduced && t.Fine.MaxYuan is { } max)
                {
                    max.ShouldBeLessThanOrEqualTo(item.Statutory.MaxYuan!.Value, item.Code);
                    (t.Fine.MinYuan ?? 0).ShouldBeGreaterThanOrEqualTo(item.Statutory.MinYuan ?? 0, item.Code);
                }
            }
        }
    }

    [Fact]
    public void Citations_with_a_library_code_point_to_laws_in_the_shipped_law_library()
    {
        var library = ProvisionFiles.LoadDirectory(Path.Combine(RepositoryRoot.Path, "data", "provisions"));
        var codes = library.Select(v => v.Code).ToHashSet();
        var titles = library.ToDictionary(v => v.Code + "|" + v.VersionLabel, v => v.Title);
        foreach (var c in Sample.Items.SelectMany(i => i.ViolatedProvisions.Concat(i.PenaltyProvisions)))
        {
            c.Article.ShouldNotBeNull(c.Text);
            if (c.LawCode is { } code)
            {
                codes.ShouldContain(code, c.Text);
                library.Where(v => v.Code == code).Select(v => LegalCitations.ShortTitle(v.Title)).ShouldContain(LegalCitations.ShortTitle(c.Law), c.Text);
            }
            else
            {
                // A law outside the library must really be outside it (not a missing code).
                library.Select(v => LegalCitations.ShortTitle(v.Title)).ShouldNotContain(LegalCitations.ShortTitle(c.Law), c.Text);
            }
        }

        titles.ShouldNotBeEmpty();
    }

    [Fact]
    public void No_penalty_entries_point_to_items_with_only_none_or_minor_harm_and_education()
    {
        var codes = Sample.Items.Select(i => i.Code).ToHashSet();
        foreach (var n in Sample.NoPenaltyItems)
        {
            codes.ShouldContain(n.ItemCode);
            n.HarmLimit.ShouldNotBe(HarmLevel.Serious);
            n.FollowUp.ShouldNotBeNullOrWhiteSpace();
        }

        // R-DIS-5: the 中山-style entries exclude cases found by 双随机 checks.
        Sample.NoPenaltyItems.Single(n => n.ItemCode == "CY-001").ExcludedSources.ShouldContain(DiscoverySource.RandomInspection);
    }

    [Theory]
    [InlineData("ZYWS-001", 50000, 100000)] // 职业病防治法 Art.71
    [InlineData("ZYWS-004", 50000, 200000)] // Art.72
    [InlineData("ZYWS-007", 50000, 300000)] // Art.75
    [InlineData("YL-005", 10000, 30000)] // 医师法 Art.57
    [InlineData("GGCS-002", 500, 15000)] // 实施细则 Art.38
    [InlineData("YYS-003", 20, 1000)] // 生活饮用水卫生监督管理办法 Art.25
    public void Statutory_yuan_ranges_are_those_of_the_cited_articles(string code, int min, int max)
    {
        var s = Sample.Items.Single(i => i.Code == code).Statutory;
        s.MinYuan.ShouldBe(min);
        s.MaxYuan.ShouldBe(max);
    }

    [Fact]
    public void Multiples_of_illegal_gains_are_modelled_with_their_floor_and_cap()
    {
        // 基本医疗卫生与健康促进法 Art.99: 五倍以上二十倍以下，违法所得不足一万元的，按一万元计算.
        var unlicensed = Sample.Items.Single(i => i.Code == "YL-001").Statutory;
        (unlicensed.MultipleMin, unlicensed.MultipleMax, unlicensed.GainsFloorYuan).ShouldBe((5m, 20m, 10000m));
        // 医师法 Art.59: 二倍以上十倍以下.
        var quack = Sample.Items.Single(i => i.Code == "YL-007").Statutory;
        (quack.MultipleMin, quack.MultipleMax, quack.GainsFloorYuan).ShouldBe((2m, 10m, 10000m));
        // 生活饮用水卫生监督管理办法 Art.27: 违法所得3倍以下，最高不超过30000元，或500元以上10000元以下.
        var water = Sample.Items.Single(i => i.Code == "SHCP-001").Statutory;
        (water.MultipleMax, water.CapYuan, water.MinYuan, water.MaxYuan).ShouldBe((3m, 30000m, 500m, 10000m));
    }
}
