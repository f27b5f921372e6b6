namespace Weijian.Inspections.Draws;

/// <summary>
/// The inspection task a draw is for (R-INS-1 双随机). <see cref="Round"/> starts at 1; a redraw is round N+1 with
/// a new commitment and new seed inputs (docs/draw-protocol.md §2).
/// </summary>
public sealed record DrawTask(Guid TaskId, int Round, string Title, DateOnly PlannedDate);

/// <summary>A stratum: the label candidates carry, the specialty its officers must hold, and how many targets to draw.</summary>
public sealed record DrawStratum(string Label, string Specialty, int Quota);

/// <summary>A candidate target (检查对象名录库 entry, R-INS-2) in one stratum.</summary>
public sealed record DrawCandidate(Guid EntityId, string Stratum);

/// <summary>An entity kept out of the draw with the reason published in the commitment (e.g. 已注销, 免检).</summary>
public sealed record DrawExclusion(Guid EntityId, string Reason);

/// <summary>
/// An officer of the pool (执法检查人员名录库, R-INS-2) with everything eligibility needs, so that verification needs
/// no database: the credential's validity (absent = no credential, R-OFF-1), whether the officer's status allows
/// enforcement, specialty codes, declared conflicts (R-PEN-12 recusal) and the workload before this draw.
/// </summary>
public sealed record DrawOfficer(
    Guid OfficerId,
    DateOnly? CredentialValidFrom,
    DateOnly? CredentialValidUntil,
    bool StatusValid,
    IReadOnlyList<string> Specialties,
    IReadOnlyList<Guid> ConflictedEntityIds,
    int ExistingWorkload);

/// <summary>A named public seed input and, once known, its value (e.g. "会议现场掷骰 6 枚" = "3 1 6 6 2 5").</summary>
public sealed record SeedInput(string Name, string Value);

/// <summary>
/// Everything a draw is computed from. <see cref="MinOfficers"/> is at least 2 (R-OFF-1, R-PEN-12);
/// <see cref="WorkloadCap"/> is the most targets one officer may hold, counting <see cref="DrawOfficer.ExistingWorkload"/>.
/// Callers should pass <see cref="Candidates"/> sorted by id (RFC 9562 byte order, as the register query returns them):
/// the candidate-list hash then needs no sort. Unsorted candidates are accepted and sorted internally, with the same result.
/// </summary>
public sealed record DrawInput(
    DrawTask Task,
    IReadOnlyList<DrawStratum> Strata,
    IReadOnlyList<DrawCandidate> Candidates,
    IReadOnlyList<DrawExclusion> Exclusions,
    IReadOnlyList<DrawOfficer> Officers,
    IReadOnlyList<string> SeedInputNames,
    int WorkloadCap,
    int MinOfficers = 2);
