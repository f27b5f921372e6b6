using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Licenses;
using Weijian.Platform.Persistence;

namespace Weijian.Web.Pages.Licensing.Licenses;

/// <summary>许可证管理: the register filtered by type, status, expiring within N days, re-check due (R-LIC-13), holder; paged.</summary>
public sealed class IndexModel(ListLicensesHandler list) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Expiring { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Recheck { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Holder { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Commitment { get; set; }

    public Paged<LicenseSummary> Result { get; private set; } = new([], 0, 1, 20);

    public Pager Pager { get; private set; } = new("/Licensing/Licenses/Index", 1, 1, 0, 20, new Dictionary<string, string?>());

    public bool Filtered => !string.IsNullOrWhiteSpace(Type) || !string.IsNullOrWhiteSpace(Status) || Expiring is not null || Recheck == true
        || !string.IsNullOrWhiteSpace(Holder) || Commitment is not null;

    public Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct) => RunAsync(async () =>
    {
        Result = await list.HandleAsync(new ListLicenses(Type, Status, Expiring, Recheck, Holder, Commitment, page, 20), ct);
        Pager = Pager.From(Result, "/Licensing/Licenses/Index", 20, ("type", Type), ("status", Status), ("expiring", Expiring?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("recheck", Recheck == true ? "true" : null), ("holder", Holder), ("commitment", Commitment?.ToString().ToLowerInvariant()));
        return Page();
    });

    public static string StatusCss(string status) => status switch
    {
        nameof(LicenseStatus.Valid) => "badge-green",
        nameof(LicenseStatus.Expired) => "badge-amber",
        nameof(LicenseStatus.Revoked) => "badge-red",
        _ => "badge-gray",
    };
}
