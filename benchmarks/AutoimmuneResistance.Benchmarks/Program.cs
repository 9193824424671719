using AutoimmuneResistance.Benchmarks;

// `cohort-memory`, `tool-throughput`, `alloc-profile`, `startup` and `profile-json` are plain measurements, not BenchmarkDotNet runs: handle them first,
// before anything loads BenchmarkDotNet (which lives in BenchmarkRunner, so that `startup` sees a clean process).
return args switch
{
    [CohortMemoryCommand.Name, .. var rest] => await CohortMemoryCommand.RunAsync(rest),
    [ToolThroughputCommand.Name, .. var rest] => await ToolThroughputCommand.RunAsync(rest),
    [AllocationProfileCommand.Name, .. var rest] => AllocationProfileCommand.Run(rest),
    [StartupCommand.Name, .. var rest] => StartupCommand.Run(rest),
    [EvaluatorCostCommand.Name, .. var rest] => EvaluatorCostCommand.Run(rest),
    ["profile-json", .. var rest] => WriteProfileJson(rest),
    _ => BenchmarkRunner.Run(args),
};

// `profile-json [index]`: prints the typical profile the benchmarks use, as compact JSON, to look at or count.
static int WriteProfileJson(string[] args)
{
    var index = args.Length > 0 ? long.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1;
    Console.WriteLine(SyntheticProfiles.Pipeline().Json.Serialize(SyntheticProfiles.Typical(index)));
    return 0;
}
