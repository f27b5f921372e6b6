using Microsoft.AspNetCore.Mvc;
using Weijian.Credit;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Credit;

/// <summary>信用记录 (and the 信用修复申请 queue with repairPending=true): filtered by status, grade, source and keyword, paged.</summary>
public sealed class IndexModel(ListCreditRecordsHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Severity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RepairPending { get; set; }

    public Paged<CreditRecordView> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Credit/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool Filtered => RepairPending || new[] { Status, Severity, Source, Q }.Any(v => !string.IsNullOrWhiteSpace(v));

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListCreditRecords(Status, Severity, Source, Q, null, RepairPending, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Credit/Index", pageSize, ("status", Status), ("severity", Severity), ("source", Source), ("q", Q), ("repairPending", RepairPending ? "true" : null));
        return Page();
    });
}
