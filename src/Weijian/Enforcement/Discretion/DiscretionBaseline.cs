using Weijian.Platform.Rules;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.Discretion;

/// <summary>
/// One version of a 行政处罚裁量基准 for a jurisdiction (R-DIS-7, R-PEN-11): the organisation whose subtree it applies to
/// (usually the province; null = national, used for the shipped sample), the issuing document, and the interval it is in
/// force [<see cref="EffectiveFrom"/>, <see cref="EffectiveUntil"/>). A version is never edited: a province's new baseline is
/// a new version that closes the previous one on its effective date; nothing is deleted, so a case decided later still
/// finds the baseline in force on the date of the act (R-PEN-9). Reference data read by the jurisdiction's subtree, like
/// <see cref="RuleParameter"/>, so not tenant-owned: reads are scoped by ancestry in <see cref="DiscretionAccess"/>.
/// </summary>
public sealed class DiscretionBaseline
{
    /// <summary>Shown wherever a sample version is shown or used (the shipped data is not any province's law).</summary>
    public const string SampleNotice = "示例数据，请以本省正式发布的裁量基准替换";

    private DiscretionBaseline()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The organisation whose subtree the version applies to; null = national (the shipped sample).</summary>
    public Guid? JurisdictionId { get; private set; }

    /// <summary>湖南省卫生健康行政处罚裁量基准.</summary>
    public string Title { get; private set; } = "";

    /// <summary>2024年版; unique per jurisdiction.</summary>
    public string VersionLabel { get; private set; } = "";

    /// <summary>The publishing document (R-PEN-11: baselines must be published), e.g. 湘卫发〔2024〕5号.</summary>
    public string IssuingDocument { get; private set; } = "";

    /// <summary>Where the text comes from (publication, file name).</summary>
    public string Source { get; private set; } = "";

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The first day this version is no longer in force (the next version's effective date); null while it is the latest.</summary>
    public DateOnly? EffectiveUntil { get; private set; }

    public bool IsSample { get; private set; }

    /// <summary>
    /// How many prior violations of the same item (in the caller's lookback) make 多次违法 (从重). Provinces differ
    /// ("一年内因同一违法行为受过处罚" = 1), so it is part of the version.
    /// </summary>
    public int RepeatViolationThreshold { get; private set; }

    public string? Note { get; private set; }

    /// <summary>SHA-256 of the shipped file or imported spreadsheet the version came from.</summary>
    public string ContentHash { get; private set; } = "";

    /// <summary>The spreadsheet import that created it (null for shipped data).</summary>
    public Guid? ImportId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public int ItemCount { get; private set; }

    public int NoPenaltyItemCount { get; private set; }

    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveUntil is null || date < EffectiveUntil.Value);

    /// <summary>A new version with its items and no-penalty entries (validated content; see <see cref="DiscretionContentRules.Baseline"/>).</summary>
    public static (DiscretionBaseline Version, List<DiscretionItem> Items, List<NoPenaltyItem> NoPenalty) Create(
        Guid? jurisdictionId, DiscretionBaselineContent content, string contentHash, Guid? importId, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(content);
        var version = new DiscretionBaseline
        {
            Id = Guid.CreateVersion7(now),
            JurisdictionId = jurisdictionId,
            Title = content.Title,
            VersionLabel = content.VersionLabel,
            IssuingDocument = content.IssuingDocument,
            Source = content.Source,
            EffectiveFrom = content.EffectiveFrom,
            IsSample = content.IsSample,
            RepeatViolationThreshold = content.RepeatViolationThreshold,
            Note = content.Note,
            ContentHash = contentHash,
            ImportId = importId,
            RecordedAt = now,
            RecordedBy = by,
            ItemCount = content.Items.Count,
            NoPenaltyItemCount = content.NoPenaltyItems.Count,
        };
        var items = content.Items.Select(i => DiscretionItem.Create(version.Id, i, now)).ToList();
        var noPenalty = content.NoPenaltyItems.Select(n => NoPenaltyItem.Create(version.Id, n, now)).ToList();
        return (version, items, noPenalty);
    }

    /// <summary>The next version takes over from <paramref name="from"/>: this one ends the day before (it stays readable).</summary>
    public void SupersedeFrom(DateOnly from)
    {
        if (from <= EffectiveFrom)
        {
            throw new DomainRuleException(
                "discretion.version-date",
                $"新版本的生效日期应晚于现行版本“{VersionLabel}”的生效日期 {EffectiveFrom:yyyy-MM-dd}：已生效的版本不能被覆盖，历史版本须保留")
            { Fields = ["effectiveFrom"] };
        }

        if (EffectiveUntil is { } until && until <= from)
        {
            throw DomainRuleException.Conflict("discretion.already-superseded", $"版本“{VersionLabel}”已于 {until:yyyy-MM-dd} 被替代");
        }

        EffectiveUntil = from;
    }
}

/// <summary>An item of a baseline version, with its tiers (owned rows). Immutable once stored.</summary>
public sealed class DiscretionItem
{
    private readonly List<DiscretionItemTier> _tiers = [];

    private DiscretionItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid BaselineId { get; private set; }

    public string Code { get; private set; } = "";

    public string PowerName { get; private set; } = "";

    public string Violation { get; private set; } = "";

    public Specialty Specialty { get; private set; }

    public List<LegalCitation> ViolatedProvisions { get; private set; } = [];

