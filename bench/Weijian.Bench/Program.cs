using BenchmarkDotNet.Running;

// Benchmarks are measured, never asserted (see docs/performance.md). Run them with bench/run.
BenchmarkSwitcher.FromAssembly(typeof(Weijian.Bench.AuditBenchmarks).Assembly).Run(args);
