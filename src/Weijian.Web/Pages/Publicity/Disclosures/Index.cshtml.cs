using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Persistence;
using Weijian.Platform.Publication;
using Weijian.Publicity.Disclosures;

namespace Weijian.Web.Pages.Publicity.Disclosures;

/// <summary>
/// 执法公示 (R-TRS-4, R-PEN-32) for the bureau's staff: decisions waiting to be published with their due dates, publish,
/// request a withdrawal (法制审核人员/局领导) and withdraw; the on-time rates of the year on top.
/// </summary>
public sealed class IndexModel(
    ListDisclosuresHandler list, DisclosureStatisticsHandler statistics, PublishDisclosureHandler publish,
    RequestDisclosureWithdrawalHandler requestWithdrawal, WithdrawDisclosureHandler withdraw) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public Guid DisclosureId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public Paged<DisclosureView>? Results { get; private set; }

    public DisclosureStatisticsView? Statistics { get; private set; }

    public Pager Pager { get; private set; } = new("/Publicity/Disclosures/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool MayRequestWithdrawal => Actor.IsInRole(Weijian.Platform.Authorization.Roles.LegalReviewer) || Actor.IsInRole(Weijian.Platform.Authorization.Roles.BureauHead);

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(page, ct);
        return Page();
    });

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => Act(() => publish.HandleAsync(new PublishDisclosure(DisclosureId), ct), "已公示", ct);

    public Task<IActionResult> OnPostRequestWithdrawalAsync(CancellationToken ct) =>
        Act(() => requestWithdrawal.HandleAsync(new RequestDisclosureWithdrawal(DisclosureId, Reason, Text), ct), "已登记撤回申请，请在期限内撤回", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => Act(() => withdraw.HandleAsync(new WithdrawDisclosure(DisclosureId), ct), "已撤回公示", ct);

    private Task<IActionResult> Act(Func<Task<DisclosureView>> action, string done, CancellationToken ct) => RunAsync(
        async () =>
        {
            var v = await action();
            SetFlash($"{v.DecisionNumber}：{done}");
            return RedirectToPage(new { Status, Q });
        },
        () => LoadAsync(1, ct));

    private async Task LoadAsync(int? page, CancellationToken ct)
    {
        Results = await list.HandleAsync(new ListDisclosures(Status, Q, page, 20), ct);
        Statistics = await statistics.HandleAsync(new DisclosureStatistics(), ct);
        Pager = Pager.From(Results, "/Publicity/Disclosures", 20, ("status", Status), ("q", Q));
    }
}
