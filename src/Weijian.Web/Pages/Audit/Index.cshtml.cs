using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Weijian.Platform.Audit;
using Weijian.Platform.Authorization;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Audit;

/// <summary>审计日志: my organisation's audit chain, newest first, filtered by action; administrators can verify the chains.</summary>
public sealed class IndexModel(ListAuditEntriesHandler entries, VerifyAuditChainsHandler verify, GetSubjectNamesHandler subjects) : WeijianPageModel
{
    /// <summary>Action-code prefixes offered in the filter.</summary>
    public static IReadOnlyList<(string Prefix, string Name)> Filters { get; } =
    [
        ("organization.", "单位"),
        ("user.", "用户与登录"),
        ("calendar.", "节假日安排"),
        ("deadline.", "期限"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    /// <summary>Bound from the query only: in Razor Pages the route value "page" is the page's own path.</summary>
    public int? PageNumber { get; private set; }

    public int? PageSize { get; private set; }

    public Paged<AuditEntryView> Result { get; private set; } = new([], 0, 1, 50);

    public IReadOnlyDictionary<SubjectRef, string> SubjectNames { get; private set; } = new Dictionary<SubjectRef, string>();

    public AuditVerification? Verification { get; private set; }

    public bool CanVerify => Actor.IsInRole(Roles.SystemAdministrator);

    /// <summary>
    /// A link to this list keeping the action filter. Built by hand: "action" (like "page") is a reserved route value name,
    /// so it cannot go through asp-route-*.
    /// </summary>
    public string Link(string? handler, int? page)
    {
        var path = Url.Page("/Audit/Index", handler) ?? "/Audit";
        var query = new Dictionary<string, string?>();
        if (!string.IsNullOrEmpty(Action))
        {
            query["action"] = Action;
        }

        if (page is not null)
        {
            query["page"] = page.Value.ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(path, query);
    }

    public Pager Pager => Pager.From(Result, "/Audit/Index", PageSize, ("action", Action));

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        (PageNumber, PageSize) = (page, pageSize);
        await LoadAsync(ct);
        return Page();
    });

    /// <summary>校验审计链: recompute every chain the administrator may verify and show the outcome above the list.</summary>
    public Task<IActionResult> OnPostVerifyAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            Verification = await verify.HandleAsync(new VerifyAuditChains(), ct);
            await LoadAsync(ct);
            return Page();
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Result = await entries.HandleAsync(new ListAuditEntries(Action, PageNumber, PageSize ?? 50), ct);
        SubjectNames = await subjects.HandleAsync(new GetSubjectNames([.. Result.Items.Select(e => new SubjectRef(e.SubjectType, e.SubjectId))]), ct);
    }
}
