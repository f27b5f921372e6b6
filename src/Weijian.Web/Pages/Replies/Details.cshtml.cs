using Microsoft.AspNetCore.Mvc;
using Weijian.Publicity.Replies;

namespace Weijian.Web.Pages.Replies;

/// <summary>One reply or appeal with its history and the actions <see cref="ReplyWorkflow"/> allows the reader.</summary>
public sealed class DetailsModel(GetReplyHandler get, HandleReplyHandler handle) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public string? Conclusion { get; set; }

    [BindProperty]
    public string? Severity { get; set; }

    [BindProperty]
    public DateOnly? Until { get; set; }

    public ReplyView? Reply { get; private set; }

    public IReadOnlyList<ReplyTransition> Allowed { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var r = await handle.HandleAsync(new HandleReply(Id, Action, Reasons, Conclusion, Severity, Until), ct);
            SetFlash($"已办理：{r.StatusName}");
            return RedirectToPage(new { id = Id });
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Reply = await get.HandleAsync(new GetReply(Id), ct);
        Allowed = [.. ReplyWorkflow.AllowedFor(Reply.Kind, Reply.Status, Actor)];
    }
}
