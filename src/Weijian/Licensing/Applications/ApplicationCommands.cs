using System.Reflection;

namespace Weijian.Licensing.Applications;

/// <summary>
/// Finds the command record and handler of an action by name (<c>NotifyDeficiency</c> → <c>NotifyDeficiency</c> +
/// <c>NotifyDeficiencyHandler</c>), so the API's single actions endpoint and the table-driven test need no per-action code.
/// </summary>
public static class ApplicationCommands
{
    public static Type CommandType(ApplicationAction action) =>
        typeof(IApplicationCommand).Assembly.GetType($"{typeof(IApplicationCommand).Namespace}.{action}")
        ?? throw new InvalidOperationException($"No command record for {action}.");

    public static Type HandlerType(ApplicationAction action) =>
        typeof(IApplicationCommand).Assembly.GetType($"{typeof(IApplicationCommand).Namespace}.{action}Handler")
        ?? throw new InvalidOperationException($"No handler for {action}.");

    public static async Task<ApplicationView> RunAsync(IServiceProvider services, ApplicationAction action, object command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        var handler = services.GetService(HandlerType(action)) ?? throw new InvalidOperationException($"{action}Handler is not registered.");
        var method = handler.GetType().GetMethod("HandleAsync", BindingFlags.Public | BindingFlags.Instance)!;
        try
        {
            return await (Task<ApplicationView>)method.Invoke(handler, [command, ct])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
