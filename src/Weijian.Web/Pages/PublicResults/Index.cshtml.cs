using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Visits;
using Weijian.Publicity.Replies;
using Weijian.Web.Pages.Replies;

namespace Weijian.Web.Pages.PublicResults;

/// <summary>
/// 检查结果公示 (R-INS-3): the public, anonymous list of a bureau's published inspection results — entity (a natural
/// person's name masked), items, conclusion, date, officers; never an ID number, phone or home address.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(ListPublicInspectionResultsHandler list, ListPublicRepliesHandler replies, SubmitReplyHandler submit) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid OrgId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public ReplyForm Reply { get; set; } = new();

    public ReplyFormModel ReplyFormView => new(OrgId, Reply, "检查结果", "检查编号");

    public PublicInspectionResults? Results { get; private set; }

    /// <summary>Replies marked 公开显示, by inspection number.</summary>
    public ILookup<string, PublicReply> Replies { get; private set; } = Array.Empty<PublicReply>().ToLookup(r => r.SubjectNumber);

    public Pager Pager { get; private set; } = new("/PublicResults/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(page, ct);
        return Page();
    });

    /// <summary>回应与申诉 through the 网上申请 channel: the handler checks the credit code and acts as a visitor of the bureau (docs/adr/0013).</summary>
    public Task<IActionResult> OnPostReplyAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var reply = await submit.HandleAsync(Reply.ToCommand(OrgId, ReplySubjectKind.InspectionResult), ct);
            SetFlash($"{reply.KindName}已提交，本机关将于{Display.Date(reply.Due)}前办理");
            return RedirectToPage(new { orgId = OrgId });
        },
        () => LoadAsync(null, ct));

    private async Task LoadAsync(int? page, CancellationToken ct)
    {
        Results = await list.HandleAsync(new ListPublicInspectionResults(OrgId, Q, page, 20), ct);
        Pager = Pager.From(Results.Results, $"/public/inspections/{OrgId}", 20, ("q", Q));
        var shown = await replies.HandleAsync(new ListPublicReplies(OrgId, nameof(ReplySubjectKind.InspectionResult), [.. Results.Results.Items.Select(i => i.Number)]), ct);
        Replies = shown.ToLookup(r => r.SubjectNumber);
    }
}
