using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Audit;
using Weijian.Platform.Deadlines;
using Weijian.Platform.Organizations;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages;

/// <summary>工作台: who I am, my open deadlines, my organisation's audit chain and its latest entries.</summary>
public sealed class IndexModel(
    GetOrganizationHandler organizations, CountMyDeadlinesHandler deadlines, ListAuditEntriesHandler audit, GetSubjectNamesHandler subjects) : WeijianPageModel
{
    public const int RecentCount = 10;

    public OrganizationView? Organization { get; private set; }

    public MyDeadlineCounts Deadlines { get; private set; } = new(0, 0, 0);

    public Paged<AuditEntryView> Recent { get; private set; } = new([], 0, 1, RecentCount);

    public IReadOnlyDictionary<SubjectRef, string> SubjectNames { get; private set; } = new Dictionary<SubjectRef, string>();

    /// <summary>Sequence number of the chain's newest entry (0 when the chain is empty).</summary>
    public long LatestSequence => Recent.Items.Count > 0 ? Recent.Items[0].Sequence : 0;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Organization = await organizations.HandleAsync(new GetOrganization(Actor.RequireOrganization()), ct);
        Deadlines = await deadlines.HandleAsync(new CountMyDeadlines(), ct);
        Recent = await audit.HandleAsync(new ListAuditEntries(null, 1, RecentCount), ct);
        SubjectNames = await subjects.HandleAsync(new GetSubjectNames([.. Recent.Items.Select(e => new SubjectRef(e.SubjectType, e.SubjectId))]), ct);
        return Page();
    });
}
