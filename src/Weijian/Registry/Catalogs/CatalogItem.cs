using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;
using Weijian.Registry.Entities;

namespace Weijian.Registry.Catalogs;

/// <summary>
/// An item of one of a bureau's catalogues (权责清单, 随机抽查事项清单, 音像记录事项清单), versioned with effective
/// dates: a change is a new version effective from a date that closes the previous one (never an overwrite); retiring
/// sets the end date with a reason. The list in force on a date is the items with a version in force that day.
/// </summary>
public sealed class CatalogItem : ITenantOwned
{
    private readonly List<CatalogItemVersion> _versions = [];

    private CatalogItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public CatalogKind Kind { get; private set; }

    /// <summary>事项编码, unique per bureau and kind, stable across versions.</summary>
    public string Code { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The first day the item is no longer in force; null while it is.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public string? RetireReason { get; private set; }

    public IReadOnlyList<CatalogItemVersion> Versions => _versions;

    public CatalogItemVersion Latest => _versions.OrderByDescending(v => v.Number).First();

    public static CatalogItem Create(
        Guid organizationId, CatalogKind kind, string code, CatalogItemContent content, DateOnly effectiveFrom, string? note, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Kind != kind)
        {
            throw new InvalidOperationException("Content of another catalogue kind.");
        }

        var item = new CatalogItem
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Kind = kind,
            Code = CatalogItemContent.ValidCode(code),
            CreatedAt = now,
        };
        item._versions.Add(CatalogItemVersion.Create(1, content, effectiveFrom, note ?? "新增事项", now, by));
        return item;
    }

    /// <summary>A new version from <paramref name="effectiveFrom"/>; the current version ends the day before.</summary>
    public CatalogItemVersion Revise(CatalogItemContent content, DateOnly effectiveFrom, string note, DateTimeOffset now, string by)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (RetiredOn is not null)
        {
            throw DomainRuleException.Conflict("catalog-item.retired", $"事项“{Latest.Name}”已于{RetiredOn:yyyy-MM-dd}停止执行，不能再修订");
        }

        var latest = Latest;
        if (effectiveFrom <= latest.EffectiveFrom)
        {
            throw new DomainRuleException(
                "catalog-item.version-date",
                $"新版本的生效日期应晚于当前版本（第{latest.Number}版）的生效日期 {latest.EffectiveFrom:yyyy-MM-dd}；已生效的版本不能被覆盖")
            { Fields = ["effectiveFrom"] };
        }

        latest.Close(effectiveFrom);
        var version = CatalogItemVersion.Create(latest.Number + 1, content, effectiveFrom, note, now, by);
        _versions.Add(version);
        return version;
    }

    /// <summary>The item stops being in force from <paramref name="on"/> (that day it is no longer listed).</summary>
    public void Retire(DateOnly on, string reason)
    {
        if (RetiredOn is not null)
        {
            throw DomainRuleException.Conflict("catalog-item.already-retired", $"该事项已于{RetiredOn:yyyy-MM-dd}停止执行");
        }

        var latest = Latest;
        if (on <= latest.EffectiveFrom)
        {
            throw new DomainRuleException(
                "catalog-item.retire-date", $"停止执行日期应晚于当前版本的生效日期 {latest.EffectiveFrom:yyyy-MM-dd}")
            { Fields = ["retiredOn"] };
        }

        RetireReason = Input.Text(reason, "reason", "停止执行原因", 200);
        RetiredOn = on;
        latest.Close(on);
    }

    public CatalogItemVersion? VersionOn(DateOnly date) => _versions.FirstOrDefault(v => v.IsInForceOn(date));

    public CatalogItemStatus StatusOn(DateOnly date) =>
        VersionOn(date) is not null ? CatalogItemStatus.InForce
        : RetiredOn is { } r && date >= r ? CatalogItemStatus.Retired
        : date < _versions.Min(v => v.EffectiveFrom) ? CatalogItemStatus.NotYetInForce
        : CatalogItemStatus.Retired;
}

public enum CatalogItemStatus
{
    InForce,
    Retired,
    NotYetInForce,
}

/// <summary>One version of an item: its content and the interval it is in force [EffectiveFrom, EffectiveTo).</summary>
public sealed class CatalogItemVersion
{
    private CatalogItemVersion()
    {
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The first day this version is no longer in force (next version's start, or the retirement date).</summary>
    public DateOnly? EffectiveTo { get; private set; }

    public string ChangeNote { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>法律依据 as written in the bureau's list.</summary>
    public string LegalBasis { get; private set; } = "";

    /// <summary>The provisions the legal basis cites (code + article), resolved against the provision library.</summary>
    public List<ProvisionReference> Provisions { get; private set; } = [];

    public PowerType? PowerType { get; private set; }

    /// <summary>实施主体/承办机构.</summary>
    public string? ResponsibleUnit { get; private set; }

    /// <summary>责任事项.</summary>
    public string? Responsibilities { get; private set; }

    /// <summary>追责情形.</summary>
    public string? Accountability { get; private set; }

    public Specialty? Specialty { get; private set; }

    public InspectionLevel? Level { get; private set; }

    /// <summary>检查对象.</summary>
    public string? Targets { get; private set; }

    /// <summary>检查内容.</summary>
    public string? CheckContent { get; private set; }

    /// <summary>What the inspector records on site, one line each.</summary>
    public List<string> ChecklistLines { get; private set; } = [];

    public AvActivity? Activity { get; private set; }

    /// <summary>R-TRS-6: continuous audio/video for on-site actions directly affecting liberty, life and health or major property.</summary>
    public bool? ContinuousRecording { get; private set; }

    /// <summary>记录要求 (what must be on the recording).</summary>
    public string? RecordingRequirement { get; private set; }

    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date < EffectiveTo.Value);

    public CatalogItemContent Content(CatalogKind kind) => new(
        kind,
        Name, LegalBasis, [.. Provisions], PowerType, ResponsibleUnit, Responsibilities, Accountability,
        Specialty, Level, Targets, CheckContent, [.. ChecklistLines], Activity, ContinuousRecording, RecordingRequirement);

    internal static CatalogItemVersion Create(int number, CatalogItemContent c, DateOnly from, string note, DateTimeOffset now, string by) => new()
    {
        Id = Guid.CreateVersion7(now),
        Number = number,
        EffectiveFrom = from,
        ChangeNote = Input.Text(note, "changeNote", "修订说明", 200),
        RecordedAt = now,
        RecordedBy = by,
        Name = c.Name,
        LegalBasis = c.LegalBasis,
        Provisions = [.. c.Provisions],
        PowerType = c.PowerType,
        ResponsibleUnit = c.ResponsibleUnit,
        Responsibilities = c.Responsibilities,
        Accountability = c.Accountability,
        Specialty = c.Specialty,
        Level = c.Level,
        Targets = c.Targets,
        CheckContent = c.CheckContent,
        ChecklistLines = [.. c.ChecklistLines],
        Activity = c.Activity,
        ContinuousRecording = c.ContinuousRecording,
        RecordingRequirement = c.RecordingRequirement,
    };

    internal void Close(DateOnly on) => EffectiveTo = on;
}

/// <summary>A cited provision: the document code of the provision library and an article number.</summary>
public sealed record ProvisionReference(string Code, int Article);
