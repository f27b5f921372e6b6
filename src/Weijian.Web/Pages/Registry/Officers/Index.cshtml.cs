using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Calendar;
using Weijian.Platform.Persistence;
using Weijian.Registry.Officers;

namespace Weijian.Web.Pages.Registry.Officers;

/// <summary>
/// 执法人员名录库: the bureau's officers with filters (姓名, 执法证号, 专业, 状态, credentials expiring within N days,
/// training hours of a year below the requirement, R-OFF-4), each with the credential's validity and this year's hours.
/// </summary>
public sealed class IndexModel(ListOfficersHandler officers, TimeProvider clock) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CredentialNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Specialty { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ExpiringWithinDays { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? TrainingBelowYear { get; set; }

    public Paged<OfficerListItem> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Registry/Officers/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public int ThisYear { get; private set; }

    public bool CanEdit => Actor.IsInRole(Platform.Authorization.Roles.SystemAdministrator) || Actor.IsInRole(Platform.Authorization.Roles.BureauHead);

    public bool Filtered =>
        !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(CredentialNumber) || !string.IsNullOrWhiteSpace(Specialty)
        || !string.IsNullOrWhiteSpace(Status) || ExpiringWithinDays is not null || TrainingBelowYear is not null;

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, [FromQuery] int? pageSize, CancellationToken ct) => RunAsync(async () =>
    {
        ThisYear = ChinaClock.Today(clock).Year;
        Result = await officers.HandleAsync(
            new ListOfficers(Q, CredentialNumber, Specialty, Status, ExpiringWithinDays, TrainingBelowYear, null, page, pageSize ?? 20), ct);
        Pager = Pager.From(
            Result,
            "/Registry/Officers/Index",
            pageSize,
            ("q", Q),
            ("credentialNumber", CredentialNumber),
            ("specialty", Specialty),
            ("status", Status),
            ("expiringWithinDays", ExpiringWithinDays?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("trainingBelowYear", TrainingBelowYear?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Page();
    });
}
