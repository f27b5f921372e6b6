using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Draws;
using Weijian.Inspections.Plans;

namespace Weijian.Web.Pages.Inspections.Tasks;

/// <summary>A task: its targets with their officers and status, its draw rounds; start the draw; record a target as not inspectable.</summary>
public sealed class DetailsModel(GetTaskHandler get, CommitDrawHandler commit, MarkTargetNotInspectableHandler notInspectable) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid? TargetId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public DateOnly? PlannedDate { get; set; }

    public TaskView? Task { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Task = await get.HandleAsync(new GetTask(Id), ct);
        return Page();
    });

    public Task<IActionResult> OnPostCommitAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var draw = await commit.HandleAsync(new CommitDraw(Id, PlannedDate), ct);
            SetFlash("已冻结候选对象和执法人员库，请在抽取会议上公布承诺哈希。");
            return RedirectToPage("/Inspections/Draws/Details", new { id = draw.Id });
        },
        Reload(ct));

    public Task<IActionResult> OnPostNotInspectableAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var target = await notInspectable.HandleAsync(new MarkTargetNotInspectable(TargetId ?? Guid.Empty, Reason), ct);
            SetFlash($"已记录“{target.EntityName}”无法检查。");
            return RedirectToPage("/Inspections/Tasks/Details", new { id = Id });
        },
        Reload(ct));

    private Func<Task> Reload(CancellationToken ct) => async () => Task = await get.HandleAsync(new GetTask(Id), ct);
}
