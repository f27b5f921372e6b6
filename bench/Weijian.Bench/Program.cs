using System.Globalization;
using BenchmarkDotNet.Running;

// Benchmarks are measured, never asserted (see docs/performance.md). Run them with bench/run; the portal load fixture
// (issue #7) with bench/portal/run, which calls "portal-data CONNECTION-STRING" here; the reports benchmark (issue #8)
// with bench/reports/run, which calls "reports-data CONNECTION-STRING [--counties N]" and
// "reports-measure CONNECTION-STRING [--year YYYY] [--repetitions N]".
static int? Option(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        ? n
        : null;

switch (args)
{
    case ["portal-data", var connectionString]:
        return await Weijian.Bench.PortalData.RunAsync(connectionString);
    case ["reports-data", var connectionString, ..] when args.Length is 2 or 4 && (args.Length == 2 || Option(args, "--counties") is not null):
        return await Weijian.Bench.ReportsData.RunAsync(connectionString, Option(args, "--counties") ?? Weijian.Bench.ReportsData.DefaultCounties);
    case ["reports-data", ..]:
        Console.Error.WriteLine("usage: reports-data CONNECTION-STRING [--counties N]");
        return 2;
    case ["reports-measure", var connectionString, ..]:
        return await Weijian.Bench.ReportsMeasure.RunAsync(connectionString, Option(args, "--year"), Option(args, "--repetitions") ?? 10);
}

BenchmarkSwitcher.FromAssembly(typeof(Weijian.Bench.AuditBenchmarks).Assembly).Run(args);
return 0;
