using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Persistence;
using Weijian.Publicity.Officers;
using RoleCodes = Weijian.Platform.Authorization.Roles;

namespace Weijian.Web.Pages.Supervision;

/// <summary>
/// 检查评价与投诉 (issue #7): the visits confirmed by scanning 执法亮码, their ratings and complaints, for the bureau head
/// and 上级监督 of the subtree (read-only, through OrganizationScope); filters, paging and the 亮码统计 of the subtree.
/// </summary>
[Authorize(Roles = RoleCodes.Supervisor + "," + RoleCodes.BureauHead)]
public sealed class VisitRatingsModel(ListVisitRatingsHandler list, GetOfficerCodeStatisticsHandler statistics) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Satisfaction { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? WithComplaint { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ComplaintStatus { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public Paged<VisitRatingRow>? Result { get; private set; }

    public OfficerCodeStatistics? Statistics { get; private set; }

    public Pager Pager { get; private set; } = new("/Supervision/VisitRatings", 1, 1, 0, 20, new Dictionary<string, string?>());

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(
        async () =>
        {
            Statistics = await statistics.HandleAsync(new GetOfficerCodeStatistics(null), ct);
            Result = await list.HandleAsync(new ListVisitRatings(Org, Satisfaction, WithComplaint, ComplaintStatus, From, To, page, 20), ct);
            Pager = Pager.From(Result, "/Supervision/VisitRatings", 20, ("org", Org?.ToString()), ("satisfaction", Satisfaction), ("withComplaint", WithComplaint?.ToString()),
                ("complaintStatus", ComplaintStatus), ("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            return Page();
        });
}
