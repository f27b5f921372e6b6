using Microsoft.AspNetCore.Mvc;
using Weijian.Inspections.Plans;
using Weijian.Platform.Calendar;

namespace Weijian.Web.Pages.Inspections.Plans;

/// <summary>新建抽查计划: items from the 随机抽查事项清单, up to six strata, the risk-weight table, a deadline.</summary>
public sealed class CreateModel(DraftPlanHandler draft, ListPlanItemsHandler items, TimeProvider clock) : WeijianPageModel
{
    public const int StratumRows = 6;
    public const int WeightRows = 6;

    public sealed class StratumRow
    {
        public string? Specialty { get; set; }

        public string? SubType { get; set; }

        public string? RegionCode { get; set; }

        /// <summary>抽查比例, in percent.</summary>
        public decimal? RatioPercent { get; set; }

        public int? Quota { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Specialty) && RatioPercent is null && Quota is null;
    }

    public sealed class WeightRow
    {
        public string? RiskTier { get; set; }

        public string? CreditGrade { get; set; }

        public decimal? Multiplier { get; set; }
    }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public DateOnly? Deadline { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    [BindProperty]
    public List<string> ItemCodes { get; set; } = [];

    [BindProperty]
    public List<StratumRow> Strata { get; set; } = [];

    [BindProperty]
    public List<WeightRow> RiskWeights { get; set; } = [];

    public IReadOnlyList<PlanItemView> Available { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await RunAsync(async () =>
    {
        var today = ChinaClock.Today(clock);
        Year = today.Year;
        Deadline = new DateOnly(today.Year, 12, 31);
        RiskWeights = RiskWeighting.Default.Select(w => new WeightRow { RiskTier = w.RiskTier?.ToString(), CreditGrade = w.CreditGrade, Multiplier = w.Multiplier }).ToList();
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async () =>
        {
            var strata = Strata.Where(s => !s.IsEmpty)
                .Select(s => new PlanStratumInput(s.Specialty, s.SubType, s.RegionCode, s.RatioPercent / 100m, s.Quota)).ToList();
            var weights = RiskWeights.Where(w => w.Multiplier is not null || !string.IsNullOrWhiteSpace(w.RiskTier) || !string.IsNullOrWhiteSpace(w.CreditGrade))
                .Select(w => new RiskWeightInput(w.RiskTier, w.CreditGrade, w.Multiplier)).ToList();
            var plan = await draft.HandleAsync(new DraftPlan(Year, Title, Level, Kind, Deadline, Notes, ItemCodes, strata, weights), ct);
            SetFlash($"已起草抽查计划“{plan.Title}”。核对无误后请下达。");
            return RedirectToPage("/Inspections/Plans/Details", new { id = plan.Id });
        },
        () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Available = await items.HandleAsync(new ListPlanItems(), ct);
        while (Strata.Count < StratumRows)
        {
            Strata.Add(new StratumRow());
        }

        while (RiskWeights.Count < WeightRows)
        {
            RiskWeights.Add(new WeightRow());
        }
    }
}
