using Weijian.Platform.Authorization;
using Weijian.Platform.Deadlines;

namespace Weijian.Licensing.Applications;

/// <summary>An application as the staff see it: facts, materials, clocks, history and the actions the actor may take now.</summary>
public sealed record ApplicationView(
    Guid Id,
    string Number,
    string QueryCode,
    bool Online,
    Guid ItemId,
    string ItemCode,
    string ItemName,
    string ItemKind,
    int StatutoryDays,
    int PromisedDays,
    Guid? EntityId,
    string ApplicantName,
    string ApplicantKind,
    string? ApplicantCreditCode,
    string? ContactPhone,
    string Scope,
    string Status,
    string StatusName,
    DateOnly ReceivedOn,
    DateOnly? AcceptedOn,
    bool DeemedAccepted,
    DateOnly? DeficiencyNotifiedOn,
    IReadOnlyList<string> Deficiencies,
    string? IntakeRefusal,
    string? RightAuthority,
    IReadOnlyList<MaterialCheck> Materials,
    DateOnly? RongqueDueOn,
    DateOnly? RongqueSuppliedOn,
    DateOnly? SiteCheckedOn,
    IReadOnlyList<string> SiteCheckStaff,
    string? ReviewerName,
    string? ReviewOpinion,
    DateOnly? ExtendedOn,
    string? ExtensionReason,
    IReadOnlyList<ExcludedPeriod> Pauses,
    DateOnly? LegalDueOn,
    DateOnly? PromisedDueOn,
    int? WorkingDaysLeft,
    DateOnly? DecidedOn,
    bool? DecidedOnTime,
    string? DecisionNumber,
    string? DecisionReason,
    string? DecidedBy,
    bool GrantedOnCommitment,
    string? CommitmentText,
    bool DeemedRenewal,
    LicenseSummary? License,
    DateOnly? CertificateDueOn,
    DateOnly? CertificateServedOn,
    string? Rating,
    string? RatingComment,
    IReadOnlyList<ApplicationStep> History,
    IReadOnlyList<ApplicationDocumentView> Documents,
    IReadOnlyList<DeadlineView> Clocks,
    IReadOnlyList<ActionView> Actions,
    string? Message)
{
    public static ApplicationView From(LicenseApplication a, Actor actor, IReadOnlyList<DeadlineView> clocks, int? left, LicenseSummary? license, string? message)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(
            a.Id, a.Number, a.QueryCode, a.Online, a.ItemId, a.ItemCode, a.ItemName, a.ItemKind.ToString(), a.StatutoryDays, a.PromisedDays, a.EntityId, a.ApplicantName,
            a.ApplicantKind.ToString(), a.ApplicantCreditCode, a.ContactPhone, a.Scope, a.Status.ToString(), ApplicationNames.Of(a.Status), a.ReceivedOn, a.AcceptedOn,
            a.DeemedAccepted, a.DeficiencyNotifiedOn, a.Deficiencies, a.IntakeRefusal is { } r ? ApplicationNames.Of(r) : null, a.RightAuthority, a.Materials, a.RongqueDueOn,
            a.RongqueSuppliedOn, a.SiteCheckedOn, a.SiteCheckStaff, a.ReviewerName, a.ReviewOpinion, a.ExtendedOn, a.ExtensionReason, a.Pauses, a.LegalDueOn, a.PromisedDueOn,
            left, a.DecidedOn, a.DecidedOnTime, a.DecisionNumber, a.DecisionReason, a.DecidedBy, a.GrantedOnCommitment, a.CommitmentText, a.DeemedRenewal, license,
            a.CertificateDueOn, a.CertificateServedOn, a.Rating is { } g ? ApplicationNames.Of(g) : null, a.RatingComment, a.History,
            [.. a.Documents.Select(ApplicationDocumentView.From)], clocks,
            [.. ApplicationWorkflow.AllowedFor(a.Status, actor).Select(t => new ActionView(ApplicationWorkflow.WireName(t.Action), t.Label))], message);
    }
}

public sealed record ActionView(string Action, string Label);

/// <summary>A document issued on the application: the .docx (staff, signed in) and the public verification page (QR target).</summary>
public sealed record ApplicationDocumentView(Guid Id, string Template, string Title, string? Number, DateOnly IssuedOn, bool IsDecision, string FileUrl, string VerifyUrl)
{
    public static ApplicationDocumentView From(ApplicationDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.Template, d.Title, d.Number, d.IssuedOn, d.IsDecision, $"/api/v1/documents/{d.Id}/file", $"/verify/{d.Id}");
    }
}

public sealed record LicenseSummary(Guid Id, string Number, string Status, DateOnly? ValidUntil);
