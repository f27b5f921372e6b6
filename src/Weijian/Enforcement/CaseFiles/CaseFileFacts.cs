using Weijian.Enforcement.Money;

namespace Weijian.Enforcement.CaseFiles;

/// <summary>简易程序 / 普通程序 (R-PEN-23; glossary SUMMARY / ORDINARY).</summary>
public enum CaseProcedure
{
    /// <summary>普通程序.</summary>
    Ordinary,

    /// <summary>简易程序 (当场处罚): no filing, investigation report, written notice or hearing is expected in the file.</summary>
    Summary,
}

/// <summary>How the case ended (R-PEN-19), or that it has not been decided yet.</summary>
public enum CaseOutcome
{
    /// <summary>Not decided yet (a self-check of a running case).</summary>
    Pending,

    /// <summary>给予行政处罚.</summary>
    Penalty,

    /// <summary>不予行政处罚.</summary>
    NoPenalty,

    /// <summary>移送 (suspected crime transferred instead of a decision).</summary>
    Referred,
}

/// <summary>Evidence kinds of 行政处罚法第四十六条 (R-PEN-13).</summary>
public enum EvidenceKind
{
    /// <summary>书证.</summary>
    Documentary,

    /// <summary>物证.</summary>
    Physical,

    /// <summary>视听资料.</summary>
    AudioVisual,

    /// <summary>电子数据.</summary>
    Electronic,

    /// <summary>证人证言.</summary>
    WitnessTestimony,

    /// <summary>当事人的陈述.</summary>
    PartyStatement,

    /// <summary>鉴定意见.</summary>
    ExpertOpinion,

    /// <summary>勘验笔录、现场笔录.</summary>
    InspectionRecord,
}

/// <summary>A case handler (承办人) and whether they held a valid 执法证 on every day they acted in the case (R-PEN-12, R-OFF-1).</summary>
public sealed record CaseOfficerFact(string Name, bool CertifiedOnActDates);

/// <summary>
/// Everything the 案卷评查 engine (R-EVA-1…4) needs about one penalty case file, filled by the caller from the case.
/// Dates are null while the step has not happened. Only facts the checks in <see cref="CaseFileChecks"/> read are here;
/// what only a reviewer can judge (unclear facts, wrong classification, wrong law …) is chosen in the review
/// (<see cref="CaseFileScore.FromReview"/>), not modelled as facts.
/// </summary>
public sealed record CaseFileFacts
{
    /// <summary>普通程序 or 简易程序; many checks apply to the ordinary procedure only.</summary>
    public required CaseProcedure Procedure { get; init; }

    /// <summary>How the case ended so far.</summary>
    public required CaseOutcome Outcome { get; init; }

    /// <summary>Whether the deciding body is a lawful enforcement body for this matter (its 权责清单 holds the power applied). R-EVA-1 主体.</summary>
    public required bool EnforcementBodyAuthorized { get; init; }

    /// <summary>The case handlers (R-PEN-12: at least two, each certified).</summary>
    public required IReadOnlyList<CaseOfficerFact> Officers { get; init; }

    /// <summary>The documents in the file in their <b>current</b> order (R-EVA-2 order check); see <see cref="CaseFileOrder"/>.</summary>
    public required IReadOnlyList<CaseFileDocument> Documents { get; init; }

    /// <summary>Whether the file has a cover (卷皮).</summary>
    public required bool HasCover { get; init; }

    /// <summary>Whether the file has an index (卷内目录).</summary>
    public required bool HasIndex { get; init; }

    /// <summary>Whether every page is numbered (Arabic numerals, bottom right; cover, index and 备考表 excepted).</summary>
    public required bool PagesNumbered { get; init; }

    /// <summary>案件受理 (lead accepted).</summary>
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>立案.</summary>
    public DateOnly? FiledOn { get; init; }

    /// <summary>Approved causes that stop the 90-day decision clock (R-PEN-6).</summary>
    public IReadOnlyList<DecisionPeriodExtension> DecisionPeriodExtensions { get; init; } = [];

    /// <summary>调查终结.</summary>
    public DateOnly? InvestigationConcludedOn { get; init; }

