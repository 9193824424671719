using AutoimmuneResistance.Benchmarks;

// `cohort-memory`, `alloc-profile` and `startup` are plain measurements, not BenchmarkDotNet runs: handle them first,
// before anything loads BenchmarkDotNet (which lives in BenchmarkRunner, so that `startup` sees a clean process).
return args switch
{
    [CohortMemoryCommand.Name, .. var rest] => await CohortMemoryCommand.RunAsync(rest),
    [AllocationProfileCommand.Name, .. var rest] => AllocationProfileCommand.Run(rest),
    [StartupCommand.Name, .. var rest] => StartupCommand.Run(rest),
    _ => BenchmarkRunner.Run(args),
};
