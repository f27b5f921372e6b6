using BenchmarkDotNet.Running;

// Benchmarks are measured, never asserted (see docs/performance.md). Run them with bench/run; the portal load fixture
// (issue #7) with bench/portal/run, which calls "portal-data CONNECTION-STRING" here.
if (args is ["portal-data", var connectionString])
{
    return await Weijian.Bench.PortalData.RunAsync(connectionString);
}

BenchmarkSwitcher.FromAssembly(typeof(Weijian.Bench.AuditBenchmarks).Assembly).Run(args);
return 0;
