using Microsoft.EntityFrameworkCore;
using Weijian.Enforcement.CaseFiles;
using Weijian.Enforcement.Money;
using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using FileOutcome = Weijian.Enforcement.CaseFiles.CaseOutcome;
using FileProcedure = Weijian.Enforcement.CaseFiles.CaseProcedure;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// 案卷 and 案卷自查 of one case (R-EVA-1…4, R-PEN-31): the documents the case issued, its evidence and payment receipts,
/// assembled in the legal order with an index (立案 → 取证 → 审查 → 决定 → 送达 → 执行), and the evaluation standard run
/// over it, showing what would lose points before the case is closed.
/// </summary>
public sealed record GetCaseFile(Guid CaseId);

/// <summary>One line of the 卷内目录; <see cref="DocumentId"/> is the issued document to download (null for evidence and receipts).</summary>
public sealed record CaseFileSheet(CaseFileIndexEntry Entry, string StageName, Guid? DocumentId);

/// <summary>The assembled file: cover, index entries with page ranges, and the automatic self-check score.</summary>
public sealed record CaseFileView(
    Guid CaseId, string CaseNumber, bool HasCover, Guid? CoverDocumentId, IReadOnlyList<CaseFileSheet> Index, int TotalPages, string StandardTitle,
    CaseFileScore SelfCheck, IReadOnlyList<CaseFileEvaluationView> Evaluations)
{
    /// <summary>Whether any kept evaluation marked the file 优秀案卷.</summary>
    public bool Excellent => Evaluations.Any(e => e.Excellent);

    /// <summary>
    /// Each issued document counts as one page until the file is printed and bound: the page numbers in the index are
    /// the order of sheets the system assembles, and the bound file's own page numbers prevail.
    /// </summary>
    public const string PageNote = "页码按每份文书一页编排，打印装订后以实际页码为准";
}

public sealed class GetCaseFileHandler(WeijianDb db, CalendarSource calendars, EvaluationStandard standard)
{
    public const string NotFiledCode = "case-file.not-filed";

    /// <summary>Issued templates as case-file document kinds; the cover is the 卷皮, not a document in the index.</summary>
    private static readonly Dictionary<string, string> KindOfTemplate = new(StringComparer.Ordinal)
    {
        ["case-acceptance"] = CaseFileDocumentKinds.CaseAcceptance,
        ["case-filing"] = CaseFileDocumentKinds.FilingReport,
        ["field-record"] = CaseFileDocumentKinds.OnsiteRecord,
        ["inquiry-record"] = CaseFileDocumentKinds.InquiryRecord,
        ["preservation-decision"] = CaseFileDocumentKinds.EvidencePreservation,
        ["investigation-report"] = CaseFileDocumentKinds.InvestigationReport,
        ["penalty-notice"] = CaseFileDocumentKinds.PriorNotice,
        ["hearing-notice"] = CaseFileDocumentKinds.PriorNotice, // 听证告知 goes with the 事先告知 it accompanies
        ["hearing-summons"] = CaseFileDocumentKinds.HearingNotice,
        ["hearing-record"] = CaseFileDocumentKinds.HearingRecord,
        ["legal-review-opinion"] = CaseFileDocumentKinds.LegalReview,
        ["collective-discussion"] = CaseFileDocumentKinds.CollectiveDiscussion,
        ["penalty-decision"] = CaseFileDocumentKinds.PenaltyDecision,
        ["no-penalty-decision"] = CaseFileDocumentKinds.NoPenaltyDecision,
        ["criminal-referral"] = CaseFileDocumentKinds.Referral,
        ["service-receipt"] = CaseFileDocumentKinds.ServiceReceipt,
        ["credit-repair-notice"] = CaseFileDocumentKinds.CreditRepairNotice,
        ["compliance-advice"] = CaseFileDocumentKinds.ComplianceAdvice,
        ["payment-reminder"] = CaseFileDocumentKinds.Reminder,
        ["case-closing"] = CaseFileDocumentKinds.ClosingReport,
    };

    public async Task<CaseFileView> HandleAsync(GetCaseFile query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        db.Actor.Require(PenaltyCaseSteps.ReadRoles);
        var c = await db.Set<PenaltyCase>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == query.CaseId, ct) ?? throw PenaltyCaseSteps.NotFound();

