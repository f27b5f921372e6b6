using Microsoft.AspNetCore.Mvc;
using Weijian.Publicity.Officers;

namespace Weijian.Web.Pages.Supervision;

/// <summary>One complaint about a visit: the bureau head assigns a handler not involved in it; the handler answers; 上级监督 reads.</summary>
public sealed class VisitComplaintModel(GetVisitComplaintHandler get, AssignVisitComplaintHandler assign, AnswerVisitComplaintHandler answer) : WeijianPageModel
{
    [BindProperty]
    public Guid? HandlerUserId { get; set; }

    [BindProperty]
    public string? Reply { get; set; }

    public VisitComplaintView? Complaint { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        Complaint = await get.HandleAsync(new GetVisitComplaint(id), ct);
        return Page();
    });

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            var k = await assign.HandleAsync(new AssignVisitComplaint(id, HandlerUserId), ct);
            SetFlash($"已指定{k.HandlerName}办理，答复期限{k.DueOn:yyyy-MM-dd}。");
            return RedirectToPage(new { id });
        },
        async () => Complaint = await get.HandleAsync(new GetVisitComplaint(id), ct));

    public Task<IActionResult> OnPostAnswerAsync(Guid id, CancellationToken ct) => RunAsync(
        async () =>
        {
            await answer.HandleAsync(new AnswerVisitComplaint(id, Reply), ct);
            SetFlash("已答复投诉。");
            return RedirectToPage(new { id });
        },
        async () => Complaint = await get.HandleAsync(new GetVisitComplaint(id), ct));
}
