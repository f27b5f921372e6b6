namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// 行政处罚决定已作出 (general or simple procedure): raised in the deciding unit of work for the modules that must act on
/// it — publication within 7 working days (R-TRS-4) and the adverse credit record (R-CRD-1/2). Subscribers read the
/// case, which the unit of work already tracks, for what they need.
/// </summary>
public sealed record PenaltyDecided(Guid CaseId, Guid OrganizationId, DateOnly DecidedOn);