        // A lead that was never filed (nor decided on the spot) has no case file to assemble or score.
        if (c.FiledOn is null && c.DecidedOn is null)
        {
            throw DomainRuleException.Conflict(NotFiledCode, $"案件处于“{CaseNames.Of(c.Status)}”阶段，尚未立案，没有案卷");
        }
        var subject = c.Id.ToString();
        var issued = await db.Set<IssuedDocument>().AsNoTracking()
            .Where(d => d.SubjectType == PenaltyCaseSteps.SubjectType && d.SubjectId == subject && d.VoidedAt == null && d.SupersededById == null)
            .ToListAsync(ct);
        issued = [.. issued.OrderBy(d => d.IssuedAt)];

        var ids = new Dictionary<CaseFileDocument, Guid>(ReferenceEqualityComparer.Instance);
        var documents = Documents(c, issued, ids);
        var index = CaseFileOrder.Assemble(documents);
        var cover = issued.LastOrDefault(d => d.TemplateKey == "case-file-cover");
        // The cover (卷皮) is issued by the archiving step itself, so an open file is not charged for lacking it yet.
        var facts = Facts(c, index.Documents, hasCover: cover is not null || c.ArchivedOn is null);
        var score = CaseFileSelfCheck.Run(standard, facts, await calendars.GetAsync(db, ct));
        var sheets = index.Entries.Select((e, i) => new CaseFileSheet(
            e, CaseFileDocumentKinds.Find(e.KindCode).StageName, ids.TryGetValue(index.Documents[i], out var id) ? id : null)).ToList();
        var evaluations = await db.Set<CaseFileEvaluation>().AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.CreatedAt).ToListAsync(ct);
        return new CaseFileView(
            c.Id, c.Number, cover is not null, cover?.Id, sheets, index.TotalPages, standard.Title, score, [.. evaluations.Select(CaseFileEvaluationView.From)]);
    }

    private static List<CaseFileDocument> Documents(PenaltyCase c, IReadOnlyList<IssuedDocument> issued, Dictionary<CaseFileDocument, Guid> ids)
    {
        var documents = new List<CaseFileDocument>();
        foreach (var d in issued.Where(d => KindOfTemplate.ContainsKey(d.TemplateKey)))
        {
            var document = new CaseFileDocument(KindOfTemplate[d.TemplateKey], d.Title, d.Number, d.IssuedOn, 1);
            ids[document] = d.Id;
            documents.Add(document);
        }

        // Evidence gathered as material (copies, photos, test reports) rather than a record the system issues.
        documents.AddRange(c.Acts.Where(a => IsMaterial(a.Kind))
            .Select(a => new CaseFileDocument(CaseFileDocumentKinds.EvidenceMaterial, a.Title, null, a.Date, 1)));
        documents.AddRange(c.Payments.Select(p => new CaseFileDocument(
            CaseFileDocumentKinds.PaymentReceipt, $"{CaseNames.Of(p.Kind)}缴纳凭证", p.ReceiptNumber, p.PaidOn, 1)));
        return [.. documents.OrderBy(d => d.Date ?? DateOnly.MaxValue)];
    }

    private static bool IsMaterial(CaseActKind kind) => kind is CaseActKind.DocumentaryEvidence or CaseActKind.PhysicalEvidence
        or CaseActKind.AudioVisual or CaseActKind.ElectronicData or CaseActKind.WitnessTestimony or CaseActKind.PartyStatement or CaseActKind.ExpertOpinion;

    private static CaseFileFacts Facts(PenaltyCase c, IReadOnlyList<CaseFileDocument> documents, bool hasCover)
    {
        var summary = c.Procedure == CaseProcedure.Summary;
        var decided = c.DecidedTerms ?? c.DraftTerms;
        var statementGiven = c.StatementReceivedOn is not null && !string.IsNullOrWhiteSpace(c.Statement);
        return new CaseFileFacts
        {
            Procedure = summary ? FileProcedure.Summary : FileProcedure.Ordinary,
            Outcome = c.Outcome switch
            {
                CaseOutcome.Penalty or CaseOutcome.SummaryPenalty => FileOutcome.Penalty,
                CaseOutcome.NoPenalty => FileOutcome.NoPenalty,
                _ when c.TransferredOn is not null || c.ReferralDecidedOn is not null => FileOutcome.Referred,
                _ => FileOutcome.Pending,
            },

            // The case is recorded by the health bureau (or its agency) whose 权责清单 the case's specialty belongs to;
            // the body is checked when the lead is registered, not re-derived here.
            EnforcementBodyAuthorized = true,

            // Handlers are accepted only with a valid 执法证 on the act dates (R-PEN-12, R-OFF-1), so each is certified.
            Officers = [.. c.Handlers.Select(h => new CaseOfficerFact(h.Name, true))],
            Documents = documents,
            HasCover = hasCover,

            // The index and page numbers are produced by the system (CaseFileOrder.Assemble) for every file it shows.
            HasIndex = true,
            PagesNumbered = true,
            ReceivedOn = c.ReceivedOn,
            FiledOn = c.FiledOn,
            // An approved extension adds its days to the decision period (R-PEN-6): as a pause of that many days from approval.
            DecisionPeriodExtensions = [.. c.Extensions.Select(e => new DecisionPeriodExtension(e.Cause, e.ApprovedOn, e.ApprovedOn.AddDays(e.Days - 1)))],
            InvestigationConcludedOn = c.ConcludedOn,
            PriorNoticeServedOn = c.NoticeServedOn,
            StatementReceivedOn = statementGiven ? c.StatementReceivedOn : null,
            StatementWaived = c.DefenceWaived,
            StatementReexaminedOn = statementGiven && !string.IsNullOrWhiteSpace(c.ReExamination) ? c.StatementReceivedOn : null,
            HearingRequestedOn = c.HearingRequestedOn,
            HearingNotifiedOn = c.HearingNotifiedOn,
            HearingHeldOn = c.HearingHeldOn,
            HearingWaived = c.NoticeServedOn is not null && c.HearingRequestedOn is null,
            // The domain refuses a decision without the review or discussion its triggers require (R-PEN-20/21), so a file
            // holding one is a file that needed it; the check then verifies the record and its order.
            LegalReviewRequired = c.Reviews.Count > 0,
            LegalReviewPassedOn = c.CurrentApprovedReview?.ReviewedOn,
            CollectiveDiscussionRequired = c.Discussions.Count > 0,
            CollectiveDiscussionHeldOn = c.LatestDiscussion?.HeldOn,
            DecidedOn = c.DecidedOn,
            DecisionServedOn = c.ServedOn,
            ExecutionRecordedOn = c.ExecutedOn,
            FineAmount = c.DecidedFine,
            FineCollectedOnSpot = summary && c.Payments.Count > 0 && c.Payments[0].PaidOn == c.DecidedOn,
            PreservationAppliedOn = c.Preservations.FirstOrDefault(p => p.ApprovedOn is not null)?.ApprovedOn,
            PreservationDisposedOn = c.Preservations.FirstOrDefault(p => p.ApprovedOn is not null)?.DisposedOn,
            EvidenceItemCount = c.Acts.Count,
            EvidenceKinds = [.. c.Acts.Select(a => EvidenceKindOf(a.Kind)).OfType<EvidenceKind>().Distinct()],
            FactsStated = !string.IsNullOrWhiteSpace(c.Facts) || c.Outcome == CaseOutcome.NoPenalty,
            BasisCited = !string.IsNullOrWhiteSpace(c.PenaltyBasis) || c.Outcome == CaseOutcome.NoPenalty,
            // The 当场处罚决定书 of the summary procedure has no reasoning section (R-PEN-23); a no-penalty decision states its reason.
            ReasoningStated = summary || !string.IsNullOrWhiteSpace(c.DiscretionReasoning) || c.Outcome == CaseOutcome.NoPenalty || decided is null,
            // A penalty outside the baseline cannot be drafted without its justification (R-DIS-7).
            DiscretionOutsideBaseline = !string.IsNullOrWhiteSpace(c.OutsideRangeJustification),
            DiscretionJustified = !string.IsNullOrWhiteSpace(c.OutsideRangeJustification),
            // A crime is "suspected" for the file once the head approved the referral (a declined proposal found none);
            // the approval itself hands the case over (R-PEN-30).
            CrimeSuspected = c.ReferralReceiver is not null,
            CriminallyReferred = c.ReferralReceiver is not null || c.TransferredOn is not null,
            AvRecordsRequired = c.AvRequiredCount,
            AvRecordsAttached = c.AvAttachedCount,
        };
    }

    private static EvidenceKind? EvidenceKindOf(CaseActKind kind) => kind switch
    {
        CaseActKind.OnSiteInspection or CaseActKind.Sampling => EvidenceKind.InspectionRecord,
        CaseActKind.Inquiry or CaseActKind.PartyStatement => EvidenceKind.PartyStatement,
        CaseActKind.Preservation or CaseActKind.PhysicalEvidence => EvidenceKind.Physical,
        CaseActKind.DocumentaryEvidence => EvidenceKind.Documentary,
        CaseActKind.AudioVisual => EvidenceKind.AudioVisual,
        CaseActKind.ElectronicData => EvidenceKind.Electronic,
        CaseActKind.WitnessTestimony => EvidenceKind.WitnessTestimony,
        CaseActKind.ExpertOpinion => EvidenceKind.ExpertOpinion,
        _ => null,
    };
}
