using Weijian.Inspections.Plans;
using Weijian.Platform.Authorization;
using Weijian.Platform.Deadlines;
using Weijian.Registry.Entities;

namespace Weijian.Inspections.Visits;

public sealed record InspectionDocumentView(Guid Id, string TemplateKey, string Title, string? Number, DateOnly IssuedOn);

public sealed record InspectionActionView(string Action, string Label);

/// <summary>A visit as the API and the pages show it; <see cref="Message"/> explains a merge (综合查一次).</summary>
public sealed record InspectionView(
    Guid Id, string Number, Guid EntityId, string EntityName, string Specialty, string SpecialtyName, string Kind, string KindName, bool CapExempt,
    bool CoversRandom, string Status, string StatusName, DateOnly PlannedOn, DateOnly? StartedOn, DateOnly? CompletedOn,
    IReadOnlyList<InspectionOfficer> Officers, IReadOnlyList<CoveredTarget> Targets, IReadOnlyList<ChecklistEntry> Checklist,
    IReadOnlyList<Measurement> Measurements, IReadOnlyList<EvidenceFile> Evidence, string? Findings, bool AvRequired, bool AvMissing,
    string? Conclusion, string? ConclusionName, string? Opinion, DateOnly? CorrectionDeadline, string? CorrectionRequirement, Guid? FollowUpTargetId,
    decimal? GradeScore, string? Grade, Guid? CaseId, string? CaseNumber, DateOnly? PublishDue, DateOnly? PublishedOn, bool PublishedLate,
    IReadOnlyList<InspectionActionView> AllowedActions, IReadOnlyList<InspectionDocumentView> Documents, IReadOnlyList<DeadlineView> Clocks, string? Message)
{
    public static InspectionView From(Inspection i, Actor actor, IReadOnlyList<InspectionDocumentView> documents, IReadOnlyList<DeadlineView> clocks, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(i);
        var allowed = InspectionWorkflow.AllowedFor(i.Status, actor)
            .Where(t => t.Action != InspectionAction.Publish || (i.PublishedOn is null))
            .Where(t => t.Action != InspectionAction.HandToEnforcement || i.CaseId is null)
            .Select(t => new InspectionActionView(InspectionWire.Name(t.Action), t.Label)).ToList();
        return new(
            i.Id, i.Number, i.EntityId, i.EntityName, i.Specialty.ToString(), Specialties.ChineseName(i.Specialty), i.Kind.ToString(), InspectionNames.Of(i.Kind),
            i.CapExempt, i.CoversRandom, i.Status.ToString(), InspectionVisitNames.Of(i.Status), i.PlannedOn, i.StartedOn, i.CompletedOn,
            i.Officers, i.Targets, i.Checklist, i.Measurements, i.Evidence, i.Findings, i.AvRequired, i.AvMissing,
            i.Conclusion?.ToString(), i.Conclusion is { } c ? InspectionVisitNames.Of(c) : null, i.Opinion, i.CorrectionDeadline, i.CorrectionRequirement,
            i.FollowUpTargetId, i.GradeScore, i.Grade?.ToString(), i.CaseId, i.CaseNumber, i.PublishDue, i.PublishedOn, i.PublishedLate,
            allowed, documents, clocks, message);
    }
}

/// <summary>Action names as the API spells them (kebab-case).</summary>
public static class InspectionWire
{
    public static string Name(InspectionAction action) => string.Concat(action.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
