using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.PenaltyCases;
using Weijian.Inspections.Visits;
using Weijian.Platform.Documents;

namespace Weijian.Web.Pages.Inspections;

/// <summary>
/// 检查记录 page, tablet-friendly: the buttons are exactly the actions the transition table allows; one checklist line per
/// row with 合格/不合格/不适用; measurements, findings, evidence upload (verified on download), completion with the
/// conclusion, correction order and 量化分级, the documents, 转立案 and publication.
/// </summary>
public sealed class DetailsModel(
    GetInspectionHandler get, StartInspectionHandler start, RecordInspectionHandler record, AddInspectionEvidenceHandler evidence,
    OpenInspectionEvidenceHandler openEvidence, CompleteInspectionHandler complete, PublishInspectionHandler publish, RegisterLeadHandler lead,
    OpenIssuedDocumentFileHandler openDocument) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<string?> Results { get; set; } = [];

    [BindProperty]
    public List<string?> Notes { get; set; } = [];

    [BindProperty]
    public string? Findings { get; set; }

    [BindProperty]
    public string? Indicator { get; set; }

    [BindProperty]
    public string? MeasuredValue { get; set; }

    [BindProperty]
    public string? Unit { get; set; }

    [BindProperty]
    public string? Standard { get; set; }

    [BindProperty]
    public bool? Compliant { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Conclusion { get; set; }

    [BindProperty]
    public string? Opinion { get; set; }

    [BindProperty]
    public DateOnly? CorrectionDeadline { get; set; }

    [BindProperty]
    public string? CorrectionRequirement { get; set; }

    [BindProperty]
    public decimal? GradeScore { get; set; }

    [BindProperty]
    public string? Cause { get; set; }

    public InspectionView View { get; private set; } = null!;

    public bool Can(InspectionAction a) => View.AllowedActions.Any(x => x.Action == InspectionWire.Name(a));

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) => Act(() => start.HandleAsync(new StartInspection(Id), ct), "已开始检查", ct);

    public Task<IActionResult> OnPostRecordAsync(CancellationToken ct)
    {
        var lines = Results.Select((r, i) => new ChecklistResultInput(i, r, Notes.ElementAtOrDefault(i))).Where(l => !string.IsNullOrEmpty(l.Result)).ToList();
        return Act(() => record.HandleAsync(new RecordInspection(Id, lines, null, Findings), ct), "检查情况已保存", ct);
    }

    public Task<IActionResult> OnPostMeasurementAsync(CancellationToken ct) => Act(
        async () =>
        {
            var current = (await get.HandleAsync(new GetInspection(Id), ct)).Measurements
                .Select(m => new MeasurementInput(m.Indicator, m.Value, m.Unit, m.Standard, m.Compliant));
            return await record.HandleAsync(new RecordInspection(Id, [], [.. current, new MeasurementInput(Indicator, MeasuredValue, Unit, Standard, Compliant)], null), ct);
        },
        "检测结果已添加",
        ct);

    public Task<IActionResult> OnPostEvidenceAsync(CancellationToken ct) => Act(
        async () =>
        {
            byte[]? content = null;
            if (Upload is not null)
            {
                using var copy = new MemoryStream();
                await Upload.CopyToAsync(copy, ct);
                content = copy.ToArray();
            }

            return await evidence.HandleAsync(new AddInspectionEvidence(Id, Kind, Upload?.FileName, content), ct);
        },
        "证据材料已上传",
        ct);

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) => Act(
        () => complete.HandleAsync(new CompleteInspection(Id, Conclusion, Opinion, CorrectionDeadline, CorrectionRequirement, GradeScore, null), ct), "检查已完成", ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => Act(() => publish.HandleAsync(new PublishInspection(Id), ct), "检查结果已公示", ct);

    public Task<IActionResult> OnPostCaseAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var c = await lead.HandleAsync(new RegisterLead(null, null, null, null, Cause, null, null, null, null, Id), ct);
            SetFlash($"已转立案，案件编号{c.Number}");
            return RedirectToPage(new { id = Id });
        },
        () => LoadAsync(ct));

    public Task<IActionResult> OnGetEvidenceAsync(string sha256, CancellationToken ct) => RunAsync(async () =>
    {
        var f = await openEvidence.HandleAsync(new OpenInspectionEvidence(Id, sha256), ct);
        return File(f.Content, f.ContentType, f.FileName);
    });

    public Task<IActionResult> OnGetDocumentAsync(Guid documentId, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        if (View.Documents.All(d => d.Id != documentId))
        {
            return NotFound();
        }

        var download = await openDocument.HandleAsync(new OpenIssuedDocumentFile(documentId), ct);
        return File(download.Content, download.ContentType, download.FileName);
    });

    private Task<IActionResult> Act(Func<Task<InspectionView>> action, string done, CancellationToken ct) => RunAsync(
        async () =>
        {
            var v = await action();
            SetFlash(v.Message is { } m ? done + "。" + m : done);
            return RedirectToPage(new { id = Id });
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => View = await get.HandleAsync(new GetInspection(Id), ct);
}
