using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Weijian.Enforcement.CaseFiles;
using Weijian.Platform.Authorization;
using Weijian.Platform.Calendar;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;
using Weijian.Platform.Rules;
using Weijian.Platform.Tenancy;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// 案卷评查 by a reviewer of the bureau (R-EVA-1…4): starting from the automatic self-check, the reviewer dismisses
/// findings that do not hold (with a reason) and adds the judged items (facts unclear, evidence defects, discretion …)
/// with points within each item's range. The result is kept as a new record — a later evaluation never overwrites an
/// earlier one — and a file in the top band without a veto is marked 优秀案卷.
/// </summary>
public sealed record EvaluateCaseFile(Guid CaseId, IReadOnlyList<ReviewerFinding>? Findings, IReadOnlyList<DismissedFinding>? Dismissed, string? Comment);

public sealed class EvaluateCaseFileHandler(WeijianDb db, GetCaseFileHandler caseFile, EvaluationStandard standard, TimeProvider clock)
{
    public const string NotEndedCode = "case-file.not-ended";
    public const string ReviewerIsHandlerCode = "case-file.reviewer-is-handler";

    public async Task<CaseFileEvaluationView> HandleAsync(EvaluateCaseFile command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        db.Actor.Require(Roles.LegalReviewer, Roles.BureauHead);
        var c = await db.Set<PenaltyCase>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == command.CaseId, ct) ?? throw PenaltyCaseSteps.NotFound();

        // A file is evaluated once the case is closed (结案) or archived: an open file is only self-checked.
        if (c.Status is not (CaseStatus.Closed or CaseStatus.Archived))
        {
            throw DomainRuleException.Conflict(NotEndedCode, $"案件处于“{CaseNames.Of(c.Status)}”阶段，结案后方可评查案卷");
        }

        // Independence of the review, as for 法制审核 (R-PEN-20): a handler does not grade their own file.
        if (c.IsHandler(db.Actor.UserId))
        {
            throw DomainRuleException.Conflict(ReviewerIsHandlerCode, "评查人员不得评查本人承办的案卷");
        }

        var file = await caseFile.HandleAsync(new GetCaseFile(c.Id), ct);
        var score = CaseFileScore.FromReview(standard, file.SelfCheck, new CaseFileReview(command.Findings ?? [], command.Dismissed ?? []));
        var evaluation = CaseFileEvaluation.Record(
            c, score, IsExcellent(score), Input.OptionalText(command.Comment, "comment", "评查意见", PenaltyCase.TextMax), db.Actor, ChinaClock.Today(clock), clock.GetUtcNow());
        db.Add(evaluation);
        db.Audit(c.OrganizationId, CaseFileEvaluation.AuditAction, PenaltyCaseSteps.SubjectType, c.Id.ToString(), new
        {
            c.Number,
            score.Total,
            score.Band,
            evaluation.Excellent,
            Findings = score.Vetoes.Concat(score.Deductions).Select(f => $"{f.Code} {f.Description}（{f.Points}分）：{f.Reason}"),
        });
        await db.SaveChangesAsync(ct);
        return CaseFileEvaluationView.From(evaluation);
    }

    /// <summary>优秀案卷: no veto and a score in the standard's top band (R-EVA-4, bands configured in the standard).</summary>
    private bool IsExcellent(CaseFileScore score) =>
        !score.IsVetoed && standard.Bands.Count > 0 && score.Band == standard.Bands.MaxBy(b => b.MinScore)!.Name;
}

/// <summary>One kept 案卷评查 result.</summary>
public sealed class CaseFileEvaluation : ITenantOwned
{
    public const string AuditAction = "penalty-case.case-file-evaluated";

    private CaseFileEvaluation()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid CaseId { get; private set; }

    public string StandardCode { get; private set; } = "";

    public decimal Total { get; private set; }

    public string Band { get; private set; } = "";

    public bool Vetoed { get; private set; }

    /// <summary>优秀案卷.</summary>
    public bool Excellent { get; private set; }

    /// <summary>The vetoes and deductions of the reviewed score (automatic and reviewer's), as JSON.</summary>
    public string FindingsJson { get; private set; } = "[]";

    /// <summary>Automatic findings the reviewer dismissed, with reasons, as JSON.</summary>
    public string DismissedJson { get; private set; } = "[]";

    public string? Comment { get; private set; }

    public Guid? ReviewerUserId { get; private set; }

    public string ReviewerName { get; private set; } = "";

    public DateOnly ReviewedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    internal static CaseFileEvaluation Record(PenaltyCase c, CaseFileScore score, bool excellent, string? comment, Actor actor, DateOnly today, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrganizationId = c.OrganizationId,
        CaseId = c.Id,
        StandardCode = score.StandardCode,
        Total = score.Total,
        Band = score.Band,
        Vetoed = score.IsVetoed,
        Excellent = excellent,
        FindingsJson = ChildRecordsJson.Write(score.Vetoes.Concat(score.Deductions)),
        DismissedJson = ChildRecordsJson.Write(score.Dismissed),
        Comment = comment,
        ReviewerUserId = actor.UserId,
        ReviewerName = actor.Name,
        ReviewedOn = today,
        CreatedAt = now,
    };
}

/// <summary>A kept evaluation as shown on the case page and returned by the API.</summary>
public sealed record CaseFileEvaluationView(
    Guid Id, DateOnly ReviewedOn, string ReviewerName, decimal Total, string Band, bool Vetoed, bool Excellent,
    IReadOnlyList<CaseFileFinding> Findings, IReadOnlyList<DismissedFinding> Dismissed, string? Comment)
{
    public static CaseFileEvaluationView From(CaseFileEvaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(
            e.Id, e.ReviewedOn, e.ReviewerName, e.Total, e.Band, e.Vetoed, e.Excellent,
            ChildRecordsJson.List<CaseFileFinding>(e.FindingsJson),
            ChildRecordsJson.List<DismissedFinding>(e.DismissedJson),
            e.Comment);
    }
}

/// <summary>Evaluations are kept per case in the organisation, newest last; never updated or deleted.</summary>
internal sealed class CaseFileEvaluationConfiguration : IEntityTypeConfiguration<CaseFileEvaluation>
{
    public void Configure(EntityTypeBuilder<CaseFileEvaluation> b)
    {
        b.ToTable("case_file_evaluations");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PenaltyCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.StandardCode).HasMaxLength(60);
        b.Property(e => e.Total).HasPrecision(5, 1);
        b.Property(e => e.Band).HasMaxLength(20);
        b.Property(e => e.ReviewerName).HasMaxLength(100);
        b.Property(e => e.Comment).HasMaxLength(PenaltyCase.TextMax);
        b.HasIndex(e => new { e.OrganizationId, e.CaseId, e.CreatedAt });
    }
}