    /// <summary>事先告知书 served (R-PEN-15).</summary>
    public DateOnly? PriorNoticeServedOn { get; init; }

    /// <summary>The party's statement or defence received.</summary>
    public DateOnly? StatementReceivedOn { get; init; }

    /// <summary>The party expressly waived statement and defence (行政处罚法第六十二条).</summary>
    public bool StatementWaived { get; init; }

    /// <summary>The statement was re-examined (复核, R-PEN-15).</summary>
    public DateOnly? StatementReexaminedOn { get; init; }

    /// <summary>The party asked for a hearing (R-PEN-17).</summary>
    public DateOnly? HearingRequestedOn { get; init; }

    /// <summary>The hearing notice (time and place) was served.</summary>
    public DateOnly? HearingNotifiedOn { get; init; }

    /// <summary>The hearing was held.</summary>
    public DateOnly? HearingHeldOn { get; init; }

    /// <summary>The party withdrew the request or is deemed to have waived the hearing (no-show, leaving).</summary>
    public bool HearingWaived { get; init; }

    /// <summary>法制审核 is mandatory for this case (R-PEN-20).</summary>
    public required bool LegalReviewRequired { get; init; }

    /// <summary>The legal review passed.</summary>
    public DateOnly? LegalReviewPassedOn { get; init; }

    /// <summary>集体讨论 is required (R-PEN-19, R-PEN-21).</summary>
    public required bool CollectiveDiscussionRequired { get; init; }

    /// <summary>The collective discussion was held.</summary>
    public DateOnly? CollectiveDiscussionHeldOn { get; init; }

    /// <summary>The decision (penalty or no-penalty) was made (for the summary procedure: on the spot).</summary>
    public DateOnly? DecidedOn { get; init; }

    /// <summary>The decision was served on the party.</summary>
    public DateOnly? DecisionServedOn { get; init; }

    /// <summary>Payment or other execution (or the court application) was recorded.</summary>
    public DateOnly? ExecutionRecordedOn { get; init; }

    /// <summary>The fine in the decision (0 if none).</summary>
    public decimal FineAmount { get; init; }

    /// <summary>The authority's officers collected the fine themselves instead of the bank (R-PEN-26 罚缴分离).</summary>
    public bool FineCollectedOnSpot { get; init; }

    /// <summary>先行登记保存 applied (R-PEN-14).</summary>
    public DateOnly? PreservationAppliedOn { get; init; }

    /// <summary>The preserved evidence was disposed of (处理决定).</summary>
    public DateOnly? PreservationDisposedOn { get; init; }

    /// <summary>Number of evidence items in the file.</summary>
    public required int EvidenceItemCount { get; init; }

    /// <summary>The kinds of evidence present (R-PEN-13).</summary>
    public IReadOnlyList<EvidenceKind> EvidenceKinds { get; init; } = [];

    /// <summary>The decision states the facts of the violation and the evidence (R-PEN-22).</summary>
    public required bool FactsStated { get; init; }

    /// <summary>The decision cites the legal basis for the finding and the penalty (R-PEN-22).</summary>
    public required bool BasisCited { get; init; }

    /// <summary>The decision explains its reasoning (说理: why this penalty, how the party's defence was weighed; R-EVA-3).</summary>
    public required bool ReasoningStated { get; init; }

    /// <summary>The penalty lies outside the discretion baseline's range for the chosen tier (R-DIS-7).</summary>
    public bool DiscretionOutsideBaseline { get; init; }

    /// <summary>The file records why the baseline was departed from.</summary>
    public bool DiscretionJustified { get; init; }

    /// <summary>The facts suggest a crime (R-PEN-30).</summary>
    public bool CrimeSuspected { get; init; }

    /// <summary>The case was transferred to the police.</summary>
    public bool CriminallyReferred { get; init; }

    /// <summary>On-site acts that the 音像记录事项清单 requires to be recorded on audio/video (R-TRS-6, R-TRS-7).</summary>
    public int AvRecordsRequired { get; init; }

    /// <summary>Of those, how many recordings are attached to the file.</summary>
    public int AvRecordsAttached { get; init; }
}
