using Weijian.Enforcement.Discretion;
using Weijian.Registry.Entities;

namespace Weijian.Tests.Enforcement.Discretion;

/// <summary>Test data: the shipped sample, and small hand-made items and versions.</summary>
internal static class DiscretionSamples
{
    public static readonly DiscretionBaselineContent Shipped =
        DiscretionSampleFiles.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "data", "discretion", "sample-baseline.json")), "sample-baseline.json");

    public static DiscretionBaselineSummary Version(string label, DateOnly from, DateOnly? until = null, bool sample = false, int threshold = 1) => new(
        Guid.NewGuid(), null, "测试省", "测试裁量基准", label, "测卫发〔2024〕1号", "测试", from, until, sample, threshold, null, 1, 0, DateTimeOffset.UnixEpoch, "测试",
        null, DiscretionVersionStatus.InForce);

    public static DiscretionVersionItem ShippedItem(string code, DateOnly? from = null) => new(
        Version("示例", from ?? new DateOnly(2022, 5, 1), sample: true),
        Shipped.Items.Single(i => i.Code == code),
        Shipped.NoPenaltyItems.Where(n => n.ItemCode == code).ToList());

    /// <summary>"处五百元以上五千元以下罚款" in four tiers, optionally with a no-penalty entry.</summary>
    public static DiscretionItemContent YuanItem(string code = "T-001", decimal lighterMax = 2000, decimal standardMax = 3500) => DiscretionContentRules.Item(new(
        code, "对某违法行为的行政处罚", "某违法行为", Specialty.PublicPlaces,
        [new LegalCitation("公共场所卫生管理条例", "public-places-hygiene-regulation", 7)],
        [new LegalCitation("公共场所卫生管理条例实施细则", "public-places-hygiene-rules", 38)],
        new StatutoryFine(500, 5000),
        null,
        [
            new(DiscretionTier.Reduced, null, "有两项以上法定减轻情节", new TierFine(0, 500), [PenaltyMeasure.Warning]),
            new(DiscretionTier.Lighter, null, "从轻情节", new TierFine(500, lighterMax), [PenaltyMeasure.Warning]),
            new(DiscretionTier.Standard, null, "一般情节", new TierFine(lighterMax, standardMax), [PenaltyMeasure.Warning]),
            new(DiscretionTier.Heavier, null, "从重情节", new TierFine(standardMax, 5000), [PenaltyMeasure.Warning]),
        ],
        [PenaltyMeasure.RevokeLicense]));

    public static DiscretionVersionItem Under(DiscretionItemContent item, DiscretionBaselineSummary? version = null, params NoPenaltyContent[] noPenalty) =>
        new(version ?? Version("2024年版", new DateOnly(2024, 1, 1)), item, noPenalty);

    public static NoPenaltyContent ListEntry(string code = "T-001", int? days = 15, params DiscoverySource[] excluded) => new(
        code, "某违法行为", "《中华人民共和国行政处罚法》第三十三条第一款", true, HarmLevel.Minor, days, "现场教育、回访检查", excluded, null, null, null, "测试清单");

    public static DiscretionCircumstances Organization(
        int prior = 0, HarmLevel harm = HarmLevel.None, CorrectionStatus correction = CorrectionStatus.NotCorrected, MitigatingFact[]? mitigating = null,
        AggravatingFact[]? aggravating = null, decimal? gains = null, bool minor = false, bool noFault = false, int? days = null,
        DiscoverySource discovery = DiscoverySource.RoutineInspection, PartyKind party = PartyKind.Organization) =>
        new(party, prior, harm, correction, days, minor, noFault, mitigating, aggravating, gains, discovery);
}
