using Weijian.Platform.Calendar;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// The draft decision as entered: facts, evidence, provisions, the intended penalty and the discretion reasoning (R-DIS-7).
/// A case flag left out (null) keeps the value recorded at filing, so an API client that only sends the draft does not
/// silently clear the flags that trigger legal review and collective discussion (R-PEN-20, R-PEN-21).
/// </summary>
public sealed record DraftInput(
    string? Facts, string? EvidenceSummary, string? ViolatedProvision, string? PenaltyBasis, bool NoPenalty, IReadOnlyList<string>? Measures, decimal? Fine,
    decimal? ConfiscatedGains, string? ConfiscatedProperty, decimal? ConfiscatedPropertyValue, string? OtherMeasures, string? DiscretionItemCode,
    string? DiscretionTier, string? DiscretionReasoning, string? OutsideRangeJustification,
    bool? MajorPublicInterest = null, bool? Complex = null, bool? HighImpact = null, bool? CrossDistrict = null, bool? ReviewRequiredByLaw = null)
{
    public DraftDecision ToDraft(CaseFlags current) => new(
        Facts, EvidenceSummary, ViolatedProvision, PenaltyBasis,
        NoPenalty ? null : PenaltyTerms.Create(Measures, Fine, ConfiscatedGains, ConfiscatedProperty, ConfiscatedPropertyValue, OtherMeasures),
        DiscretionItemCode, DiscretionTier, DiscretionReasoning, OutsideRangeJustification,
        new CaseFlags(
            MajorPublicInterest ?? current.MajorPublicInterest, Complex ?? current.Complex, HighImpact ?? current.HighImpact,
            CrossDistrict ?? current.CrossDistrict, ReviewRequiredByLaw ?? current.ReviewRequiredByLaw));
}

/// <summary>调查终结: the investigation report with the handler's proposed handling (处理意见), version 1 of the draft decision.</summary>
public sealed record ConcludeInvestigation(Guid CaseId, DraftInput? Draft) : ICaseCommand;

public sealed class ConcludeInvestigationHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(ConcludeInvestigation command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.ConcludeInvestigation, ct);
        c.ConcludeInvestigation(DraftOf(command.Draft, c), ChinaClock.Today(clock), clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.ConcludeInvestigation, new { c.DraftVersion, Terms = c.DraftTerms?.Describe() }, ct);
    }

    internal static DraftDecision DraftOf(DraftInput? input, PenaltyCase c) =>
        (input ?? throw Platform.Rules.Input.Invalid("validation.required", "draft", "请填写调查终结报告和处理意见"))
        .ToDraft(new CaseFlags(c.MajorPublicInterest, c.Complex, c.HighImpact, c.CrossDistrict, c.ReviewRequiredByLaw));
}

/// <summary>修改处理意见: a new draft version; an approved legal review of the old version is voided (DESIGN §5).</summary>
public sealed record EditDraftDecision(Guid CaseId, DraftInput? Draft, string? Reason) : ICaseCommand;

public sealed class EditDraftDecisionHandler(WeijianDb db, CalendarSource calendars, TimeProvider clock, DocumentIssuer documents)
{
    public async Task<PenaltyCaseView> HandleAsync(EditDraftDecision command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var c = await PenaltyCaseSteps.BeginAsync(db, command.CaseId, CaseAction.EditDraftDecision, ct);
        c.EditDraft(ConcludeInvestigationHandler.DraftOf(command.Draft, c), command.Reason, clock.GetUtcNow(), db.Actor.Name);
        return await PenaltyCaseSteps.FinishAsync(db, calendars, clock, documents, c, CaseAction.EditDraftDecision, new { c.DraftVersion, Terms = c.DraftTerms?.Describe() }, ct);
    }
}