    public List<LegalCitation> PenaltyProvisions { get; private set; } = [];

    public decimal? StatutoryMinYuan { get; private set; }

    public decimal? StatutoryMaxYuan { get; private set; }

    public decimal? StatutoryMultipleMin { get; private set; }

    public decimal? StatutoryMultipleMax { get; private set; }

    public decimal? GainsThresholdYuan { get; private set; }

    public decimal? GainsFloorYuan { get; private set; }

    public decimal? FineCapYuan { get; private set; }

    public string? Note { get; private set; }

    public List<PenaltyMeasure> SevereMeasures { get; private set; } = [];

    public IReadOnlyList<DiscretionItemTier> Tiers => _tiers;

    internal static DiscretionItem Create(Guid baselineId, DiscretionItemContent c, DateTimeOffset now)
    {
        var item = new DiscretionItem
        {
            Id = Guid.CreateVersion7(now),
            BaselineId = baselineId,
            Code = c.Code,
            PowerName = c.PowerName,
            Violation = c.Violation,
            Specialty = c.Specialty,
            ViolatedProvisions = [.. c.ViolatedProvisions],
            PenaltyProvisions = [.. c.PenaltyProvisions],
            StatutoryMinYuan = c.Statutory.MinYuan,
            StatutoryMaxYuan = c.Statutory.MaxYuan,
            StatutoryMultipleMin = c.Statutory.MultipleMin,
            StatutoryMultipleMax = c.Statutory.MultipleMax,
            GainsThresholdYuan = c.Statutory.GainsThresholdYuan,
            GainsFloorYuan = c.Statutory.GainsFloorYuan,
            FineCapYuan = c.Statutory.CapYuan,
            Note = c.Note,
            SevereMeasures = [.. c.SevereMeasures],
        };
        var order = 0;
        foreach (var t in c.Tiers)
        {
            item._tiers.Add(new DiscretionItemTier(Guid.CreateVersion7(now), ++order, t));
        }

        return item;
    }

    public DiscretionItemContent Content() => new(
        Code, PowerName, Violation, Specialty, [.. ViolatedProvisions], [.. PenaltyProvisions],
        new StatutoryFine(StatutoryMinYuan, StatutoryMaxYuan, StatutoryMultipleMin, StatutoryMultipleMax, GainsThresholdYuan, GainsFloorYuan, FineCapYuan),
        Note,
        [.. _tiers.OrderBy(t => t.Order).Select(t => t.Content())],
        [.. SevereMeasures]);
}

/// <summary>One tier row of an item.</summary>
public sealed class DiscretionItemTier
{
    private DiscretionItemTier()
    {
    }

    internal DiscretionItemTier(Guid id, int order, DiscretionTierContent c)
    {
        Id = id;
        Order = order;
        Tier = c.Tier;
        PartyKind = c.PartyKind;
        Circumstances = c.Circumstances;
        FineMinYuan = c.Fine.MinYuan;
        FineMaxYuan = c.Fine.MaxYuan;
        MultipleMin = c.Fine.MultipleMin;
        MultipleMax = c.Fine.MultipleMax;
        Measures = [.. c.Measures];
    }

    public Guid Id { get; private set; }

    public int Order { get; private set; }

    public DiscretionTier Tier { get; private set; }

    public PartyKind? PartyKind { get; private set; }

    public string Circumstances { get; private set; } = "";

    public decimal? FineMinYuan { get; private set; }

    public decimal? FineMaxYuan { get; private set; }

    public decimal? MultipleMin { get; private set; }

    public decimal? MultipleMax { get; private set; }

    public List<PenaltyMeasure> Measures { get; private set; } = [];

    public DiscretionTierContent Content() =>
        new(Tier, PartyKind, Circumstances, new TierFine(FineMinYuan, FineMaxYuan, MultipleMin, MultipleMax), [.. Measures]);
}

/// <summary>An entry of the 不予处罚清单 of a baseline version, linked to an item by code.</summary>
public sealed class NoPenaltyItem
{
    private NoPenaltyItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid BaselineId { get; private set; }

    public string ItemCode { get; private set; } = "";

    public string Violation { get; private set; } = "";

    public string Basis { get; private set; } = "";

    public bool FirstTimeOnly { get; private set; }

    public HarmLevel HarmLimit { get; private set; }

    public int? CorrectWithinDays { get; private set; }

    public string FollowUp { get; private set; } = "";

    public List<DiscoverySource> ExcludedSources { get; private set; } = [];

    public string? ExclusionNote { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public string Source { get; private set; } = "";

    internal static NoPenaltyItem Create(Guid baselineId, NoPenaltyContent c, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        BaselineId = baselineId,
        ItemCode = c.ItemCode,
        Violation = c.Violation,
        Basis = c.Basis,
        FirstTimeOnly = c.FirstTimeOnly,
        HarmLimit = c.HarmLimit,
        CorrectWithinDays = c.CorrectWithinDays,
        FollowUp = c.FollowUp,
        ExcludedSources = [.. c.ExcludedSources],
        ExclusionNote = c.ExclusionNote,
        ValidFrom = c.ValidFrom,
        ValidUntil = c.ValidUntil,
        Source = c.Source,
    };

    public NoPenaltyContent Content() => new(
        ItemCode, Violation, Basis, FirstTimeOnly, HarmLimit, CorrectWithinDays, FollowUp, [.. ExcludedSources], ExclusionNote, ValidFrom, ValidUntil, Source);
}
