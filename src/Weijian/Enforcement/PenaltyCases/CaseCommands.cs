using System.Reflection;

namespace Weijian.Enforcement.PenaltyCases;

/// <summary>
/// Finds the command record and handler of an action by name (<c>ApproveFiling</c> → <c>ApproveFiling</c> +
/// <c>ApproveFilingHandler</c>), so the API's single actions endpoint and the table-driven test need no per-action code.
/// </summary>
public static class CaseCommands
{
    public static Type CommandType(CaseAction action) =>
        typeof(ICaseCommand).Assembly.GetType($"{typeof(ICaseCommand).Namespace}.{action}")
        ?? throw new InvalidOperationException($"No command record for {action}.");

    public static Type HandlerType(CaseAction action) =>
        typeof(ICaseCommand).Assembly.GetType($"{typeof(ICaseCommand).Namespace}.{action}Handler")
        ?? throw new InvalidOperationException($"No handler for {action}.");

    /// <summary>Runs <paramref name="command"/> through the handler of its action.</summary>
    public static async Task<PenaltyCaseView> RunAsync(IServiceProvider services, CaseAction action, object command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        var handler = services.GetService(HandlerType(action)) ?? throw new InvalidOperationException($"{action}Handler is not registered.");
        var method = handler.GetType().GetMethod("HandleAsync", BindingFlags.Public | BindingFlags.Instance)!;
        try
        {
            return await (Task<PenaltyCaseView>)method.Invoke(handler, [command, ct])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
