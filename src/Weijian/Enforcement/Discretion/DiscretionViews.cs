namespace Weijian.Enforcement.Discretion;

/// <summary>A baseline version as lists show it, with its status on the date asked about.</summary>
public sealed record DiscretionBaselineSummary(
    Guid Id,
    Guid? JurisdictionId,
    string JurisdictionName,
    string Title,
    string VersionLabel,
    string IssuingDocument,
    string Source,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveUntil,
    bool IsSample,
    int RepeatViolationThreshold,
    string? Note,
    int ItemCount,
    int NoPenaltyItemCount,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    Guid? ImportId,
    DiscretionVersionStatus Status)
{
    public string? SampleNotice => IsSample ? DiscretionBaseline.SampleNotice : null;

    public string StatusName => Status switch
    {
        DiscretionVersionStatus.InForce => "现行有效",
        DiscretionVersionStatus.Superseded => "已被替代",
        _ => "尚未施行",
    };

    /// <summary>"2024年版（自2024-03-01起）".</summary>
    public string Label => $"{Title}（{VersionLabel}）";

    internal static DiscretionBaselineSummary From(DiscretionBaseline b, string jurisdictionName, DateOnly on) => new(
        b.Id, b.JurisdictionId, jurisdictionName, b.Title, b.VersionLabel, b.IssuingDocument, b.Source, b.EffectiveFrom, b.EffectiveUntil, b.IsSample,
        b.RepeatViolationThreshold, b.Note, b.ItemCount, b.NoPenaltyItemCount, b.RecordedAt, b.RecordedBy, b.ImportId,
        on < b.EffectiveFrom ? DiscretionVersionStatus.NotYetInForce
        : b.EffectiveUntil is { } until && on >= until ? DiscretionVersionStatus.Superseded
        : DiscretionVersionStatus.InForce);
}

public enum DiscretionVersionStatus
{
    InForce,
    Superseded,
    NotYetInForce,
}

/// <summary>An item row of a list.</summary>
public sealed record DiscretionItemSummary(
    Guid Id,
    Guid BaselineId,
    string VersionLabel,
    bool IsSample,
    string Code,
    string PowerName,
    string Violation,
    string Specialty,
    string SpecialtyName,
    string StatutoryText,
    IReadOnlyList<string> TierNames,
    bool OnNoPenaltyList);

/// <summary>An item of a version with its tiers, its no-penalty entries, and where the same code appears in other versions.</summary>
public sealed record DiscretionItemView(
    Guid Id,
    DiscretionBaselineSummary Baseline,
    DiscretionItemContent Item,
    IReadOnlyList<NoPenaltyContent> NoPenalty,
    IReadOnlyList<DiscretionItemVersionRef> OtherVersions);

/// <summary>The same item code in another version.</summary>
public sealed record DiscretionItemVersionRef(Guid ItemId, Guid BaselineId, string VersionLabel, DateOnly EffectiveFrom, DateOnly? EffectiveUntil, bool IsSample);

/// <summary>An item as it stands in one version: the version, the item and the item's no-penalty entries.</summary>
public sealed record DiscretionVersionItem(DiscretionBaselineSummary Baseline, DiscretionItemContent Item, IReadOnlyList<NoPenaltyContent> NoPenalty);

/// <summary>
/// R-PEN-9 input: an item as it stood in the version in force on the date of the act and in the version in force on the date
/// of the decision (the same version when nothing changed; either may be null when no version or no such item applied).
/// </summary>
public sealed record DiscretionResolution(string ItemCode, DateOnly ActDate, DateOnly DecisionDate, DiscretionVersionItem? AtAct, DiscretionVersionItem? AtDecision);
