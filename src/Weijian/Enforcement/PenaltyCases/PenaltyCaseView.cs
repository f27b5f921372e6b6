using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Deadlines;
using Weijian.Registry.Entities;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>An action the actor may take now (from the transition table): wire name for the API, Chinese label for the button.</summary>
public sealed record CaseActionView(string Action, string Label, bool Primary);

/// <summary>The money of a decided case: due, paid by kind, outstanding (罚缴分离, R-PEN-26/27).</summary>
public sealed record CaseMoneyView(decimal Fine, decimal ConfiscatedGains, decimal Surcharge, string? SurchargeExplanation, decimal Paid, decimal Outstanding, DateOnly? PaymentDue, bool Overdue);

/// <summary>The case page and the API's case resource.</summary>
public sealed record PenaltyCaseView(
    Guid Id,
    string Number,
    string Status,
    string StatusName,
    string Procedure,
    string ProcedureName,
    string Source,
    string SourceName,
    string? SourceReference,
    Guid EntityId,
    string PartyName,
    string PartyKind,
    string PartyCreditCode,
    string PartyAddress,
    string? PartyRepresentative,
    string Specialty,
    string SpecialtyName,
    string Cause,
    string Summary,
    DateOnly ReceivedOn,
    DateOnly DiscoveredOn,
    DateOnly? ActDate,
    DateOnly? ActEndDate,
    bool LifeHealthHarm,
    CaseFlags Flags,
    IReadOnlyList<CaseHandler> Handlers,
    string? FilingOpinion,
    DateOnly? FiledOn,
    string? FilingApprovedBy,
    DateOnly? DecisionDue,
    IReadOnlyList<CaseAct> Acts,
    IReadOnlyList<PreservationRecord> Preservations,
    IReadOnlyList<DecisionExtension> Extensions,
    string? Facts,
    string? EvidenceSummary,
    string? ViolatedProvision,
    string? PenaltyBasis,
    PenaltyTerms? DraftTerms,
    string? DraftDescription,
    int DraftVersion,
    string? DiscretionItemCode,
    string? DiscretionTier,
    string? DiscretionReasoning,
    string? OutsideRangeJustification,
    PenaltyTerms? NotifiedTerms,
    DateOnly? NoticeServedOn,
    DateOnly? StatementDue,
    bool HearingRight,
    DateOnly? HearingRequestDue,
    string? Statement,
    string? ReExamination,
    bool DefenceWaived,
    DateOnly? HearingRequestedOn,
    DateOnly? HearingDate,
    string? HearingPlace,
    string? HearingPresidingName,
    DateOnly? HearingHeldOn,
    bool? HearingPartyAttended,
    string? HearingTranscript,
    IReadOnlyList<LegalReviewRecord> Reviews,
    IReadOnlyList<CollectiveDiscussionRecord> Discussions,
    string? Outcome,
    string? OutcomeName,
    DateOnly? DecidedOn,
    string? DecidedBy,
    PenaltyTerms? DecidedTerms,
    string? DecidedDescription,
    string? HeaviestType,
    string? NoPenaltyReason,
    DateOnly? ServiceDue,
    string? ServiceMethodName,
    DateOnly? ServedOn,
    string? ServiceRecipient,
    CaseMoneyView? Money,
    IReadOnlyList<PaymentInstalment> Instalments,
    IReadOnlyList<PaymentRecord> Payments,
    IReadOnlyList<RemedyProceeding> Remedies,
    DateOnly? ReminderServedOn,
    DateOnly? CourtAppliedOn,
    DateOnly? ExecutedOn,
    string? ExecutionNote,
    DateOnly? SummaryFiledOn,
    string? ReferralReason,
    string? ReferralReceiver,
    DateOnly? TransferredOn,
    string? EndReason,
    DateOnly? ClosedOn,
    string? ClosingSummary,
    DateOnly? ArchivedOn,
    int AvRequiredCount,
    int AvAttachedCount,
    IReadOnlyList<CaseStep> Steps,
    IReadOnlyList<DeadlineView> Clocks,
    IReadOnlyList<CaseActionView> AllowedActions)
{
    public static PenaltyCaseView From(PenaltyCase c, Actor actor, BusinessCalendar calendar, DateOnly today, IReadOnlyList<DeadlineView> clocks)
    {
        ArgumentNullException.ThrowIfNull(c);
        var decided = c.DecidedTerms;
        return new(
            c.Id, c.Number, c.Status.ToString(), CaseNames.Of(c.Status), c.Procedure.ToString(), CaseNames.Of(c.Procedure), c.Source.ToString(), CaseNames.Of(c.Source),
            c.SourceReference, c.EntityId, c.PartyName, c.PartyKind.ToString(), c.PartyCreditCode, c.PartyAddress, c.PartyRepresentative,
            c.Specialty.ToString(), Specialties.ChineseName(c.Specialty), c.Cause, c.Summary, c.ReceivedOn, c.DiscoveredOn, c.ActDate, c.ActEndDate, c.LifeHealthHarm,
            new CaseFlags(c.MajorPublicInterest, c.Complex, c.HighImpact, c.CrossDistrict, c.ReviewRequiredByLaw),
            c.Handlers, c.FilingOpinion, c.FiledOn, c.FilingApprovedBy, c.DecisionDue, c.Acts, c.Preservations, c.Extensions,
            c.Facts, c.EvidenceSummary, c.ViolatedProvision, c.PenaltyBasis, c.DraftTerms, c.DraftTerms?.Describe(), c.DraftVersion, c.DiscretionItemCode, c.DiscretionTier,
            c.DiscretionReasoning, c.OutsideRangeJustification, c.NotifiedTerms, c.NoticeServedOn, c.StatementDue, c.HearingRight, c.HearingRequestDue,
            c.Statement, c.ReExamination, c.DefenceWaived, c.HearingRequestedOn, c.HearingDate, c.HearingPlace, c.HearingPresidingName, c.HearingHeldOn,
            c.HearingPartyAttended, c.HearingTranscript, c.Reviews, c.Discussions, c.Outcome?.ToString(), c.Outcome is { } o ? CaseNames.Of(o) : null,
            c.DecidedOn, c.DecidedBy, decided, decided?.Describe(), decided?.HeaviestType, c.NoPenaltyReason, c.ServiceDue,
            c.ServiceMethod is { } m ? CaseNames.Of(m) : null, c.ServedOn, c.ServiceRecipient, CaseMoney.Of(c, calendar, today), c.Instalments, c.Payments, c.Remedies,
            c.ReminderServedOn, c.CourtAppliedOn, c.ExecutedOn, c.ExecutionNote, c.SummaryFiledOn, c.ReferralReason, c.ReferralReceiver, c.TransferredOn,
            c.EndReason, c.ClosedOn, c.ClosingSummary, c.ArchivedOn, c.AvRequiredCount, c.AvAttachedCount, c.Steps, clocks,
            [.. CaseWorkflow.AllowedFor(c.Status, actor).Select(t => new CaseActionView(CaseWorkflow.WireName(t.Action), t.Label, t.Primary))]);
    }
}

/// <summary>One row of the case list.</summary>
public sealed record PenaltyCaseListItem(
    Guid Id, string Number, string Status, string StatusName, string Procedure, string PartyName, string Specialty, string SpecialtyName, string Cause,
    DateOnly ReceivedOn, DateOnly? FiledOn, DateOnly? DecisionDue, DateOnly? DecidedOn, decimal DecidedFine, string Handlers, bool DecisionOverdue);
