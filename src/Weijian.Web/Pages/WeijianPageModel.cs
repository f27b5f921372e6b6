using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weijian.Platform.Authorization;
using Weijian.Platform.Rules;

namespace Weijian.Web.Pages;

/// <summary>
/// Base of every back-office page. Pages stay thin: they call a use-case handler through <see cref="RunAsync"/>,
/// which turns a <see cref="DomainRuleException"/> into a Chinese message next to the offending input (or at the top),
/// a 404 page for "not found" and an access-denied page for "forbidden" on a GET. Bad input never becomes a 500.
/// </summary>
public abstract class WeijianPageModel : PageModel
{
    public const string FlashKey = "Flash";

    private Actor? _actor;

    /// <summary>Who is signed in (set by the host's middleware from the cookie).</summary>
    public Actor Actor => _actor ??= HttpContext.RequestServices.GetRequiredService<CurrentActor>().Value;

    /// <summary>A one-time success message shown on the next page (post/redirect/get).</summary>
    protected void SetFlash(string message) => TempData[FlashKey] = message;

    /// <summary>
    /// Runs a use case. On a rule violation: NotFound → a 404 page; Forbidden on a GET → access denied; otherwise the
    /// message goes into ModelState (by field), <paramref name="reload"/> refills what the page shows, and the page
    /// is rendered again with the user's input. A form post whose input did not even bind is not run.
    /// </summary>
    protected async Task<IActionResult> RunAsync(Func<Task<IActionResult>> action, Func<Task>? reload = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        var isRead = HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method);
        if (isRead || ModelState.IsValid)
        {
            try
            {
                return await action();
            }
            catch (DomainRuleException e)
            {
                if (Terminal(e) is { } result)
                {
                    return result;
                }

                AddRuleError(e);
            }
        }

        if (reload is not null)
        {
            try
            {
                await reload();
            }
            catch (DomainRuleException e)
            {
                return Terminal(e) ?? NotFoundPage(e.Message);
            }
        }

        return Page();
    }

    /// <summary>Shows a rule violation next to the bound input it names (camelCase field → property), else at the top of the form.</summary>
    protected void AddRuleError(DomainRuleException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        foreach (var field in e.Fields)
        {
            var property = BoundPropertyName(field);
            if (property is not null)
            {
                ModelState.AddModelError(property, e.Message);
                return;
            }
        }

        ModelState.AddModelError(string.Empty, e.Message);
    }

    /// <summary>Adds a page-level (not rule) validation message for one bound property.</summary>
    protected void AddFieldError(string property, string message) => ModelState.AddModelError(property, message);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            // A malformed query parameter (page=abc, id=x) is ignored: the parameter is null and the page shows its default.
            DropBindingErrors(context.ModelState);
        }
        else
        {
            TranslateBindingErrors(context.ModelState);
        }

        var executed = await next();
        if (executed.Exception is DomainRuleException e && !executed.ExceptionHandled)
        {
            // Safety net for a handler that forgot RunAsync: never a 500 for a rule violation.
            executed.ExceptionHandled = true;
            executed.Result = Terminal(e) ?? StatusCode(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private IActionResult? Terminal(DomainRuleException e) => e.Kind switch
    {
        RuleViolationKind.NotFound => NotFoundPage(e.Message),
        RuleViolationKind.Forbidden when HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method) =>
            Actor.IsAuthenticated ? Forbid() : Challenge(),
        _ => null,
    };

    /// <summary>A 404 that still shows the layout and the Chinese message (the page's own content stays empty).</summary>
    private PageResult NotFoundPage(string message)
    {
        ModelState.AddModelError(string.Empty, message);
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }

    private string? BoundPropertyName(string field)
    {
        var bindAll = GetType().GetCustomAttribute<BindPropertiesAttribute>() is not null;
        return GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase)
                && (bindAll || p.GetCustomAttribute<BindPropertyAttribute>() is not null))
            ?.Name;
    }

    private static void DropBindingErrors(ModelStateDictionary modelState)
    {
        foreach (var key in modelState.Where(kv => kv.Value?.Errors.Count > 0).Select(kv => kv.Key).ToList())
        {
            modelState.Remove(key);
        }
    }

    /// <summary>Model binding speaks English ("The value 'x' is not valid"); replace it with Chinese before any handler runs.</summary>
    private static void TranslateBindingErrors(ModelStateDictionary modelState)
    {
        foreach (var (_, entry) in modelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var attempted = entry.AttemptedValue;
            entry.Errors.Clear();
            entry.Errors.Add(string.IsNullOrEmpty(attempted) ? "此项不能为空" : $"“{attempted}”不是有效的值");
        }
    }
}
