using Microsoft.AspNetCore.Mvc;
using Weijian.Enforcement.Discretion;
using Weijian.Platform.Calendar;

namespace Weijian.Web.Pages.Enforcement.Discretion;

/// <summary>
/// 裁量计算: the officer enters an item code and the circumstances of a case and sees the proposal (no-penalty list,
/// tier, fine range, other penalties) with the reasoning. A GET form: nothing is stored, the result can be bookmarked.
/// </summary>
public sealed class ProposeModel(ProposeDiscretionHandler propose, TimeProvider clock) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ItemCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? ActDate { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? DecisionDate { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? PartyKind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? PriorViolations { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Harm { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Correction { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? CorrectionDays { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool MinorViolation { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool NoFault { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<string> Mitigating { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public List<string> Aggravating { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public decimal? IllegalGains { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Discovery { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Calculate { get; set; }

    public DiscretionProposalResult? Result { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        ActDate ??= ChinaClock.Today(clock);
        DecisionDate ??= ChinaClock.Today(clock);
        if (Calculate)
        {
            try
            {
                Result = await propose.HandleAsync(new ProposeDiscretion(
                    ItemCode, ActDate, DecisionDate, PartyKind, PriorViolations, Harm, Correction, CorrectionDays, MinorViolation, NoFault, Mitigating, Aggravating,
                    IllegalGains, Discovery), ct);
            }
            catch (Weijian.Platform.Rules.DomainRuleException e) when (e.Kind is not Weijian.Platform.Rules.RuleViolationKind.Forbidden)
            {
                // A wrong code or date is an input error of the form, not a missing page.
                AddRuleError(e);
            }
        }

        return Page();
    });
}
