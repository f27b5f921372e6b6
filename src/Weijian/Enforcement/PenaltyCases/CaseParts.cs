namespace Weijian.Enforcement.PenaltyCases;

/// <summary>How the case came in (案件来源).</summary>
public enum CaseSource
{
    Inspection,
    Complaint,
    Referral,
    Assigned,
    Other,
}

/// <summary>普通程序 or 简易程序 (R-PEN-23).</summary>
public enum CaseProcedure
{
    General,
    Summary,
}

/// <summary>What the decision was: penalty, 不予处罚 (R-PEN-10/19), or a summary-procedure penalty (R-PEN-23).</summary>
public enum CaseOutcome
{
    Penalty,
    NoPenalty,
    SummaryPenalty,
}

/// <summary>The kinds of on-site act and evidence (R-PEN-13); the first five are acts that need two officers present (R-PEN-12).</summary>
public enum CaseActKind
{
    OnSiteInspection,
    Inquiry,
    Sampling,
    Preservation,
    ServiceOnSite,
    DocumentaryEvidence,
    PhysicalEvidence,
    AudioVisual,
    ElectronicData,
    WitnessTestimony,
    PartyStatement,
    ExpertOpinion,
}

/// <summary>送达方式 (R-PEN-24, R-PEN-25).</summary>
public enum ServiceMethod
{
    Direct,
    LeftWithWitness,
    Post,
    Electronic,
    PublicNotice,
}

/// <summary>法制审核 outcome: 同意 or 退回 (补正/补充调查).</summary>
public enum ReviewOutcome
{
    Approved,
    Returned,
}

/// <summary>Payment kinds booked separately (罚缴分离, R-PEN-26).</summary>
public enum PaymentKind
{
    Fine,
    ConfiscatedGains,
    Surcharge,
}

/// <summary>行政复议 or 行政诉讼 pending (the surcharge does not accrue meanwhile, R-PEN-27).</summary>
public enum RemedyKind
{
    Reconsideration,
    Litigation,
}

/// <summary>A case handler (承办人): the officer and the credential they acted under.</summary>
public sealed record CaseHandler(Guid OfficerId, Guid? UserId, string Name, string? CredentialNumber);

/// <summary>An on-site act or an item of evidence, with the officers present and its audio/video record (R-TRS-6).</summary>
public sealed record CaseAct(
    Guid Id,
    CaseActKind Kind,
    string Title,
    DateOnly Date,
    string? Place,
    IReadOnlyList<CaseHandler> Officers,
    string? Subject,
    string? Content,
    string? FileSha256,
    string? FileName,
    bool AvRequired,
    string? AvFileSha256,
    string? AvMissingReason,
    DateTimeOffset RecordedAt,
    string RecordedBy);

/// <summary>先行登记保存 (R-PEN-14): items, approval by the head, disposal within 7 working days.</summary>
public sealed record PreservationRecord(
    Guid Id,
    string Items,
    string Place,
    DateOnly RequestedOn,
    string RequestedBy,
    DateOnly? ApprovedOn,
    string? ApprovedBy,
    DateOnly? DisposeBy,
    DateOnly? DisposedOn,
    string? Disposition);

/// <summary>One 法制审核: the draft version reviewed, reviewer, opinion and outcome; voided when the draft changes afterwards.</summary>
public sealed record LegalReviewRecord(
    Guid Id,
    DateOnly SubmittedOn,
    int DraftVersion,
    string SubmittedBy,
    Guid? ReviewerUserId,
    string? ReviewerName,
    DateOnly? ReviewedOn,
    ReviewOutcome? Outcome,
    string? Opinion,
    bool OutsideRangeSeen,
    string? VoidReason);

/// <summary>One 集体讨论 (R-PEN-19/21): meeting, attendees, recusals, each opinion and the conclusion.</summary>
public sealed record CollectiveDiscussionRecord(
    Guid Id,
    DateOnly HeldOn,
    string Place,
    string Host,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<string> Recusals,
    IReadOnlyList<DiscussionOpinion> Opinions,
    string Conclusion,
    int DraftVersion);

public sealed record DiscussionOpinion(string Person, string Opinion);

/// <summary>An approved extension of the decision period (R-PEN-6) with its listed cause.</summary>
public sealed record DecisionExtension(Guid Id, Weijian.Enforcement.Money.DecisionExtensionCause Cause, int Days, string Reason, string ApprovedBy, DateOnly ApprovedOn, DateOnly NewDue);

/// <summary>A payment booked against the case, with the bank's receipt number (罚缴分离).</summary>
public sealed record PaymentRecord(Guid Id, PaymentKind Kind, decimal Amount, DateOnly PaidOn, string ReceiptNumber, string RecordedBy);

/// <summary>A 行政复议/行政诉讼 proceeding; while pending the late surcharge does not accrue (R-PEN-27).</summary>
public sealed record RemedyProceeding(Guid Id, RemedyKind Kind, DateOnly From, DateOnly? To, string Note);

/// <summary>Deferral (暂缓) or instalments (分期) granted by the head (R-PEN-26).</summary>
public sealed record PaymentInstalment(DateOnly Due, decimal Amount);

/// <summary>One step of the full-process record (R-PEN-31): who did what, when, from which status to which.</summary>
public sealed record CaseStep(int Sequence, CaseAction Action, CaseStatus From, CaseStatus To, DateTimeOffset At, string Actor, string? Note);
/// <summary>
/// The date of one 集体讨论 of a case (R-PEN-19/21), a row of its own next to the discussion kept in the case's JSON, so that
/// the yearly statistics count discussions per period in SQL.
/// </summary>
public sealed class CaseDiscussionDate
{
    public CaseDiscussionDate(Guid id, DateOnly heldOn)
    {
        Id = id;
        HeldOn = heldOn;
    }

    /// <summary>The discussion's id (<see cref="CollectiveDiscussionRecord"/>).</summary>
    public Guid Id { get; private set; }

    public DateOnly HeldOn { get; private set; }
}
