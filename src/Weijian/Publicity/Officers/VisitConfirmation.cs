using System.Security.Cryptography;
using System.Text;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Publicity.Officers;

/// <summary>An officer of the visit and whether the entity says they showed their credential (R-TRS-3, R-OFF-1).</summary>
public sealed record ShownOfficer(Guid OfficerId, string Name, string? CredentialNumber, bool Shown);

/// <summary>
/// 亮码确认: the inspected entity confirmed, by scanning an officer's code during the visit and giving its credit code,
/// that the visit took place and which officers showed their credentials; later (after the inspection is completed) it
/// rates the visit once. Owned by the inspecting bureau; read individually only by the supervising level (the parent's
/// 上级监督 and the bureau head) — never by the inspecting officers, who see aggregates over
/// <see cref="OfficerCodeRules.AggregateMinimum"/> ratings or more. The rating token is kept as its SHA-256 only.
/// </summary>
public sealed class VisitConfirmation : ITenantOwned
{
    public const int CommentMax = 1000;

    private VisitConfirmation()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid InspectionId { get; private set; }

    public string InspectionNumber { get; private set; } = "";

    public Guid EntityId { get; private set; }

    /// <summary>The officer whose code was scanned.</summary>
    public Guid ScannedOfficerId { get; private set; }

    public string OfficersJson { get; private set; } = "[]";

    public DateTimeOffset ConfirmedAt { get; private set; }

    public DateOnly ConfirmedOn { get; private set; }

    /// <summary>SHA-256 (hex) of the one-time rating token shown to the entity at confirmation.</summary>
    public string RatingTokenHash { get; private set; } = "";

    public VisitSatisfaction? Satisfaction { get; private set; }

    /// <summary>出示执法证件: did the officers show their credentials (R-TRS-3)?</summary>
    public bool? CredentialsShown { get; private set; }

    /// <summary>是否有超出法定要求的索取或要求 (乱检查, R-OFF-5).</summary>
    public bool? AskedBeyondLaw { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset? RatedAt { get; private set; }

    public DateOnly? RatedOn { get; private set; }

    public IReadOnlyList<ShownOfficer> Officers => ChildRecordsJson.List<ShownOfficer>(OfficersJson);

    public bool IsRated => RatedAt is not null;

    public static (VisitConfirmation Confirmation, string RatingToken) Confirm(
        Guid organizationId, Guid inspectionId, string inspectionNumber, Guid entityId, Guid scannedOfficerId, IEnumerable<ShownOfficer> officers, DateOnly today, DateTimeOffset now)
    {
        var token = OfficerCode.NewToken();
        var c = new VisitConfirmation
        {
            Id = Guid.CreateVersion7(now),
            OrganizationId = organizationId,
            InspectionId = inspectionId,
            InspectionNumber = inspectionNumber,
            EntityId = entityId,
            ScannedOfficerId = scannedOfficerId,
            OfficersJson = ChildRecordsJson.Write(officers),
            ConfirmedAt = now,
            ConfirmedOn = today,
            RatingTokenHash = HashToken(token),
        };
        return (c, token);
    }

    /// <summary>Another officer of the visit showed their code (scanned after the first).</summary>
    public void MarkShown(Guid officerId) =>
        OfficersJson = ChildRecordsJson.Write(Officers.Select(o => o.OfficerId == officerId ? o with { Shown = true } : o));

    /// <summary>Rates the visit once (the token is one-time): a second rating is refused.</summary>
    public void Rate(VisitSatisfaction satisfaction, bool credentialsShown, bool askedBeyondLaw, string? comment, DateOnly today, DateTimeOffset now)
    {
        if (IsRated)
        {
            throw DomainRuleException.Conflict("visit.already-rated", $"检查{InspectionNumber}已于{RatedOn:yyyy-MM-dd}评价，每次检查只能评价一次");
        }

        if (!Enum.IsDefined(satisfaction))
        {
            throw Input.Invalid("validation.satisfaction", "satisfaction", "请选择满意、基本满意或不满意");
        }

        Satisfaction = satisfaction;
        CredentialsShown = credentialsShown;
        AskedBeyondLaw = askedBeyondLaw;
        Comment = Input.OptionalText(comment, "comment", "评价意见", CommentMax);
        RatedAt = now;
        RatedOn = today;
    }

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
