using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Draws;

namespace Weijian.Web.Pages.Inspections.Draws;

/// <summary>
/// The draw ceremony (DESIGN §5): announce the commitment hash; enter the seed inputs at the meeting and run (once);
/// announce the salted hash; publish the record; or redraw with a reason (a new round, the old one kept).
/// </summary>
public sealed class DetailsModel(
    GetDrawHandler get, RunDrawHandler run, PublishDrawHandler publish, RedrawHandler redraw, GetDrawRecordHandler record) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public List<string?> SeedValues { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public DrawView? Draw { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostRunAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var current = await get.HandleAsync(new GetDraw(Id), ct);
            var seeds = current.SeedInputNames.Select((n, i) => new SeedInput(n, i < SeedValues.Count ? SeedValues[i] ?? "" : "")).ToList();
            var drawn = await run.HandleAsync(new RunDraw(Id, seeds), ct);
            SetFlash($"已抽取。请公布抽取结果的加盐哈希：{drawn.SelectionHash}");
            return RedirectToPage("/Inspections/Draws/Details", new { id = Id });
        },
        () => LoadAsync(ct));

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            await publish.HandleAsync(new PublishDraw(Id), ct);
            SetFlash("抽取记录已公开，任何人可在公示页重新计算验证。");
            return RedirectToPage("/Inspections/Draws/Details", new { id = Id });
        },
        () => LoadAsync(ct));

    public Task<IActionResult> OnPostRedrawAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var next = await redraw.HandleAsync(new Redraw(Id, Reason), ct);
            SetFlash($"已发起第 {next.Round} 轮抽取，原轮次保留。请公布新的承诺哈希。");
            return RedirectToPage("/Inspections/Draws/Details", new { id = next.Id });
        },
        () => LoadAsync(ct));

    public Task<IActionResult> OnGetRecordAsync(CancellationToken ct) => RunAsync(async () =>
        File(System.Text.Encoding.UTF8.GetBytes(await record.HandleAsync(new GetDrawRecord(Id), ct)), "application/json", $"draw-{Id}.json"));

    private async Task LoadAsync(CancellationToken ct) => Draw = await get.HandleAsync(new GetDraw(Id), ct);
}
