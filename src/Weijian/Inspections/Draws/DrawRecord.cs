namespace Weijian.Inspections.Draws;

/// <summary>
/// What is published before any randomness exists (docs/draw-protocol.md §1): the task, strata, exclusions and seed
/// input names in clear, the candidate list and officer pool as SHA-256 hashes, and <see cref="CommitmentHash"/>
/// over all of it. Hashes are lowercase hex.
/// </summary>
public sealed record DrawCommitment(
    DrawTask Task,
    int WorkloadCap,
    int MinOfficers,
    IReadOnlyList<DrawStratum> Strata,
    IReadOnlyList<DrawExclusion> Exclusions,
    IReadOnlyList<string> SeedInputNames,
    string CandidatesHash,
    string OfficersHash,
    string CommitmentHash)
{
    /// <summary>The input this commitment was computed from, so that <see cref="DrawProtocol.Run"/> need not hash it twice.</summary>
    internal DrawInput? ComputedFrom { get; init; }
}

/// <summary>A drawn target: its rank in the stratum (1 = lowest ticket), its ticket (hex) and its officers in pick order.</summary>
public sealed record DrawSelected(int Rank, Guid EntityId, string Ticket, IReadOnlyList<Guid> Officers);

/// <summary>The targets drawn in one stratum, in ticket order.</summary>
public sealed record DrawStratumSelection(string Stratum, IReadOnlyList<DrawSelected> Selected);

/// <summary>Why an officer who was picked for a target was passed over (docs/draw-protocol.md §3.3).</summary>
public enum DrawSkipReason
{
    CredentialMissing,
    CredentialExpired,
    NotYetValid,
    Status,
    Specialty,
    Conflict,
    WorkloadCap,
}

/// <summary>Why a drawn target has fewer officers than the minimum.</summary>
public enum DrawShortfall
{
    /// <summary>Fewer officers than the minimum hold the stratum's specialty at all.</summary>
    Specialty,

    /// <summary>Enough hold the specialty, but too few are eligible on the planned date.</summary>
    TooFewEligible,
}

/// <summary>An officer picked for a target and passed over, with the first reason that applied.</summary>
public sealed record DrawSkip(Guid EntityId, Guid OfficerId, DrawSkipReason Reason);

/// <summary>A drawn target left without the minimum number of officers (R-OFF-1): recorded, never dropped.</summary>
public sealed record DrawUnderstaffed(string Stratum, Guid EntityId, DrawShortfall Reason, int EligibleFound);

/// <summary>
/// The full record of a draw, published with the results (docs/draw-protocol.md §4). At draw time only
/// <see cref="RevealHash"/> is published; the salt keeps the selection secret until then.
/// </summary>
public sealed record DrawRecord(
    DrawInput Input,
    DrawCommitment Commitment,
    IReadOnlyList<SeedInput> SeedInputs,
    string Seed,
    IReadOnlyList<DrawStratumSelection> Selections,
    IReadOnlyList<DrawUnderstaffed> Understaffed,
    IReadOnlyList<DrawSkip> Skips,
    string Salt,
    string SelectionHash)
{
    /// <summary>The value published at draw time: SHA-256(salt ‖ canonical selection), the same as <see cref="SelectionHash"/>.</summary>
    public string RevealHash => SelectionHash;
}

/// <summary>The outcome of re-computing a record: <see cref="FirstDifference"/> names, in Chinese with its path, the first thing that differs.</summary>
public sealed record DrawVerification(bool Verified, string? FirstDifference);

/// <summary>The stable codes and Chinese texts of skip and shortfall reasons, as written in the JSON record.</summary>
public static class DrawReasons
{
    public static string Code(DrawSkipReason reason) => reason switch
    {
        DrawSkipReason.CredentialMissing => "credential-missing",
        DrawSkipReason.CredentialExpired => "credential-expired",
        DrawSkipReason.NotYetValid => "not-yet-valid",
        DrawSkipReason.Status => "status",
        DrawSkipReason.Specialty => "specialty",
        DrawSkipReason.Conflict => "conflict",
        DrawSkipReason.WorkloadCap => "workload-cap",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static string Text(DrawSkipReason reason) => reason switch
    {
        DrawSkipReason.CredentialMissing => "无执法证件（R-OFF-1）",
        DrawSkipReason.CredentialExpired => "执法证件在计划检查日已过有效期（R-OFF-1）",
        DrawSkipReason.NotYetValid => "执法证件在计划检查日尚未生效（R-OFF-1）",
        DrawSkipReason.Status => "人员状态不允许执法（R-OFF-1）",
        DrawSkipReason.Specialty => "不具备该层要求的专业",
        DrawSkipReason.Conflict => "与检查对象有利害关系，应当回避（R-PEN-12）",
        DrawSkipReason.WorkloadCap => "已达工作量上限",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static string Code(DrawShortfall reason) => reason switch
    {
        DrawShortfall.Specialty => "specialty",
        DrawShortfall.TooFewEligible => "too-few-eligible",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static string Text(DrawShortfall reason) => reason switch
    {
        DrawShortfall.Specialty => "持有该层专业的执法人员少于每个对象的最低人数（R-OFF-1）",
        DrawShortfall.TooFewEligible => "计划检查日证件有效、状态正常、无需回避且未达工作量上限的执法人员少于最低人数（R-OFF-1、R-PEN-12）",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static DrawSkipReason? ParseSkip(string code) =>
        Enum.GetValues<DrawSkipReason>().Cast<DrawSkipReason?>().FirstOrDefault(r => Code(r!.Value) == code);

    public static DrawShortfall? ParseShortfall(string code) =>
        Enum.GetValues<DrawShortfall>().Cast<DrawShortfall?>().FirstOrDefault(r => Code(r!.Value) == code);
}
