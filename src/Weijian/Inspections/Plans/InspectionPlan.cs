using Weijian.Platform.Persistence;
using Weijian.Platform.Tenancy;

namespace Weijian.Inspections.Plans;

/// <summary>
/// 年度随机抽查计划 at any level (R-INS-4): items from the 随机抽查事项清单, strata with ratios or quotas, risk weights,
/// a deadline. Drafted by the level that owns it, then issued (frozen) to bureaus of its subtree as
/// <see cref="InspectionTask"/>s, which carry a snapshot because a bureau cannot read its superior's rows.
/// </summary>
public sealed class InspectionPlan : ITenantOwned
{
    public const int TitleMax = 200;
    public const int NotesMax = 2000;

    private InspectionPlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public int Year { get; private set; }

    public string Title { get; private set; } = "";

    public PlanLevel Level { get; private set; }

    public InspectionKind Kind { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>完成时限: every task of the plan is due by this date.</summary>
    public DateOnly Deadline { get; private set; }

    public string? Notes { get; private set; }

    public string ItemsJson { get; private set; } = "[]";

    public string StrataJson { get; private set; } = "[]";

    public string RiskWeightsJson { get; private set; } = "[]";

    /// <summary>The bureaus the plan was issued to (organisation ids).</summary>
    public string IssuedToJson { get; private set; } = "[]";

    public DateOnly? IssuedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<PlanItem> Items => ChildRecordsJson.List<PlanItem>(ItemsJson);

    public IReadOnlyList<PlanStratum> Strata => ChildRecordsJson.List<PlanStratum>(StrataJson);

    public IReadOnlyList<RiskWeight> RiskWeights => ChildRecordsJson.List<RiskWeight>(RiskWeightsJson);

    public IReadOnlyList<Guid> IssuedTo => ChildRecordsJson.List<Guid>(IssuedToJson);

    public static InspectionPlan Draft(
        Guid organizationId, int year, string title, PlanLevel level, InspectionKind kind, DateOnly deadline, string? notes,
        IEnumerable<PlanItem> items, IEnumerable<PlanStratum> strata, IEnumerable<RiskWeight> weights, DateTimeOffset now, string by) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            Year = year,
            Title = title,
            Level = level,
            Kind = kind,
            Status = PlanStatus.Draft,
            Deadline = deadline,
            Notes = notes,
            ItemsJson = ChildRecordsJson.Write(items),
            StrataJson = ChildRecordsJson.Write(strata),
            RiskWeightsJson = ChildRecordsJson.Write(weights),
            CreatedAt = now,
            CreatedBy = by,
            UpdatedAt = now,
        };

    /// <summary>Freezes the plan and records the bureaus it went to; the tasks themselves are rows of those bureaus.</summary>
    public void MarkIssued(IEnumerable<Guid> bureaus, DateOnly on, DateTimeOffset now)
    {
        IssuedToJson = ChildRecordsJson.Write(bureaus);
        IssuedOn = on;
        Status = PlanStatus.Issued;
        UpdatedAt = now;
    }
}
