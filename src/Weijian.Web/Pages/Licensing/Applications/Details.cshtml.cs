using Microsoft.AspNetCore.Mvc;
using Weijian.Licensing.Applications;

namespace Weijian.Web.Pages.Licensing.Applications;

/// <summary>
/// 许可申请详情: state, applicant, materials, clocks, history, and a form for each action the transition table allows
/// this user now (the view's <see cref="ApplicationView.Actions"/>); a refused action shows its Chinese message at the top.
/// </summary>
public sealed class DetailsModel(GetApplicationHandler get) : WeijianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ApplicationView? Application { get; private set; }

    /// <summary>The action whose form was posted and refused (its form stays open).</summary>
    public string? Failed { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        Application = await get.HandleAsync(new GetApplication(Id), ct);
        return Page();
    });

    public Task<IActionResult> OnPostActAsync(string? act, CancellationToken ct)
    {
        Failed = act;
        return RunAsync(
            async () =>
            {
                var a = ApplicationWorkflow.Parse(act) ?? throw Weijian.Platform.Rules.DomainRuleException.NotFound("licensing.unknown-action", $"没有“{act}”这个许可申请操作");
                var command = ApplicationDisplay.Command(a, Id, Request.Form);
                var view = await ApplicationCommands.RunAsync(HttpContext.RequestServices, a, command, ct);
                SetFlash(view.Message ?? $"已办理“{ApplicationWorkflow.Find(a).Label}”");
                return RedirectToPage("/Licensing/Applications/Details", new { id = Id });
            },
            async () => Application = await get.HandleAsync(new GetApplication(Id), ct));
    }
}
