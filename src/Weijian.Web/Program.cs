using Weijian.Web.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await new WeijianCli(Console.Out, Console.Error).RunAsync(args, cancel.Token);

/// <summary>Entry point type, named for tests and tools.</summary>
public partial class Program;
