using Weijian.Platform.Persistence;
using Weijian.Platform.Tenancy;
using Weijian.Registry.Entities;

namespace Weijian.Licensing.Items;

/// <summary>
/// 政务服务事项 and its 办事指南 (R-LIC-10, R-LIC-14): one licensing item of a bureau's list — legal basis, conditions,
/// materials (key or 容缺), statutory and promised time limits in working days (R-CAL-2), fees, flowchart steps,
/// whether 告知承诺 applies (R-LIC-11/12) and whether a site check is needed (R-LIC-3). Each bureau keeps its own list,
/// loaded from the national starter set (<c>data/licensing/items.json</c>) and revised by the bureau; an item is
/// withdrawn, never deleted.
/// </summary>
public sealed class LicenseItem : ITenantOwned
{
    public const int CodeMax = 40;
    public const int NameMax = 200;
    public const int TextMax = 4000;

    private LicenseItem()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>Stable code of the item within the bureau's list (e.g. <c>GGCS-XK-01</c>), kept across revisions.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public LicenseItemKind Kind { get; private set; }

    public Specialty Specialty { get; private set; }

    /// <summary>The license family this item grants, changes, renews or cancels (e.g. <c>public-place-hygiene</c>);
    /// items of one family act on the same <see cref="Licenses.License"/>.</summary>
    public string LicenseType { get; private set; } = "";

    /// <summary>设定和实施依据: the provisions, one per line.</summary>
    public string LegalBasis { get; private set; } = "";

    /// <summary>受理条件.</summary>
    public string Conditions { get; private set; } = "";

    /// <summary>数量限制; empty when none.</summary>
    public string? QuantityLimit { get; private set; }

    /// <summary>法定办结时限 in working days (R-LIC-4, R-CAL-2).</summary>
    public int StatutoryDays { get; private set; }

    /// <summary>承诺办结时限 in working days; 0 = 即办 (decided on the spot).</summary>
    public int PromisedDays { get; private set; }

    /// <summary>收费标准及依据; empty = 不收费.</summary>
    public string? Fees { get; private set; }

    /// <summary>告知承诺 applies (R-LIC-11/12).</summary>
    public bool CommitmentAllowed { get; private set; }

    /// <summary>The obligations the applicant commits to; the 承诺书 is generated from it (R-LIC-11).</summary>
    public string? CommitmentObligations { get; private set; }

    /// <summary>Substantive content is checked on site by two staff before the decision (R-LIC-3).</summary>
    public bool SiteCheckRequired { get; private set; }

    /// <summary>容缺受理 is allowed for the materials marked <see cref="LicenseMaterial.MayBeMissing"/> (R-LIC-14).</summary>
    public bool AllowRongque { get; private set; }

    /// <summary>Working days the applicant has to supply the 容缺 materials (R-LIC-14).</summary>
    public int RongqueDueDays { get; private set; }

    /// <summary>Validity of the license granted, in years (公共场所 4, R-LIC-13); null when the license does not expire.</summary>
    public int? ValidityYears { get; private set; }

    public string AcceptingUnit { get; private set; } = "";

    public string ApprovingUnit { get; private set; } = "";

    /// <summary>Where and when to apply, contact telephone of the window.</summary>
    public string? ServiceChannel { get; private set; }

    public string MaterialsJson { get; private set; } = "[]";

    public string StepsJson { get; private set; } = "[]";

    public LicenseItemStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<LicenseMaterial> Materials => ChildRecordsJson.List<LicenseMaterial>(MaterialsJson);

    /// <summary>办理流程 as ordered steps (the flowchart is drawn from them).</summary>
    public IReadOnlyList<LicenseStep> Steps => ChildRecordsJson.List<LicenseStep>(StepsJson);

    /// <summary>Share by which the promised limit compresses the statutory one (0.9 = 压缩90%); 1 for an on-the-spot item.</summary>
    public decimal CompressionRatio => StatutoryDays <= 0 ? 0m : Math.Round(1m - (decimal)PromisedDays / StatutoryDays, 4);

    public bool DecidedOnTheSpot => PromisedDays == 0;

    public static LicenseItem Create(Guid organizationId, LicenseItemContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var item = new LicenseItem
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Status = LicenseItemStatus.Active,
            CreatedAt = now,
        };
        item.Apply(content, now);
        return item;
    }

    /// <summary>Revise the guide; the code stays (the audit chain keeps the previous text).</summary>
    public void Revise(LicenseItemContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        Apply(content with { Code = Code }, now);
    }

    public void Withdraw(DateTimeOffset now)
    {
        Status = LicenseItemStatus.Withdrawn;
        UpdatedAt = now;
    }

    private void Apply(LicenseItemContent c, DateTimeOffset now)
    {
        Code = c.Code;
        Name = c.Name;
        Kind = c.Kind;
        Specialty = c.Specialty;
        LicenseType = c.LicenseType;
        LegalBasis = c.LegalBasis;
        Conditions = c.Conditions;
        QuantityLimit = c.QuantityLimit;
        StatutoryDays = c.StatutoryDays;
        PromisedDays = c.PromisedDays;
        Fees = c.Fees;
        CommitmentAllowed = c.CommitmentAllowed;
        CommitmentObligations = c.CommitmentObligations;
        SiteCheckRequired = c.SiteCheckRequired;
        AllowRongque = c.AllowRongque;
        RongqueDueDays = c.RongqueDueDays;
        ValidityYears = c.ValidityYears;
        AcceptingUnit = c.AcceptingUnit;
        ApprovingUnit = c.ApprovingUnit;
        ServiceChannel = c.ServiceChannel;
        MaterialsJson = ChildRecordsJson.Write(c.Materials);
        StepsJson = ChildRecordsJson.Write(c.Steps);
        UpdatedAt = now;
    }
}

/// <summary>The validated content of a guide (checked by the handler that creates or revises it).</summary>
public sealed record LicenseItemContent(
    string Code,
    string Name,
    LicenseItemKind Kind,
    Specialty Specialty,
    string LicenseType,
    string LegalBasis,
    string Conditions,
    string? QuantityLimit,
    int StatutoryDays,
    int PromisedDays,
    string? Fees,
    bool CommitmentAllowed,
    string? CommitmentObligations,
    bool SiteCheckRequired,
    bool AllowRongque,
    int RongqueDueDays,
    int? ValidityYears,
    string AcceptingUnit,
    string ApprovingUnit,
    string? ServiceChannel,
    IReadOnlyList<LicenseMaterial> Materials,
    IReadOnlyList<LicenseStep> Steps);

/// <summary>申请材料: <paramref name="Key"/> materials can never be missing; <paramref name="MayBeMissing"/> ones may be
/// accepted missing (容缺) and supplied later (R-LIC-14).</summary>
public sealed record LicenseMaterial(string Name, bool Key, bool MayBeMissing, string? Form, int Copies, string? Note);

/// <summary>One step of 办理流程 with its working-day limit (0 = same day).</summary>
public sealed record LicenseStep(string Name, string Actor, int Days);

public enum LicenseItemKind
{
    /// <summary>新办.</summary>
    New,

    /// <summary>变更.</summary>
    Change,

    /// <summary>延续.</summary>
    Renewal,

    /// <summary>注销.</summary>
    Cancellation,

    /// <summary>校验 (医疗机构).</summary>
    Validation,

    /// <summary>备案 (诊所).</summary>
    Filing,

    /// <summary>执业注册 (医师/护士).</summary>
    Registration,
}

public enum LicenseItemStatus
{
    Active,
    Withdrawn,
}
