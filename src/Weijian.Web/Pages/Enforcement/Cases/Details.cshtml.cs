using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Weijian.Enforcement.CaseFiles;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Authorization;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Enforcement.Cases;

/// <summary>
/// The case page: header, stage progress, open legal clocks, every record section that has data, the full-process
/// record (R-PEN-31), and exactly the actions the transition table allows the actor now (<see cref="PenaltyCaseView.AllowedActions"/>).
/// </summary>
public sealed class DetailsModel(
    GetPenaltyCaseHandler get, GetCaseFileHandler caseFile, EvaluateCaseFileHandler evaluate, OpenIssuedDocumentFileHandler openDocument,
    DatabaseSettings settings) : WeijianPageModel
{
    /// <summary>
    /// The 案卷评查 form. One bound object (prefix <c>Review.</c>): top-level dictionaries would fall back to binding every
    /// form field when their own keys are absent.
    /// </summary>
    [BindProperty]
    public EvaluationForm Review { get; set; } = new();

    /// <summary>案卷评查 is offered to a reviewer or head who did not handle the case, once it is closed (EvaluateCaseFile's gates).</summary>
    public bool CanEvaluate => Case is { } c && CaseFile is not null
        && c.Status is nameof(CaseStatus.Closed) or nameof(CaseStatus.Archived)
        && (Actor.IsInRole(Roles.LegalReviewer) || Actor.IsInRole(Roles.BureauHead))
        && c.Handlers.All(h => h.UserId is null || h.UserId != Actor.UserId);

    public PenaltyCaseView? Case { get; private set; }

    /// <summary>The 案卷 with its 卷内目录 and self-check (R-EVA-1…4), once the case has documents beyond the lead.</summary>
    public CaseFileView? CaseFile { get; private set; }

    public IReadOnlyList<CaseStage> Stages { get; private set; } = [];

    public IReadOnlyList<CaseBranch> Branches { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(id, ct);
        return Page();
    });

    /// <summary>Keeps one 案卷评查 (R-EVA-1…4); a refused one (points out of range, no reason …) keeps the input with the message.</summary>
    public Task<IActionResult> OnPostEvaluateAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var findings = Review.Find.Where(f => f.Value).Select(f => new ReviewerFinding(
                f.Key, Review.FindReason.GetValueOrDefault(f.Key) ?? "", Review.FindPoints.GetValueOrDefault(f.Key))).ToList();
            var dismissed = Review.Dismiss.Where(f => f.Value).Select(f => new DismissedFinding(f.Key, Review.DismissReason.GetValueOrDefault(f.Key) ?? "")).ToList();
            var kept = await evaluate.HandleAsync(new EvaluateCaseFile(id, findings, dismissed, Review.Comment), ct);
            SetFlash($"已保存案卷评查：{kept.Total:0.#}分，{kept.Band}{(kept.Excellent ? "，评为优秀案卷" : "")}");
            return RedirectToPage(new { id });
        },
        () => LoadAsync(id, ct));

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Case = await get.HandleAsync(new GetPenaltyCase(id), ct);
        Stages = CaseStages.Of(Enum.Parse<CaseStatus>(Case.Status), Case.Steps);
        Branches = CaseStages.Branches(Case);
        if (Case.FiledOn is not null || Case.DecidedOn is not null)
        {
            CaseFile = await caseFile.HandleAsync(new GetCaseFile(id), ct);
        }
    }

    /// <summary>Downloads one of this case's issued documents (only those in its file, so access follows the case).</summary>
    public Task<IActionResult> OnGetDocumentAsync(Guid id, Guid documentId, CancellationToken ct) => RunAsync(async () =>
    {
        var file = await caseFile.HandleAsync(new GetCaseFile(id), ct);
        if (file.CoverDocumentId != documentId && file.Index.All(s => s.DocumentId != documentId))
        {
            throw Weijian.Platform.Rules.DomainRuleException.NotFound("penalty-case.document-not-found", "该文书不存在或不属于本案件");
        }

        var download = await openDocument.HandleAsync(new OpenIssuedDocumentFile(documentId), ct);
        return File(download.Content, download.ContentType, download.FileName);
    });

    /// <summary>Downloads a file attached to one of this case's records (only hashes the case refers to, so access follows the case).</summary>
    public Task<IActionResult> OnGetFileAsync(Guid id, string? sha, CancellationToken ct) => RunAsync(async () =>
    {
        var c = await get.HandleAsync(new GetPenaltyCase(id), ct);
        var name = c.Acts.Where(a => a.FileSha256 == sha).Select(a => a.FileName ?? "附件")
            .Concat(c.Acts.Where(a => a.AvFileSha256 == sha).Select(a => $"{a.Title}-音像记录"))
            .FirstOrDefault();
        var stream = name is null ? null : CaseFileStore.For(settings).Open(sha);
        if (stream is null)
        {
            throw Weijian.Platform.Rules.DomainRuleException.NotFound("penalty-case.file-not-found", "该附件不存在或不属于本案件");
        }

        var type = new FileExtensionContentTypeProvider().TryGetContentType(name!, out var t) ? t : "application/octet-stream";
        return File(stream, type, name);
    });
}

/// <summary>案卷评查 input: automatic findings dismissed (code → true) with reasons; judged items found with points and reasons.</summary>
public sealed class EvaluationForm
{
    public Dictionary<string, bool> Dismiss { get; set; } = [];

    public Dictionary<string, string?> DismissReason { get; set; } = [];

    public Dictionary<string, bool> Find { get; set; } = [];

    public Dictionary<string, decimal?> FindPoints { get; set; } = [];

    public Dictionary<string, string?> FindReason { get; set; } = [];

    public string? Comment { get; set; }
}
