using Weijian.Registry.Entities;

namespace Weijian.Licensing;

/// <summary>
/// 行政许可决定已作出 — a grant (including one on the spot under 告知承诺) or a reasoned refusal. Raised by the application
/// workflow for the modules that must act on it: grants are made public within 7 working days (R-LIC-5, R-TRS-4). It
/// carries what a public notice needs, so subscribers need not read the application.
/// </summary>
public sealed record LicensingDecided(
    Guid ApplicationId,
    Guid OrganizationId,
    DateOnly DecidedOn,
    bool Granted,
    string ItemCode,
    string ItemName,
    Guid? EntityId,
    string ApplicantName,
    PartyKind ApplicantKind,
    string? ApplicantCreditCode,
    string? LicenseNumber,
    string DecisionNumber,
    Guid? DecisionDocumentId);

/// <summary>
/// 虚假承诺 found by a post-issue verification (R-LIC-11, R-CRD-6): the credit module writes it into the credit record;
/// licensing itself refuses the commitment route to the applicant until repaired.
/// </summary>
public sealed record FalseCommitmentFound(
    Guid LicenseId,
    Guid OrganizationId,
    Guid EntityId,
    string PartyName,
    string PartyCreditCode,
    string LicenseNumber,
    DateOnly FoundOn,
    string Finding);

/// <summary>许可被撤销 (R-LIC-9): a published grant is taken down with the reason shown (R-PEN-32 applied to licenses).</summary>
public sealed record LicenseRevoked(Guid LicenseId, Guid OrganizationId, Guid? ApplicationId, DateOnly RevokedOn, string Reason);
