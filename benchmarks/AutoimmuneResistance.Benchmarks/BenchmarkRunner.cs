using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace AutoimmuneResistance.Benchmarks;

/// <summary>Runs the BenchmarkDotNet benchmarks of this assembly with the repository's configuration.</summary>
internal static class BenchmarkRunner
{
    /// <summary>Runs the benchmarks the arguments select.</summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments, plus our <c>--cpu-clock</c>.</param>
    /// <returns>0 when every selected benchmark ran; 1 otherwise.</returns>
    public static int Run(string[] args)
    {
        // Run in-process (InProcessEmitToolchain): on two cores, generating and building a project per benchmark costs
        // more than the benchmarks. `--inProcess` is added unless given; any other BenchmarkDotNet option (--job,
        // --filter, ...) passes through unchanged, so `--job dry --filter '*'` (what CI runs) takes the Dry job in-process.
        if (!args.Any(a => a is "--inProcess" or "-i"))
        {
            args = [.. args, "--inProcess"];
        }

        // The median sits beside the mean: the machines are small and shared, and the median shrugs off a noisy iteration.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median);

        // `--cpu-clock` (ours, not BenchmarkDotNet's): time iterations with the benchmark thread's CPU time. The job is
        // the default job, so command-line job options (--job, --iterationCount, ...) still apply on top of it.
        if (args.Contains("--cpu-clock"))
        {
            args = [.. args.Where(a => a != "--cpu-clock")];
            config.AddJob(Job.Default.WithClock(ThreadCpuClock.Instance).WithId("CpuClock").AsDefault());

            // One thread's CPU time says nothing about work spread over several threads: leave those benchmarks out.
            config.AddFilter(new SimpleFilter(b => !b.Descriptor.HasCategory(CohortBenchmarks.Parallel)));
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkRunner).Assembly).Run(args, config);

        // Fail the process (and CI) when a benchmark failed to run, for example because its setup check threw.
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
