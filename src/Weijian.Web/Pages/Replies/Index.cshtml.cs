using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Persistence;
using Weijian.Publicity.Replies;

namespace Weijian.Web.Pages.Replies;

/// <summary>回应与申诉 queue: filtered by status, kind and subject kind, paged.</summary>
public sealed class IndexModel(ListRepliesHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? SubjectKind { get; set; }

    public Paged<ReplyView> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Replies/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool Filtered => new[] { Status, Kind, SubjectKind }.Any(v => !string.IsNullOrWhiteSpace(v));

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListReplies(Status, Kind, SubjectKind, page, pageSize ?? 20), ct);
        Pager = Pager.From(Result, "/Replies/Index", pageSize, ("status", Status), ("kind", Kind), ("subjectKind", SubjectKind));
        return Page();
    });
}
