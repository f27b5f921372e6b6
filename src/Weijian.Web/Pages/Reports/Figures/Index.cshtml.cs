using Microsoft.AspNetCore.Mvc;
using Weijian.Platform.Organizations;
using Weijian.Platform.Rules;
using Weijian.Reports.Figures;

namespace Weijian.Web.Pages.Reports.Figures;

/// <summary>
/// 统计指标 (issue #8): every figure of the catalogue for an organisation the user may see (own; subtree for supervisors), a year
/// or a from/to period, optionally rolled up over the subtree, next to the same period a year earlier. Each value links to
/// the records it counted.
/// </summary>
public sealed class IndexModel(ComputeFiguresHandler figures, ListOrganizationsHandler organizations, TimeProvider clock) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Rollup { get; set; }

    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    public FigureSet? Current { get; private set; }

    public FigureSet? LastYear { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            Organizations = await organizations.HandleAsync(new ListOrganizations(), ct);
            var (from, to) = Period(Year, From, To, clock);
            Current = await figures.HandleAsync(new ComputeFigures(Org, from, to, Rollup), ct);
            LastYear = await figures.HandleAsync(new ComputeFigures(Current.OrganizationId, Current.From.AddYears(-1), Current.To.AddYears(-1), Rollup), ct);
            Org = Current.OrganizationId;
            return Page();
        },
        async () => Organizations = await organizations.HandleAsync(new ListOrganizations(), ct));

    /// <summary>A year, or a from/to period (not both); the default is this calendar year.</summary>
    internal static (DateOnly? From, DateOnly? To) Period(int? year, DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        if (year is { } y)
        {
            if (y is < 2000 or > 2100)
            {
                throw Input.Invalid("validation.year", "year", "统计年度应在2000年至2100年之间");
            }

            if (from is not null || to is not null)
            {
                throw Input.Invalid("validation.period", "year", "请选择统计年度，或填写起止日期，二者只能选一种");
            }

            return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        }

        return from is null && to is null ? (new DateOnly(Weijian.Platform.Calendar.ChinaClock.Today(clock).Year, 1, 1), null) : (from, to);
    }
}
