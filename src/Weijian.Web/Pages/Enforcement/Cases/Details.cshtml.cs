using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticFiles;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Platform.Documents;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Enforcement.Cases;

/// <summary>
/// The case page: header, stage progress, open legal clocks, every record section that has data, the full-process
/// record (R-PEN-31), and exactly the actions the transition table allows the actor now (<see cref="PenaltyCaseView.AllowedActions"/>).
/// </summary>
public sealed class DetailsModel(
    GetPenaltyCaseHandler get, GetCaseFileHandler caseFile, OpenIssuedDocumentFileHandler openDocument, DatabaseSettings settings) : WeijianPageModel
{
    public PenaltyCaseView? Case { get; private set; }

    /// <summary>The 案卷 with its 卷内目录 and self-check (R-EVA-1…4), once the case has documents beyond the lead.</summary>
    public CaseFileView? CaseFile { get; private set; }

    public IReadOnlyList<CaseStage> Stages { get; private set; } = [];

    public IReadOnlyList<CaseBranch> Branches { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        Case = await get.HandleAsync(new GetPenaltyCase(id), ct);
        Stages = CaseStages.Of(Enum.Parse<CaseStatus>(Case.Status), Case.Steps);
        Branches = CaseStages.Branches(Case);
        if (Case.FiledOn is not null || Case.DecidedOn is not null)
        {
            CaseFile = await caseFile.HandleAsync(new GetCaseFile(id), ct);
        }

        return Page();
    });

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
